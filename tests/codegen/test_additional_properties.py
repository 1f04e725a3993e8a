"""`additionalProperties` is typed: `dict[str, X]`, or a model's own class-level key."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from tests.codegen.operation_documents import item_document


def _document(item: dict[str, Any]) -> dict[str, Any]:
    tag = {"type": "object", "properties": {"name": {}}}
    return item_document({"Item": item, "Tag": tag})


def _generated(item: dict[str, Any]) -> tuple[str, Any, SwaggerDocument]:
    document = SwaggerDocument.model_validate(_document(item), context={"lenient": True})
    source, plan = generate(document)
    return source, plan, document


def test_values_of_a_property_are_a_dict() -> None:
    source, plan, document = _generated(
        {
            "type": "object",
            "properties": {
                "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                "tags": {"type": "object", "additionalProperties": {"$ref": "#/definitions/Tag"}},
                "anything": {"type": "object", "additionalProperties": True},
            },
        }
    )
    assert "    counts: dict[str, int] | None = None\n" in source
    assert "    tags: dict[str, Tag] | None = None\n" in source
    assert "    anything: dict[str, Any] | None = None\n" in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_an_object_without_properties_is_any_with_its_type() -> None:
    source, plan, document = _generated(
        {"type": "object", "properties": {"data": {"type": "object", "description": "Data."}}}
    )
    assert (
        "    data: Annotated[Any, Field(json_schema_extra={'type': 'object'})] = None\n"
        '    """Data."""\n'
    ) in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_a_model_with_more_properties_says_so_on_its_class() -> None:
    source, plan, document = _generated(
        {
            "type": "object",
            "properties": {"id": {"type": "string"}},
            "additionalProperties": {"type": "string"},
        }
    )
    assert (
        "    model_config = ConfigDict(json_schema_extra={'additionalProperties': "
        "{'type': 'string'}})\n"
    ) in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_values_with_keys_of_their_own_keep_them() -> None:
    source, plan, document = _generated(
        {
            "type": "object",
            "properties": {
                "blobs": {"type": "object", "additionalProperties": {"type": "object"}},
                "dates": {
                    "type": "object",
                    "additionalProperties": {"type": "string", "format": "date"},
                },
            },
        }
    )
    assert (
        "    blobs: dict[str, Annotated[Any, Field(json_schema_extra={'type': 'object'})]] | None"
    ) in source
    assert (
        "    dates: dict[str, Annotated[str, Field(json_schema_extra={'format': 'date'})]] | None"
    ) in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)
