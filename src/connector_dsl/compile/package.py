"""Checks of what a connector adds to its swagger: policies, script, connection.

Codes (each has a test in tests/package/):

- `policy-unknown-operation`: a policy names an operation that is not in the connector.
- `policy-unknown-parameter`: a policy refers to a `{parameter}` of an operation that it
  does not have, or to a connection parameter (`@connectionParameters('x')`) not declared.
- `script-unknown-operation`: `script_operations` names an operation not in the connector.
- `script-missing`: `script_operations` are given without a `script` file.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from connector_dsl.authoring.places import class_place
from connector_dsl.compile.collect import collect
from connector_dsl.compile.raw import apply_properties_raw
from connector_dsl.errors import AuthoringError, Diagnostic
from connector_dsl.properties.build import build_api_properties
from connector_dsl.properties.policies import default_operation_id

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector
    from connector_dsl.properties.model import ApiProperties

_CONNECTION_REF = re.compile(r"@connectionParameters\(\s*'([^']+)'")
_TEMPLATE_REF = re.compile(r"\{([A-Za-z0-9_$.\-\[\]]+)\}")


def _connection_names(connector: type[Connector]) -> set[str]:
    names: set[str] = set()
    if connector.security is not None:
        names.update(connector.security.connection_parameters())
    names.update(field.name for field in connector.connection_fields)
    for parameter_set in connector.parameter_sets:
        names.update(parameter_set.connection.connection_parameters())
        names.update(field.name for field in parameter_set.extra_parameters)
    raw = connector.properties_raw.keys if connector.properties_raw is not None else {}
    names.update(_raw_names(raw.get("connectionParameters")))
    sets = raw.get("connectionParameterSets")
    values = sets.get("values") if isinstance(sets, dict) else None
    for entry in values if isinstance(values, list) else []:
        if isinstance(entry, dict):
            names.update(_raw_names(entry.get("parameters")))
    return names


def _raw_names(parameters: Any) -> list[str]:
    """The connection parameter names of raw `connectionParameters` JSON."""
    return [str(name) for name in parameters] if isinstance(parameters, dict) else []


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def check_package(connector: type[Connector]) -> None:
    """Raise `AuthoringError` with every problem of the connector's policies and script."""
    by_id = {cls.operation_id(): cls for cls in connector.operations}
    problems: list[Diagnostic] = []
    connection = _connection_names(connector)
    for index, policy in enumerate(connector.policies):
        place = class_place(connector, "policies")
        name = f"{type(policy).__name__} (policies[{index}])"
        scoped: list[Any] = []
        for operation in policy.operations:
            operation_id = default_operation_id(operation)
            if operation_id not in by_id:
                problems.append(
                    Diagnostic(
                        "policy-unknown-operation",
                        f"{name} applies to {operation_id!r}, which is not in "
                        f"{connector.__name__}.operations: add it or remove it from the policy",
                        place,
                    )
                )
            else:
                scoped.append(by_id[operation_id])
        texts = _strings(policy.template_parameters())
        for text in texts:
            for missing in sorted(set(_CONNECTION_REF.findall(text)) - connection):
                problems.append(
                    Diagnostic(
                        "policy-unknown-parameter",
                        f"{name} uses @connectionParameters({missing!r}), which the connector "
                        "does not declare: add a ConnectionField or fix the name",
                        place,
                    )
                )
        for operation in scoped:
            inputs = {f.wire_name for f in collect(operation).fields}
            for text in texts:
                if "@" in text:
                    continue
                for reference in _TEMPLATE_REF.findall(text):
                    if reference not in inputs:
                        problems.append(
                            Diagnostic(
                                "policy-unknown-parameter",
                                f"{name} uses {{{reference}}}, but {operation.__name__} has no "
                                f"parameter {reference!r}",
                                place,
                            )
                        )
    for operation in connector.script_operations:
        if operation not in connector.operations:
            problems.append(
                Diagnostic(
                    "script-unknown-operation",
                    f"script_operations names {operation.__name__}, which is not in "
                    f"{connector.__name__}.operations",
                    class_place(connector, "script_operations"),
                )
            )
    if connector.script_operations and connector.script is None:
        problems.append(
            Diagnostic(
                "script-missing",
                f"{connector.__name__} lists script_operations but no script: set "
                "script = 'name.csx' beside the module",
                class_place(connector, "script_operations"),
            )
        )
    if problems:
        raise AuthoringError(problems)


def api_properties(connector: type[Connector]) -> ApiProperties:
    """The connector's `apiProperties.json`, checked against its operations."""
    try:
        check_package(connector)
        built = build_api_properties(
            connector.security if not connector.parameter_sets else None,
            extra_parameters=connector.connection_fields,
            parameter_sets=connector.parameter_sets,
            policies=connector.policies,
            brand_color=connector.brand_color,
            capabilities=connector.capabilities,
            publisher=connector.publisher,
            stack_owner=connector.stack_owner,
            script_operations=connector.script_operations,
        )
    except AuthoringError as error:
        raise AuthoringError([_placed(connector, d) for d in error.diagnostics]) from None
    return apply_properties_raw(built, connector.properties_raw)


_ATTRIBUTES = {
    "connection-sets-exclusive": "connection_fields",
    "connection-parameter-duplicate": "connection_fields",
    "connection-parameter-name": "connection_fields",
    "oauth-secret-in-file": "security",
    "policy-operation-id": "policies",
}
"""The `Connector` attribute that a code of `connector_dsl.properties` is about."""


def _placed(connector: type[Connector], diagnostic: Diagnostic) -> Diagnostic:
    """`diagnostic` at the connector's attribute, when the properties layer knew no place."""
    attribute = _ATTRIBUTES.get(diagnostic.code)
    if diagnostic.place.python is not None or attribute is None:
        return diagnostic
    if attribute == "security" and connector.security is None:
        attribute = "parameter_sets"
    return replace(diagnostic, place=class_place(connector, attribute))
