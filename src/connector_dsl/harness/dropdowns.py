"""Dropdowns and dynamic schemas, filled the way the designer fills them.

`x-ms-dynamic-list` is read before `x-ms-dynamic-values` (it is the unambiguous
form); its `parameterReference` paths name a parameter, or a body property as
`bodyParameter/path`. The target operation is called through the harness.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, cast

from connector_dsl.dump import to_data
from connector_dsl.errors import Diagnostic
from connector_dsl.harness.calls import CallResult
from connector_dsl.harness.findings import HarnessError, finding
from connector_dsl.harness.request import to_schema
from connector_dsl.harness.schemas import MISSING, at_path, property_schema
from connector_dsl.harness.source import ConnectorSource, OperationInfo

Caller = Callable[[str, Mapping[str, Any]], CallResult]
RESPONSE = "@response"
"""The `param` name that means the operation's response schema (for `schema`)."""


def extension_of(
    source: ConnectorSource, info: OperationInfo, name: str, keys: tuple[str, ...]
) -> tuple[str, dict[str, Any]]:
    """The first of `keys` found on the parameter or body property `name`."""
    holder = _holder(source, info, name)
    for key in keys:
        value = holder.get(key)
        if isinstance(value, dict):
            return key, cast("dict[str, Any]", value)
    msg = f"{info.operation_id} input {name!r} has none of {', '.join(keys)}"
    raise HarnessError([finding("harness-dynamic", msg, pointer=info.pointer)])


def _holder(source: ConnectorSource, info: OperationInfo, name: str) -> dict[str, Any]:
    if name == RESPONSE:
        for status, response in sorted(info.operation.responses.items()):
            schema = getattr(response, "schema_", None)
            if status.startswith("2") and schema is not None:
                data = to_data(schema)
                return cast("dict[str, Any]", data) if isinstance(data, dict) else {}
        return {}
    path = name.replace("__", "/")
    for parameter in info.parameters:
        if parameter.name == path:
            data = to_data(parameter)
            if parameter.in_ == "body":
                return {**to_schema(parameter), **cast("dict[str, Any]", data)}
            return cast("dict[str, Any]", data)
    body = info.body()
    if body is not None:
        if path.startswith(body.name + "/"):
            path = path[len(body.name) + 1 :]
        found = property_schema(source.data, to_schema(body), path, through_arrays=True)
        if found is not None:
            return found
    msg = f"{info.operation_id} has no parameter or body property {name!r}"
    raise HarnessError([finding("harness-dynamic", msg, pointer=info.pointer)])


def target_inputs(
    info: OperationInfo, spec: dict[str, Any], chosen: Mapping[str, Any], *, list_form: bool
) -> dict[str, Any]:
    """The inputs of the dynamic operation, from static values and references to `chosen`."""
    inputs: dict[str, Any] = {}
    problems: list[Diagnostic] = []
    for key, ref in cast("dict[str, Any]", spec.get("parameters") or {}).items():
        if not isinstance(ref, dict):
            inputs[key] = ref
            continue
        ref_map = cast("dict[str, Any]", ref)
        if "value" in ref_map:
            inputs[key] = ref_map["value"]
            continue
        name = ref_map.get("parameterReference" if list_form else "parameter")
        if not isinstance(name, str):
            name = ref_map.get("parameter", ref_map.get("parameterReference"))
        value = _chosen(info, chosen, str(name))
        if value is MISSING:
            msg = f"choose {name!r} first: the dropdown's operation needs it as {key!r}"
            problems.append(finding("harness-dynamic", msg, pointer=info.pointer))
        else:
            inputs[key] = value
    if problems:
        raise HarnessError(problems)
    return inputs


def _chosen(info: OperationInfo, chosen: Mapping[str, Any], name: str) -> Any:
    aliases = {k.replace("__", "/"): v for k, v in chosen.items()}
    if name in aliases:
        return aliases[name]
    body = info.body()
    if body is not None:
        prefix = body.name + "/"
        if name.startswith(prefix) and name[len(prefix) :] in aliases:
            return aliases[name[len(prefix) :]]
        whole = aliases.get(body.name)
        if whole is not None:
            return at_path(whole, name[len(prefix) :] if name.startswith(prefix) else name)
    for parameter in info.parameters:
        if parameter.name == name and parameter.default is not None:
            return parameter.default
    return MISSING


def values(
    source: ConnectorSource,
    info: OperationInfo,
    name: str,
    chosen: Mapping[str, Any],
    caller: Caller,
) -> list[tuple[Any, str]]:
    """The (value, title) pairs the designer shows for input `name`."""
    key, spec = extension_of(source, info, name, ("x-ms-dynamic-list", "x-ms-dynamic-values"))
    list_form = key == "x-ms-dynamic-list"
    target = spec.get("operationId")
    if not isinstance(target, str):
        what = spec.get("builtInOperation") or spec.get("capability") or "no operationId"
        msg = f"{key} of {name!r} uses {what}, which the harness does not simulate"
        raise HarnessError([finding("harness-not-simulated", msg, pointer=info.pointer)])
    inputs = target_inputs(info, spec, chosen, list_form=list_form)
    result = caller(target, inputs).raise_for_findings()
    collection_path = spec.get("itemsPath" if list_form else "value-collection")
    value_path = spec.get("itemValuePath" if list_form else "value-path")
    title_path = spec.get("itemTitlePath" if list_form else "value-title")
    items = at_path(result.body, collection_path if isinstance(collection_path, str) else None)
    if not isinstance(items, list):
        where = collection_path or "the root"
        msg = f"{target} answered no array at {where!r} for the dropdown of {name!r}"
        raise HarnessError(
            [finding("harness-dynamic", msg, pointer="/" + str(collection_path or ""))]
        )
    pairs: list[tuple[Any, str]] = []
    for item in items:
        value = at_path(item, value_path if isinstance(value_path, str) else None)
        if value is MISSING:
            continue
        title = at_path(item, title_path) if isinstance(title_path, str) else MISSING
        pairs.append((value, str(value if title is MISSING or title is None else title)))
    return pairs


def schema(
    source: ConnectorSource,
    info: OperationInfo,
    name: str,
    chosen: Mapping[str, Any],
    caller: Caller,
) -> dict[str, Any]:
    """The schema the designer shows for input `name` (or `@response`)."""
    key, spec = extension_of(source, info, name, ("x-ms-dynamic-properties", "x-ms-dynamic-schema"))
    list_form = key == "x-ms-dynamic-properties"
    target = spec.get("operationId")
    if not isinstance(target, str):
        msg = f"{key} of {name!r} names no operationId"
        raise HarnessError([finding("harness-dynamic", msg, pointer=info.pointer)])
    inputs = target_inputs(info, spec, chosen, list_form=list_form)
    result = caller(target, inputs).raise_for_findings()
    path = spec.get("itemValuePath" if list_form else "value-path")
    found = at_path(result.body, path if isinstance(path, str) else None)
    if found is MISSING:
        msg = f"{target} answered no schema at {path!r} for {name!r}"
        raise HarnessError([finding("harness-dynamic", msg, pointer="/" + str(path or ""))])
    if found is None:
        return {}
    if not isinstance(found, dict):
        msg = f"{target} answered a {type(found).__name__} at {path!r}, not a schema object"
        raise HarnessError([finding("harness-dynamic", msg, pointer="/" + str(path or ""))])
    return cast("dict[str, Any]", found)
