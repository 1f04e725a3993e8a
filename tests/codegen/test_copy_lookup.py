"""`_Copies`: an inline object schema is a copy of the first class with an equal schema.

Equal means equal as JSON: `==` alone would take `1`, `1.0` and `true` for one value.
"""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen.models import _Copies


def _schema(default: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"size": {"type": "integer", "default": default}}}


def test_an_equal_schema_finds_the_first_class_added() -> None:
    copies = _Copies()
    copies.add(_schema(1), "First")
    copies.add(_schema(1), "Second")
    assert copies.get(_schema(1)) == "First"


def test_key_order_does_not_matter() -> None:
    copies = _Copies()
    copies.add({"properties": {"a": {"type": "string"}}, "type": "object"}, "Model")
    assert copies.get({"type": "object", "properties": {"a": {"type": "string"}}}) == "Model"


def test_values_equal_by_python_but_not_as_json_differ() -> None:
    copies = _Copies()
    copies.add(_schema(True), "Flag")
    copies.add(_schema(1.0), "Real")
    assert copies.get(_schema(1)) is None
    assert copies.get(_schema(1.0)) == "Real"
    assert copies.get(_schema(True)) == "Flag"


def test_other_properties_or_values_find_nothing() -> None:
    copies = _Copies()
    copies.add(_schema(1), "Model")
    assert copies.get(_schema(2)) is None
    assert copies.get({"type": "object", "properties": {"other": {"type": "integer"}}}) is None
