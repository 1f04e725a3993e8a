"""Imported parameters stay typed: constraints as `Field`, left-out keys as `Raw(drop=...)`."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

LIST_CODES: dict[str, Any] = {
    "operationId": "ListCodes",
    "summary": "List codes",
    "responses": {
        "200": {
            "description": "OK",
            "schema": {
                "type": "array",
                "items": {"type": "object", "properties": {"code": {"type": "string"}}},
            },
        }
    },
}

DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Codes", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/codes": {"get": LIST_CODES},
        "/codes/{code}": {
            "post": {
                "operationId": "UseCode",
                "summary": "Use a code",
                "parameters": [
                    {
                        "name": "code",
                        "in": "path",
                        "required": True,
                        "type": "string",
                        "pattern": "^[A-Z]{3}$",
                        "maxLength": 3,
                        "x-ms-dynamic-values": {
                            "operationId": "ListCodes",
                            "value-path": "code",
                            "parameters": {},
                        },
                    },
                    {"name": "top", "in": "query", "type": "integer", "minimum": 1},
                    {"name": "look", "in": "query", "type": "string", "pattern": "^(?!x)"},
                    {
                        "name": "body",
                        "in": "body",
                        "schema": {"type": "object", "properties": {"n": {"type": "integer"}}},
                    },
                ],
                "responses": {"200": {"description": "OK"}},
            }
        },
    },
}


def test_parameters_are_typed_fields_and_the_build_is_exact() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, plan = generate(document)
    # nothing is written exactly: the pattern pydantic cannot compile (look-ahead) is raw
    assert ("/codes/{code}", "post") not in plan.exact
    # `generate` gives the source before ruff formats it: single quotes
    assert "Field(max_length=3, pattern='^[A-Z]{3}$')" in source
    assert "url_encoding=None" in source
    assert "Raw(drop=('x-ms-dynamic-list',))" in source
    assert "Query(), Field(ge=1), Raw(drop=('required',))" in source
    assert "Body(), Raw(drop=('required',))" in source
    assert "Query(), Raw(keys={'pattern': '^(?!x)'}, drop=('required',))" in source
    assert source.count("Exact(") == 0
    assert build_source(source, "ImportedConnector") == to_data(document)


def plain_body_document(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "Files", "version": "1.0"},
        "host": "example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": {
            "/files": {
                "post": {
                    "operationId": "Upload",
                    "summary": "Upload",
                    "parameters": [
                        {"name": "File", "in": "body", "required": True, "schema": schema}
                    ],
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
    }


def test_plain_bodies_are_whole_body_fields() -> None:
    for schema, field in (
        ({"type": "string", "format": "binary"}, "File: Annotated[bytes, Body()]"),
        ({"type": "string"}, "File: Annotated[str, Body(whole=True)]"),
    ):
        document = SwaggerDocument.model_validate(
            plain_body_document(schema), context={"lenient": True}
        )
        source, plan = generate(document)
        assert field in source
        assert not plan.exact
        assert build_source(source, "ImportedConnector") == to_data(document)
