"""Every extension Microsoft's official schema defines is a typed field of the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connector_dsl.document import (
    Header,
    Info,
    Node,
    Operation,
    Parameter,
    PathItem,
    Response,
    Schema,
    SwaggerDocument,
)
from connector_dsl.document.base import swagger_alias

PLACES: dict[str, type[Node]] = {
    "operation": Operation,
    "pathItem": PathItem,
    "bodyParameter": Parameter,
    "queryParameterSubSchema": Parameter,
    "headerParameterSubSchema": Parameter,
    "pathParameterSubSchema": Parameter,
    "formDataParameterSubSchema": Parameter,
    "schema": Schema,
    "response": Response,
    "header": Header,
    "info": Info,
}


def typed_keys(model: type[Node]) -> set[str]:
    return {swagger_alias(name) for name in model.model_fields}


@pytest.mark.parametrize("definition", sorted(PLACES))
def test_every_extension_of_the_official_schema_is_typed(shared: Path, definition: str) -> None:
    schema = json.loads((shared / "schemas/apiDefinition.swagger.schema.json").read_text())
    listed = {k for k in schema["definitions"][definition]["properties"] if k.startswith("x-")}
    assert listed, definition
    assert listed <= typed_keys(PLACES[definition])


def test_every_top_level_extension_is_typed(shared: Path) -> None:
    schema = json.loads((shared / "schemas/apiDefinition.swagger.schema.json").read_text())
    listed = {k for k in schema["properties"] if k.startswith("x-")}
    assert listed <= typed_keys(SwaggerDocument)


def test_typed_extension_reads_into_its_model() -> None:
    parameter = Parameter.model_validate(
        {"name": "a", "in": "query", "x-ms-enum": {"name": "Kind", "modelAsString": True}}
    )
    assert parameter.x_ms_enum is not None
    assert parameter.x_ms_enum.model_as_string is True
