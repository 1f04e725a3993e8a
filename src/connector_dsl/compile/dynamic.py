"""Writing `DynamicValues` and `DynamicSchema` as their two extension forms each."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from connector_dsl.authoring.dynamic import DynamicInput, DynamicSchema, DynamicValues, ParamRef
from connector_dsl.authoring.operations import Operation
from connector_dsl.compile.collect import collect
from connector_dsl.compile.spec import FieldSpec, OperationSpec


@functools.lru_cache(maxsize=512)
def _spec(cls: type[Operation[Any]]) -> OperationSpec:
    """The operation a dropdown calls, read once per build (bounded: imports make many)."""
    return collect(cls)


def input_key(spec: OperationSpec, field: FieldSpec) -> str:
    """The key an input of `spec` has in a dynamic call's parameters."""
    if field.location == "body" and spec.whole_body is None:
        return f"{spec.route.body_name}/{field.wire_name}"
    return field.wire_name


def call_inputs(dynamic: DynamicValues[Any] | DynamicSchema[Any]) -> dict[str, DynamicInput]:
    """The inputs of a dynamic call by wire name, from either spelling.

    An argument that names no field of the operation keeps its name, so that the
    build can report it.
    """
    if not dynamic.arguments:
        return dict(dynamic.parameters)
    spec = _spec(dynamic.operation)
    fields = {f.python_name: f for f in spec.fields}
    out: dict[str, DynamicInput] = {}
    for name, value in dynamic.arguments.items():
        found = fields.get(name)
        out[input_key(spec, found) if found is not None else name] = value
    return out


def legacy_parameters(parameters: Mapping[str, DynamicInput]) -> dict[str, Any]:
    """Inputs in the `x-ms-dynamic-values` / `-schema` form: `{"parameter": name}` or a literal."""
    out: dict[str, Any] = {}
    for key, value in parameters.items():
        if isinstance(value, ParamRef):
            out[key] = {"parameter": value.path.rsplit("/", 1)[-1]}
        else:
            out[key] = value
    return out


def reference_parameters(parameters: Mapping[str, DynamicInput]) -> dict[str, Any]:
    """Inputs in the `x-ms-dynamic-list` / `-properties` form: `parameterReference` or `value`."""
    out: dict[str, Any] = {}
    for key, value in parameters.items():
        if isinstance(value, ParamRef):
            out[key] = {"parameterReference": value.path}
        else:
            out[key] = {"value": value}
    return out


def values_extensions(dynamic: DynamicValues[Any]) -> dict[str, Any]:
    """`x-ms-dynamic-values` and `x-ms-dynamic-list` for one dropdown."""
    operation_id = dynamic.operation.operation_id()
    values: dict[str, Any] = {"operationId": operation_id}
    listing: dict[str, Any] = {"operationId": operation_id}
    inputs = call_inputs(dynamic)
    values["parameters"] = legacy_parameters(inputs)
    listing["parameters"] = reference_parameters(inputs)
    if dynamic.collection is not None:
        values["value-collection"] = dynamic.collection
        listing["itemsPath"] = dynamic.collection
    values["value-path"] = dynamic.value
    listing["itemValuePath"] = dynamic.value
    if dynamic.title is not None:
        values["value-title"] = dynamic.title
        listing["itemTitlePath"] = dynamic.title
    return {"x-ms-dynamic-values": values, "x-ms-dynamic-list": listing}


def schema_extensions(dynamic: DynamicSchema[Any]) -> dict[str, Any]:
    """`x-ms-dynamic-schema` and `x-ms-dynamic-properties` for one dynamic schema."""
    operation_id = dynamic.operation.operation_id()
    inputs = call_inputs(dynamic)
    schema: dict[str, Any] = {
        "operationId": operation_id,
        "parameters": legacy_parameters(inputs),
    }
    properties: dict[str, Any] = {
        "operationId": operation_id,
        "parameters": reference_parameters(inputs),
    }
    if dynamic.path is not None:
        schema["value-path"] = dynamic.path
        properties["itemValuePath"] = dynamic.path
    return {"x-ms-dynamic-schema": schema, "x-ms-dynamic-properties": properties}
