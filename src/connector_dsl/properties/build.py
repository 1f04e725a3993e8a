"""Building a connector's whole `apiProperties.json` from typed declarations."""

from __future__ import annotations

from collections.abc import Sequence

from connector_dsl.errors import AuthoringError, Diagnostic
from connector_dsl.properties.connections import Connection, ParameterSet
from connector_dsl.properties.fields import ConnectionField, ui_definition
from connector_dsl.properties.model import ApiProperties, ConnectorProperties
from connector_dsl.properties.parameters import ConnectionParameterSets
from connector_dsl.properties.policies import (
    OperationIdOf,
    PolicyTemplate,
    default_operation_id,
)

DEFAULT_BRAND_COLOR = "#007ee5"
"""The portal's default; certified connectors must choose their own."""


def build_api_properties(
    security: Connection | None,
    *,
    extra_parameters: Sequence[ConnectionField] = (),
    parameter_sets: Sequence[ParameterSet] = (),
    sets_label: tuple[str, str] = ("Authentication type", "How to sign in"),
    policies: Sequence[PolicyTemplate] = (),
    brand_color: str | None = None,
    capabilities: Sequence[str] = (),
    publisher: str | None = None,
    stack_owner: str | None = None,
    script_operations: Sequence[object] = (),
    operation_id_of: OperationIdOf = default_operation_id,
) -> ApiProperties:
    """`apiProperties.json` in the portal's key order.

    Give either `security` (with `extra_parameters`) or several `parameter_sets`
    (multi-auth; `sets_label` is the chooser's name and description), not both.
    Operations in policies and `script_operations` are classes or operationIds.
    """
    if parameter_sets and (security is not None or extra_parameters):
        msg = (
            "build_api_properties: with parameter_sets, give security=None and put"
            " extra parameters in each ParameterSet"
        )
        raise AuthoringError([Diagnostic("connection-sets-exclusive", msg)])
    props = ConnectorProperties()
    if parameter_sets:
        props.connection_parameter_sets = ConnectionParameterSets(
            ui_definition=ui_definition(*sets_label),
            values=[entry.to_set() for entry in parameter_sets],
        )
    else:
        parameters = dict(security.connection_parameters()) if security is not None else {}
        for extra in extra_parameters:
            if extra.name in parameters:
                msg = f"build_api_properties: connection parameter {extra.name!r} is declared twice"
                raise AuthoringError([Diagnostic("connection-parameter-duplicate", msg)])
            parameters[extra.name] = extra.to_parameter()
        props.connection_parameters = parameters
    props.icon_brand_color = brand_color or DEFAULT_BRAND_COLOR
    props.capabilities = list(capabilities)
    if policies:
        props.policy_template_instances = [p.to_instance(operation_id_of) for p in policies]
    if publisher is not None:
        props.publisher = publisher
    if stack_owner is not None:
        props.stack_owner = stack_owner
    if script_operations:
        props.script_operations = [
            op if isinstance(op, str) else operation_id_of(op) for op in script_operations
        ]
    return ApiProperties(properties=props)
