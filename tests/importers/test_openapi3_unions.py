"""`oneOf` / `anyOf` flattened to a union of properties, with a warning and pointer."""

from __future__ import annotations

from typing import Any

from .openapi3_docs import convert, spec, warning

FOLDER = {
    "type": "object",
    "required": ["type", "id"],
    "properties": {
        "type": {"type": "string"},
        "id": {"type": "string"},
        "name": {"type": "string"},
    },
}
ITEM = {
    "type": "object",
    "required": ["type", "id"],
    "properties": {
        "type": {"type": "string"},
        "id": {"type": "string"},
        "size": {"type": "integer"},
    },
}


def _convert(schemas: dict[str, Any]) -> tuple[dict[str, Any], Any]:
    data, conversion = convert(spec(components={"schemas": schemas}))
    return data["definitions"], conversion


def test_one_of_with_discriminator_is_the_union_of_properties() -> None:
    contents = {
        "oneOf": [{"$ref": "#/components/schemas/Folder"}, {"$ref": "#/components/schemas/Item"}],
        "discriminator": {
            "propertyName": "type",
            "mapping": {"folders": "#/components/schemas/Folder"},
        },
    }
    schemas = {"Folder": FOLDER, "Item": ITEM, "Contents": contents}
    definitions, conversion = _convert(schemas)
    assert definitions["Contents"] == {
        "type": "object",
        "properties": {
            "type": {"type": "string"},
            "id": {"type": "string"},
            "name": {"type": "string"},
            "size": {"type": "integer"},
        },
        "required": ["type", "id"],
    }
    found = warning(conversion, "openapi3-union-flattened")
    assert found.place.pointer == "/components/schemas/Contents/oneOf"
    assert "Folder" in found.message and "Item" in found.message
    assert "discriminator 'type'" in found.message


def test_inline_any_of_alternatives_and_existing_properties() -> None:
    schema = {
        "type": "object",
        "properties": {"common": {"type": "boolean"}},
        "anyOf": [
            {"properties": {"a": {"type": "string"}}, "required": ["a"]},
            {"properties": {"b": {"type": "string", "nullable": True}}},
        ],
    }
    definitions, conversion = _convert({"S": schema})
    assert definitions["S"]["properties"] == {
        "common": {"type": "boolean"},
        "a": {"type": "string"},
        "b": {"type": "string", "x-nullable": True},
    }
    assert "required" not in definitions["S"]
    assert (
        warning(conversion, "openapi3-union-flattened").place.pointer
        == "/components/schemas/S/anyOf"
    )


def test_ref_or_null_is_a_nullable_ref_without_warning() -> None:
    schema = {
        "anyOf": [{"$ref": "#/components/schemas/Folder"}, {"type": "null"}],
        "description": "d",
    }
    definitions, conversion = _convert({"Folder": FOLDER, "S": schema})
    assert definitions["S"] == {
        "$ref": "#/definitions/Folder",
        "description": "d",
        "x-nullable": True,
    }
    assert conversion.warnings == []


def test_primitive_alternatives_of_one_type_merge_their_enums() -> None:
    schema = {"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "string", "enum": ["b"]}]}
    definitions, conversion = _convert({"S": schema})
    assert definitions["S"] == {"type": "string", "enum": ["a", "b"]}
    assert conversion.warnings == []


def test_mixed_primitive_alternatives_become_any_with_a_warning() -> None:
    definitions, conversion = _convert({"S": {"oneOf": [{"type": "string"}, {"type": "integer"}]}})
    assert definitions["S"] == {}
    assert "integer, string" in warning(conversion, "openapi3-union-flattened").message


def test_union_inside_a_property_reports_its_pointer() -> None:
    schema = {"type": "object", "properties": {"p": {"oneOf": [FOLDER, ITEM]}}}
    definitions, conversion = _convert({"S": schema})
    assert set(definitions["S"]["properties"]["p"]["properties"]) == {"type", "id", "name", "size"}
    found = warning(conversion, "openapi3-union-flattened")
    assert found.place.pointer == "/components/schemas/S/properties/p/oneOf"
