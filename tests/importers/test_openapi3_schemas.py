"""Schema keywords of OpenAPI 3.0 and 3.1 in the Swagger 2.0 dialect."""

from __future__ import annotations

from typing import Any

from .openapi3_docs import codes, convert, spec, warning


def _definition(schema: dict[str, Any], version: str = "3.1.0") -> tuple[dict[str, Any], Any]:
    data, conversion = convert(spec(openapi=version, components={"schemas": {"S": schema}}))
    return data["definitions"]["S"], conversion


def test_nullable_becomes_x_nullable() -> None:
    schema = {"type": "object", "properties": {"note": {"type": "string", "nullable": True}}}
    out, conversion = _definition(schema, "3.0.3")
    assert out["properties"]["note"] == {"type": "string", "x-nullable": True}
    assert conversion.warnings == []


def test_type_list_with_null() -> None:
    out, _ = _definition({"type": ["integer", "null"], "format": "int64"})
    assert out == {"type": "integer", "format": "int64", "x-nullable": True}


def test_type_list_of_several_types_is_any_with_a_warning() -> None:
    out, conversion = _definition({"type": ["string", "integer"]})
    assert "type" not in out
    assert warning(conversion, "openapi3-type-list").place.pointer == "/components/schemas/S/type"


def test_const_becomes_a_one_value_enum() -> None:
    out, _ = _definition({"type": "string", "const": "folders"})
    assert out == {"type": "string", "enum": ["folders"]}


def test_examples_become_example() -> None:
    out, _ = _definition({"type": "string", "examples": ["a", "b"]})
    assert out == {"type": "string", "example": "a"}


def test_numeric_exclusive_bounds_become_boolean() -> None:
    out, _ = _definition({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 10})
    assert out == {
        "type": "number",
        "minimum": 0,
        "exclusiveMinimum": True,
        "maximum": 10,
        "exclusiveMaximum": True,
    }


def test_boolean_exclusive_bounds_of_3_0_stay() -> None:
    out, _ = _definition({"type": "number", "minimum": 0, "exclusiveMinimum": True}, "3.0.0")
    assert out == {"type": "number", "minimum": 0, "exclusiveMinimum": True}


def test_meaningful_keywords_are_dropped_with_a_warning() -> None:
    out, conversion = _definition({"type": "string", "not": {"enum": ["x"]}, "writeOnly": True})
    assert out == {"type": "string"}
    found = warning(conversion, "openapi3-keyword-dropped")
    assert "'not'" in found.message and "'writeOnly'" in found.message


def test_deprecated_is_named_in_a_warning() -> None:
    out, conversion = _definition({"type": "string", "deprecated": True})
    assert out == {"type": "string"}
    found = warning(conversion, "openapi3-keyword-dropped")
    assert "'deprecated'" in found.message
    assert found.place.pointer == "/components/schemas/S"


def test_comments_are_dropped_silently() -> None:
    out, conversion = _definition({"type": "string", "$comment": "x"})
    assert out == {"type": "string"}
    assert conversion.warnings == []


def test_unknown_format_is_dropped_with_a_warning() -> None:
    out, conversion = _definition({"type": "string", "format": "uri-reference"})
    assert out == {"type": "string"}
    assert (
        warning(conversion, "openapi3-format-dropped").place.pointer
        == "/components/schemas/S/format"
    )


def test_refs_are_rewritten_to_definitions() -> None:
    schemas = {
        "A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B"}}},
        "B": {"type": "array", "items": {"$ref": "#/components/schemas/A"}},
    }
    data, conversion = convert(spec(components={"schemas": schemas}))
    assert data["definitions"]["A"]["properties"]["b"] == {"$ref": "#/definitions/B"}
    assert data["definitions"]["B"]["items"] == {"$ref": "#/definitions/A"}
    assert codes(conversion) == []


def test_discriminator_on_a_base_schema_becomes_its_property_name() -> None:
    schema = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string"}},
        "discriminator": {"propertyName": "kind"},
    }
    out, _ = _definition(schema)
    assert out["discriminator"] == "kind"
