"""Imported `x-nullable` stays typed: `nullable=True` on optional fields, `X | None` on required.

An optional property or input without `x-nullable` is a plain `X | None = None`
(no `nullable=False`); each form builds back to the input exactly.
"""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Notes", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/notes": {
            "post": {
                "operationId": "AddNote",
                "summary": "Add a note",
                "parameters": [
                    {"name": "top", "in": "query", "required": False, "type": "integer"},
                    {
                        "name": "cursor",
                        "in": "query",
                        "required": False,
                        "type": "string",
                        "x-nullable": True,
                    },
                    {
                        "name": "scope",
                        "in": "query",
                        "required": True,
                        "type": "string",
                        "x-nullable": True,
                    },
                    {
                        "name": "body",
                        "in": "body",
                        "required": True,
                        "schema": {"$ref": "#/definitions/Note"},
                    },
                ],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "definitions": {
        "Note": {
            "type": "object",
            "required": ["text", "owner"],
            "properties": {
                "text": {"type": "string"},
                "owner": {"type": "string", "x-nullable": True},
                "due": {"type": "string", "format": "date", "x-ms-summary": "Due"},
                "closed": {"type": "string", "x-ms-summary": "Closed", "x-nullable": True},
                "extra": {"x-nullable": True},
            },
        }
    },
}


@pytest.fixture(scope="module")
def generated() -> tuple[str, Any]:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    return generate(document)


def test_optional_property_is_plain_optional(generated: tuple[str, Any]) -> None:
    source, _plan = generated
    assert "due: Annotated[str | None, Ui(summary='Due', format='date')] = None" in source
    assert "nullable=False" not in source


def test_nullable_optional_property_says_so(generated: tuple[str, Any]) -> None:
    source, _plan = generated
    assert "closed: Annotated[str | None, Ui(summary='Closed', nullable=True)] = None" in source
    assert "extra: Annotated[Any, Ui(nullable=True)] = None" in source


def test_nullable_required_property_is_optional_type_without_default(
    generated: tuple[str, Any],
) -> None:
    source, _plan = generated
    assert "    owner: str | None\n" in source
    assert "    text: str\n" in source


def test_inputs(generated: tuple[str, Any]) -> None:
    source, _plan = generated
    assert "top: Annotated[int | None, Query()] = None" in source
    assert "cursor: Annotated[str | None, Query(nullable=True)] = None" in source
    assert "scope: Annotated[str | None, Query()]\n" in source


def test_every_form_is_typed_and_exact(generated: tuple[str, Any]) -> None:
    source, plan = generated
    assert not plan.definition_raw
    assert not plan.exact
    assert not plan.operation_raw
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    assert build_source(source, "ImportedConnector") == to_data(document)
