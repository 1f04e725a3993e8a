"""Definitions that are no object model are classes too: `RootModel[...]`, built exactly."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data


def _document(definitions: dict[str, Any]) -> dict[str, Any]:
    first = next(iter(definitions))
    return {
        "swagger": "2.0",
        "info": {"title": "Roots", "version": "1.0"},
        "host": "example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": {
            "/things": {
                "get": {
                    "operationId": "GetThing",
                    "summary": "Get a thing",
                    "responses": {
                        "200": {"description": "OK", "schema": {"$ref": f"#/definitions/{first}"}}
                    },
                }
            }
        },
        "definitions": definitions,
    }


@pytest.mark.parametrize(
    ("schema", "line"),
    [
        ({"type": "string"}, "class Thing(RootModel[str]):"),
        ({"type": "integer", "format": "int64"}, "class Thing(RootModel[int]):"),
        (
            {"type": "array", "items": {"type": "string"}},
            "class Thing(RootModel[list[str]]):",
        ),
        (
            {"type": "object", "additionalProperties": {"type": "integer"}},
            "class Thing(RootModel[dict[str, int]]):",
        ),
        ({"type": "object"}, "class Thing(RootModel[Any]):"),
        (
            {"type": "string", "enum": ["a", "b"], "title": "Choice"},
            "class Thing(RootModel[Literal['a', 'b']]):",
        ),
    ],
)
def test_a_definition_is_a_root_model(schema: dict[str, Any], line: str) -> None:
    document = SwaggerDocument.model_validate(
        _document({"Thing": schema}), context={"lenient": True}
    )
    source, plan = generate(document)
    assert line in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_a_root_models_other_keys_are_on_the_class() -> None:
    schema = {"type": "string", "format": "date", "description": "A day.", "title": "Day"}
    document = SwaggerDocument.model_validate(_document({"day": schema}), context={"lenient": True})
    source, plan = generate(document)
    assert (
        "class Day(RootModel[str]):\n"
        '    """A day."""\n\n'
        "    definition_name: ClassVar[str | None] = 'day'\n"
        "    model_config = ConfigDict(title='Day', json_schema_extra={'format': 'date'})\n"
    ) in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_a_bare_object_says_its_type() -> None:
    document = SwaggerDocument.model_validate(
        _document({"Blob": {"type": "object"}}), context={"lenient": True}
    )
    source, _plan = generate(document)
    assert "model_config = ConfigDict(json_schema_extra={'type': 'object'})" in source
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_a_body_of_a_bare_object_is_a_root_model_in_place() -> None:
    data = _document({"Thing": {"type": "string"}})
    data["paths"]["/things"]["post"] = {
        "operationId": "AddThing",
        "summary": "Add a thing",
        "parameters": [{"name": "body", "in": "body", "schema": {"type": "object"}}],
        "responses": {"200": {"description": "OK"}},
    }
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(document)
    assert (
        "(RootModel[Any]):\n"
        "    definition_name: ClassVar[str | None] = None\n"
        "    model_config = ConfigDict(json_schema_extra={'type': 'object'})\n"
    ) in source
    assert not plan.exact and not plan.operation_raw
    assert build_source(source, "ImportedConnector") == to_data(document)
