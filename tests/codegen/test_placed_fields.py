"""A parameter written `Exact(...)` gets a field of its place, name and type alone."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import operations
from connector_dsl.codegen.parameters import input_type
from tests.codegen.operation_documents import document, field_line, generated, operation

TOP: dict[str, Any] = {
    "name": "$top",
    "in": "query",
    "required": True,
    "type": "integer",
    "minimum": 1,
    "enum": [1, 5],
    "x-ms-summary": "Top",
    "x-nullable": True,
    "x-custom": [1],
}


def test_the_field_keeps_only_what_exact_leaves_to_it() -> None:
    field = operations._placed("top", TOP, "query", "$top")
    assert field.marker == {"name": "$top"}
    assert field.kind == input_type(TOP)
    assert field.required is True
    assert field.takes_none is True  # required, and null allowed
    assert field.field == {}
    assert operations._placed("site", {"name": "site"}, "path", "site").marker == {}


def test_bodies_and_dropdowns_are_planned_whole() -> None:
    assert operations._placed_only(TOP, "query")
    assert not operations._placed_only({"name": "b", "in": "body", "schema": {}}, "body")
    dropdown = {**TOP, "x-ms-dynamic-values": {"operationId": "List", "value-path": "id"}}
    assert not operations._placed_only(dropdown, "query")


def test_a_referenced_parameter_is_written_exact() -> None:
    data = document(
        {"/things": {"get": operation("ListThings", [{"$ref": "#/parameters/Top"}])}},
        parameters={"Top": TOP},
    )
    source, _plan = generated(data)
    assert field_line(source, "top") == (
        "top: Annotated[int | None, Query(name='$top'), Exact({'$ref': '#/parameters/Top'})]"
    )
