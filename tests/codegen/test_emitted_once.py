"""A field's emitted parameter is computed once per declaration alike but for its given keys."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import parameters
from connector_dsl.codegen.parameters import InputField, input_type


def _field(location: str, python: str, marker: dict[str, Any], **kwargs: Any) -> InputField:
    param = kwargs.get("param", {"type": "string"})
    required = kwargs.get("required", location == "path")
    return InputField(
        python=python,
        location=location,
        kind=input_type(param),
        marker=marker,
        required=required,
        takes_none=not required,
        field=kwargs.get("field", {}),
    )


CASES = [
    _field("query", "top", {"description": "Top", "summary": "Count"}, param={"type": "integer"}),
    _field("query", "top", {"name": "$top", "description": "", "visibility": "advanced"}),
    _field("path", "site_id", {"name": "siteId", "summary": "Site", "url_encoding": "double"}),
    _field("header", "accept", {"name": "Accept", "default": "json"}),
    _field("formData", "file", {"description": "The file"}, param={"type": "file"}),
    _field(
        "query", "mode", {"default": "fast", "visibility": "internal", "enum": ["fast", "slow"]}
    ),
    _field("query", "page", {"default": None}, param={"type": "integer"}),
    _field("header", "kind", {"enum": {"a": "A kind", "b": "B kind"}}, required=True),
    _field("body", "body", {"description": "The body", "summary": "Body"}, required=True),
    _field("body", "body", {"name": "Item", "description": "", "whole": True}),
    _field("body", "data", {"visibility": "internal"}, param={"type": "file"}),
]


def test_the_memo_gives_what_the_compiler_writes_in_its_order() -> None:
    for field in CASES:
        found = field._emitted_once()
        written = field.emitted()
        assert found == written
        assert list(found) == list(written)


def test_fields_differing_in_given_keys_share_one_entry() -> None:
    parameters._EMITTED.clear()
    first = _field("query", "a", {"name": "$a", "description": "One", "summary": "A"})
    second = _field("query", "b", {"description": "Two", "summary": "B"})
    assert first._emitted_once()["description"] == "One"
    assert second._emitted_once() == second.emitted()
    assert len(parameters._EMITTED) == 1
    assert second._emitted_once()["name"] == "b"
    assert first._emitted_once()["x-ms-summary"] == "A"


def test_a_blank_summary_is_left_to_the_marker() -> None:
    field = _field("query", "q", {"summary": "   "})
    assert parameters._given("q", field.marker, body=False) == {"name": "q"}


def test_a_body_named_as_a_path_is_emitted_whole() -> None:
    field = _field("body", "scope", {"name": "a/b", "description": "Nested"}, required=True)
    assert parameters._given("scope", field.marker, body=True) == {}
    assert field._emitted_once() == field.emitted()
    assert field._emitted_once()["name"] != "a/b"  # the inline body's, the route's name


def _compared(field: InputField, want: dict[str, Any]) -> dict[str, Any] | None:
    field.compare(want)
    return field.raw


def test_compare_reads_a_given_key_the_input_has_otherwise() -> None:
    field = _field("query", "top", {"name": "$top", "description": "Top"})
    want = {"name": "$top", "in": "query", "required": False, "type": "string"}
    assert _compared(field, {**want, "description": "Top"}) == {}
    assert _compared(field, {**want, "description": "Other"}) == {"keys": {"description": "Other"}}
    assert _compared(field, want) == {"drop": ("description",)}


def test_fields_differing_in_default_and_enum_share_one_entry() -> None:
    parameters._EMITTED.clear()
    first = _field("query", "a", {"default": "x", "enum": ["x", "y"], "visibility": "internal"})
    second = _field("query", "b", {"default": 2, "enum": [2, 3], "visibility": "internal"})
    for field in (first, second):
        assert field._emitted_once() == field.emitted()
        assert list(field._emitted_once()) == list(field.emitted())
    assert len(parameters._EMITTED) == 1
    assert second._emitted_once()["default"] == 2
    assert second._emitted_once()["required"] is True  # internal with a default: sent always
    without = _field("query", "c", {"enum": [2, 3], "visibility": "internal"})
    assert without._emitted_once()["required"] is False
    assert len(parameters._EMITTED) == 2
