"""A body on a GET is typed unless the designer may call that GET itself (then `Exact`)."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen.operations import designer_targets
from tests.codegen.operation_documents import document, field_line, generated, operation

BODY = {"name": "query", "in": "body", "required": True, "schema": {"type": "object"}}
FORM = {"name": "note", "in": "formData", "required": False, "type": "string"}


def _pick(target: str) -> dict[str, Any]:
    """A query input whose dropdown calls `target`."""
    dynamic = {"operationId": target, "value-path": "id"}
    return {"name": "pick", "in": "query", "type": "string", "x-ms-dynamic-values": dynamic}


def test_a_body_on_a_get_nothing_calls_is_typed() -> None:
    source, plan = generated(document({"/find": {"get": operation("Find", [BODY])}}))
    assert plan.exact == {}
    assert field_line(source, "query") == "query: Annotated[FindQueryBody, Body()]"


def test_a_body_on_a_get_a_dropdown_calls_is_exact() -> None:
    paths = {
        "/find": {"get": operation("Find", [BODY])},
        "/things": {"post": operation("AddThing", [_pick("Find")])},
    }
    _source, plan = generated(document(paths))
    assert plan.exact == {("/find", "get"): {0}}


def test_a_form_field_on_the_connection_test_is_exact() -> None:
    paths = {"/me": {"get": operation("Me", [FORM])}}
    data = document(paths, **{"x-ms-capabilities": {"testConnection": {"operationId": "Me"}}})
    _source, plan = generated(data)
    assert plan.exact == {("/me", "get"): {0}}


def test_a_body_on_a_head_is_exact() -> None:
    _source, plan = generated(document({"/find": {"head": operation("Find", [BODY])}}))
    assert plan.exact == {("/find", "head"): {0}}


def test_the_targets_are_the_operation_ids_named_as_calls_not_an_operations_own() -> None:
    paths = {
        "/find": {"get": operation("Find", [BODY])},
        "/things": {"post": operation("AddThing", [_pick("Find")])},
    }
    data = document(paths, **{"x-ms-capabilities": {"testConnection": {"operationId": "Me"}}})
    assert designer_targets(data) == frozenset({"Find", "Me"})
