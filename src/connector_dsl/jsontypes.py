"""JSON value types as Swagger names them, shared by the validator, harness and importers."""

from __future__ import annotations

from typing import Any


def json_type(value: Any) -> str:
    """The Swagger type name of a JSON value: `integer` and `number` told apart."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def fits_type(value: Any, declared: str) -> bool:
    """Whether a JSON value can be a value of the declared Swagger type.

    A number fits `number`; an integral float (`2.0`) fits `integer`; anything fits `file`.
    """
    actual = json_type(value)
    if declared == "number":
        return actual in ("integer", "number")
    if declared == "integer":
        return actual == "integer" or (isinstance(value, float) and value.is_integer())
    if declared == "file":
        return True
    return actual == declared
