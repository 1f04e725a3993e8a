"""`Copies`: an inline object schema is a copy of the first class with an equal schema.

Equal means equal as JSON: `==` alone would take `1`, `1.0` and `true` for one value.
"""

from __future__ import annotations

import enum
from typing import Any

from connector_dsl.codegen.copies import Copies, json_key


def _schema(default: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"size": {"type": "integer", "default": default}}}


def test_an_equal_schema_finds_the_first_class_added() -> None:
    copies = Copies()
    copies.add(_schema(1), "First")
    copies.add(_schema(1), "Second")
    assert copies.get(_schema(1)) == "First"


def test_key_order_does_not_matter() -> None:
    copies = Copies()
    copies.add({"properties": {"a": {"type": "string"}}, "type": "object"}, "Model")
    assert copies.get({"type": "object", "properties": {"a": {"type": "string"}}}) == "Model"


def test_values_equal_by_python_but_not_as_json_differ() -> None:
    copies = Copies()
    copies.add(_schema(True), "Flag")
    copies.add(_schema(1.0), "Real")
    copies.add(_schema(-0.0), "Negative")
    assert copies.get(_schema(1)) is None
    assert copies.get(_schema(0.0)) is None
    assert copies.get(_schema(1.0)) == "Real"
    assert copies.get(_schema(True)) == "Flag"
    assert copies.get(_schema(-0.0)) == "Negative"


class _Kind(enum.StrEnum):
    NUMBER = "number"


def test_values_marshal_cannot_write_are_compared_as_json() -> None:
    copies = Copies()
    copies.add({"type": "object", "properties": {"n": {"type": _Kind.NUMBER}}}, "Model")
    assert copies.get({"type": "object", "properties": {"n": {"type": "number"}}}) == "Model"


def test_other_properties_or_values_find_nothing() -> None:
    copies = Copies()
    copies.add(_schema(1), "Model")
    assert copies.get(_schema(2)) is None
    assert copies.get({"type": "object", "properties": {"other": {"type": "integer"}}}) is None


def test_json_key_sorts_keys_and_tells_types_apart() -> None:
    assert json_key({"b": 1, "a": True}) == '{"a": true, "b": 1}'
    assert json_key([1.0]) != json_key([1])


def test_classes_added_inside_out_after_misses_are_found() -> None:
    inner = {"type": "object", "properties": {"x": {"type": "string"}}}
    outer = {"type": "object", "properties": {"inner": inner}}
    copies = Copies()
    assert copies.get(outer) is None  # the outer class is made after the inner one
    assert copies.get(inner) is None
    copies.add(inner, "Inner")
    copies.add(outer, "Outer")
    copies.add(_schema(1), "Added")  # a definition's class, added without asking
    assert copies.get({"type": "object", "properties": {"inner": dict(inner)}}) == "Outer"
    assert copies.get(dict(inner)) == "Inner"
    assert copies.get(_schema(1)) == "Added"
