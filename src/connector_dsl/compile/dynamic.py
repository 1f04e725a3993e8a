"""Writing `DynamicValues` and `DynamicSchema` as their two extension forms each."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connector_dsl.authoring.dynamic import DynamicInput, DynamicSchema, DynamicValues, ParamRef


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


def values_extensions(dynamic: DynamicValues) -> dict[str, Any]:
    """`x-ms-dynamic-values` and `x-ms-dynamic-list` for one dropdown."""
    operation_id = dynamic.operation.operation_id()
    values: dict[str, Any] = {"operationId": operation_id}
    listing: dict[str, Any] = {"operationId": operation_id}
    values["parameters"] = legacy_parameters(dynamic.parameters)
    listing["parameters"] = reference_parameters(dynamic.parameters)
    if dynamic.collection is not None:
        values["value-collection"] = dynamic.collection
        listing["itemsPath"] = dynamic.collection
    values["value-path"] = dynamic.value
    listing["itemValuePath"] = dynamic.value
    if dynamic.title is not None:
        values["value-title"] = dynamic.title
        listing["itemTitlePath"] = dynamic.title
    return {"x-ms-dynamic-values": values, "x-ms-dynamic-list": listing}


def schema_extensions(dynamic: DynamicSchema) -> dict[str, Any]:
    """`x-ms-dynamic-schema` and `x-ms-dynamic-properties` for one dynamic schema."""
    operation_id = dynamic.operation.operation_id()
    schema: dict[str, Any] = {
        "operationId": operation_id,
        "parameters": legacy_parameters(dynamic.parameters),
    }
    properties: dict[str, Any] = {
        "operationId": operation_id,
        "parameters": reference_parameters(dynamic.parameters),
    }
    if dynamic.path is not None:
        schema["value-path"] = dynamic.path
        properties["itemValuePath"] = dynamic.path
    return {"x-ms-dynamic-schema": schema, "x-ms-dynamic-properties": properties}
