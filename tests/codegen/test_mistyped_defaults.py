"""A default that is no value of its property's type (`"false"` for a boolean) stays type-clean."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate
from connector_dsl.codegen.models import default_fits
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Defaults", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/jobs": {
            "post": {
                "operationId": "AddJob",
                "summary": "Add a job",
                "parameters": [
                    {
                        "name": "body",
                        "in": "body",
                        "required": True,
                        "schema": {"$ref": "#/definitions/Job"},
                    }
                ],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "definitions": {
        "Job": {
            "type": "object",
            "properties": {
                "quiet": {"type": "boolean", "default": "false"},
                "loud": {"type": "boolean", "default": True},
                "mode": {"$ref": "#/definitions/Mode", "default": "fast"},
            },
        },
        "Mode": {"type": "string", "enum": ["fast", "slow"]},
    },
}


@pytest.mark.invalid_document  # as real connectors have it
def test_a_mistyped_default_is_given_by_field() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, plan = generate(document)
    assert "quiet: Annotated[bool | None, Field(default='false')]\n" in source
    assert "loud: bool | None = True\n" in source
    assert "Field(default='fast', alias='mode')" in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


@pytest.mark.parametrize(
    ("value", "kind", "nullable", "fits"),
    [
        ("false", "bool", True, False),
        (False, "bool", True, True),
        (1, "bool", False, False),
        (True, "int", False, False),
        (1, "float", False, True),
        (None, "str", True, True),
        (None, "str", False, False),
        (["a"], "list[str]", False, True),
        ([1], "list[str]", False, False),
        ({"a": 1}, "dict[str, Any]", False, True),
        ("fast", "Mode", True, False),
        ("anything", "Any", False, True),
    ],
)
def test_default_fits(value: Any, kind: str, nullable: bool, fits: bool) -> None:
    assert default_fits(value, kind, nullable=nullable) is fits


@pytest.mark.invalid_document  # as real connectors have it
def test_an_array_parameter_default_with_mistyped_items_is_raw() -> None:
    data = copy.deepcopy(DOCUMENT)
    data["paths"]["/jobs"]["get"] = {
        "operationId": "ListJobs",
        "summary": "List jobs",
        "parameters": [
            {
                "name": "ids",
                "in": "query",
                "type": "array",
                "items": {"type": "integer"},
                "default": ["a"],
            },
            {
                "name": "top",
                "in": "query",
                "type": "array",
                "items": {"type": "integer"},
                "default": [1],
            },
        ],
        "responses": {"200": {"description": "OK"}},
    }
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, _plan = generate(document)
    # the mistyped default only in `Raw` (the build rejects it in the marker)
    assert "ids: Annotated[list[int] | None, Query(), Raw(keys={'default': ['a']}, drop=(" in source
    assert "Query(default=[1]), Raw(drop=('required',))" in source
    assert build_source(source, "ImportedConnector") == to_data(document)
