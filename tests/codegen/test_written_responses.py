"""`responses.written`: per key, what a response's typed arguments do not write as given."""

from __future__ import annotations

from connector_dsl.codegen.plan import DROP
from connector_dsl.codegen.responses import raw_call, written

SCHEMA = {"type": "object", "properties": {"id": {"type": "string"}}}


def test_a_typed_response_leaves_nothing_raw() -> None:
    shown = written({"description": "OK", "schema": SCHEMA}, False, {})
    assert shown.description == "OK"
    assert shown.raw == {}
    assert raw_call(shown.raw) is None


def test_a_schema_no_type_writes_is_raw() -> None:
    shown = written({"description": "OK", "schema": SCHEMA}, True, {})
    assert shown.raw == {"schema": SCHEMA}


def test_keys_the_arguments_do_not_write_in_the_input_order() -> None:
    want = {"x-ms-summary": "Done", "examples": {"a": 1}}
    shown = written(want, False, {"schema": {"type": "string"}})
    assert shown.description == ""
    assert list(shown.raw) == ["x-ms-summary", "examples", "description", "schema"]
    assert shown.raw["description"] is DROP
    call = raw_call(shown.raw)
    assert call is not None
    assert call.source().startswith("Raw(keys={'x-ms-summary': 'Done'")


def test_typed_headers_are_compared_as_the_compiler_writes_them() -> None:
    header = {"type": "string", "description": "Next page"}
    shown = written({"description": "OK", "headers": {"Link": header}}, False, {})
    assert list(shown.headers) == ["Link"]
    assert shown.raw == {}
