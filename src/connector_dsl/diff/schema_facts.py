"""What a parameter or schema says about one field: type, format, enum, visibility."""

from __future__ import annotations

from typing import Any

from connector_dsl.validate.jsonview import JsonObj, obj

WIDER_FORMATS = frozenset({("int32", "int64"), ("float", "double")})
"""Format changes that accept every value the old format accepted."""


def kind(data: JsonObj) -> str | None:
    """The field's JSON type: `type`, or object/array when it has properties/items."""
    value = data.get("type")
    if isinstance(value, str) and value:
        return value
    if isinstance(value, list):
        named = [t for t in value if isinstance(t, str) and t != "null"]
        return named[0] if len(named) == 1 else None
    if "properties" in data:
        return "object"
    if "items" in data:
        return "array"
    return None


def fmt(data: JsonObj) -> str | None:
    """The `format`, if any."""
    value = data.get("format")
    return value if isinstance(value, str) and value else None


def enum(data: JsonObj) -> list[Any] | None:
    """The `enum` list, if any."""
    value = data.get("enum")
    return value if isinstance(value, list) else None


def visibility(data: JsonObj) -> str | None:
    """`x-ms-visibility` in lower case; None for absent or empty (normal)."""
    value = data.get("x-ms-visibility")
    return value.lower() if isinstance(value, str) and value else None


def internal(data: JsonObj) -> bool:
    """Whether the field is hidden from users."""
    return visibility(data) == "internal"


def properties(data: JsonObj) -> JsonObj:
    """The `properties` map ({} when there is none)."""
    return obj(data.get("properties")) or {}


def required_names(data: JsonObj) -> set[str]:
    """The names in `required` (a schema's list)."""
    value = data.get("required")
    return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()


def dynamic_call(data: JsonObj, *keys: str) -> tuple[Any, ...] | None:
    """(operationId, parameters, value-path) of the first dynamic extension present."""
    for key in keys:
        value = obj(data.get(key))
        if value is not None:
            return (
                key,
                value.get("operationId") or value.get("operationid"),
                value.get("parameters"),
                value.get("value-path") or value.get("itemValuePath"),
            )
    return None


def dynamic_values(data: JsonObj) -> tuple[Any, ...] | None:
    """The call behind a dropdown (`x-ms-dynamic-values`, else `x-ms-dynamic-list`)."""
    call = dynamic_call(data, "x-ms-dynamic-values", "x-ms-dynamic-list")
    return None if call is None else call[1:3]


def dynamic_schema(data: JsonObj) -> tuple[Any, ...] | None:
    """The call that describes the schema (`x-ms-dynamic-schema` or `-properties`)."""
    call = dynamic_call(data, "x-ms-dynamic-schema", "x-ms-dynamic-properties")
    return None if call is None else call[1:]


def label(data: JsonObj) -> str | None:
    """The display text: `x-ms-summary`, else None."""
    value = data.get("x-ms-summary")
    return value if isinstance(value, str) else None


def describe(values: list[Any]) -> str:
    """A short list of JSON values for a message."""
    shown = ", ".join(repr(v) for v in values[:5])
    return shown + (f" and {len(values) - 5} more" if len(values) > 5 else "")
