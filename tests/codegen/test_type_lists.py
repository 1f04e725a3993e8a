"""`type` given as a list (`["string", "null"]`), as real specs write it, imports exactly."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

pytestmark = (
    pytest.mark.invalid_document
)  # a list `type` is not Swagger 2.0, yet real files have it


def _document(properties: dict[str, Any], query: dict[str, Any] | None = None) -> dict[str, Any]:
    parameters: list[dict[str, Any]] = [
        {"name": "body", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Item"}}
    ]
    if query is not None:
        parameters.insert(0, {"name": "q", "in": "query", "required": False, **query})
    return {
        "swagger": "2.0",
        "info": {"title": "Lists", "version": "1.0"},
        "host": "example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": {
            "/items": {
                "post": {
                    "operationId": "AddItem",
                    "summary": "Add an item",
                    "parameters": parameters,
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "definitions": {"Item": {"type": "object", "properties": properties}},
    }


def _generate(data: dict[str, Any]) -> tuple[str, Any, Any]:
    with warnings.catch_warnings():  # the document model types `type` as one string
        warnings.simplefilter("ignore", UserWarning)
        document = SwaggerDocument.model_validate(data, context={"lenient": True})
        source, plan = generate(document)
        expected = to_data(document)
    return source, plan, expected


def _built(source: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return build_source(source, "ImportedConnector")


@pytest.mark.parametrize(
    ("kinds", "python"),
    [
        (["string", "null"], "str"),
        (["integer", "null"], "int"),
        (["null", "boolean"], "bool"),
        (["number"], "float"),
        (["integer", "string"], "Any"),
        (["object", "null"], "Any"),
        ([], "Any"),
    ],
)
def test_a_property_is_typed_with_its_list_kept(kinds: list[str], python: str) -> None:
    source, plan, expected = _generate(_document({"value": {"type": kinds}}))
    optional = "" if python == "Any" else " | None"
    line = f"value: Annotated[{python}{optional}, Field(json_schema_extra={{'type': {kinds!r}}})]"
    assert line in source
    assert not plan.definition_raw
    assert _built(source) == expected


def test_array_items_with_a_list_are_typed() -> None:
    items = {"type": "array", "items": {"type": ["string", "null"]}}
    source, plan, expected = _generate(_document({"tags": items}))
    assert "list[Annotated[str, Field(json_schema_extra={'type': ['string', 'null']})]]" in source
    assert not plan.definition_raw
    assert _built(source) == expected


def test_a_query_parameter_with_a_list_keeps_only_its_type_raw() -> None:
    source, _plan, expected = _generate(
        _document({"name": {"type": "string"}}, query={"type": ["string", "null"]})
    )
    # a parameter's type comes from one name: the list is its one raw key
    assert "q: Annotated[Any, Query(), Raw(keys={'type': ['string', 'null']})] = None" in source
    assert "Exact(" not in source
    assert _built(source) == expected


def test_a_response_whose_root_type_is_a_list_imports_exactly() -> None:
    data = _document({"name": {"type": "string"}})
    response = {"type": ["object", "null"], "properties": {"a": {"type": ["integer", "null"]}}}
    data["paths"]["/items"]["post"]["responses"]["200"]["schema"] = response
    source, _plan, expected = _generate(data)
    assert _built(source) == expected
