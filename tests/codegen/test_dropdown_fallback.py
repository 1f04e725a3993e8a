"""A dropdown is a typed `DynamicValues` only where that builds its keys; else extensions."""

from __future__ import annotations

from typing import Any

from tests.codegen.operation_documents import document, field_line, generated, operation


def _sites() -> dict[str, Any]:
    sites = operation("ListSites")
    sites["responses"]["200"]["schema"] = {
        "type": "array",
        "items": {"type": "object", "properties": {"id": {"type": "string"}}},
    }
    return sites


def _paths(values: dict[str, Any]) -> dict[str, Any]:
    site = {"name": "site", "in": "query", "required": True, "type": "string"}
    return {
        "/sites": {"get": _sites()},
        "/items": {"get": operation("ListItems", [site | {"x-ms-dynamic-values": values}])},
    }


def test_a_dropdown_the_marker_builds_is_typed() -> None:
    values = {"operationId": "ListSites", "parameters": {}, "value-path": "id"}
    source, _plan = generated(document(_paths(values)))
    # `DynamicValues` writes `x-ms-dynamic-list` too, which this input leaves out
    assert field_line(source, "site") == (
        "site: Annotated[str, Query(dynamic=DynamicValues(ListSites, value='id')), "
        "Raw(drop=('x-ms-dynamic-list',))]"
    )


def test_a_dropdown_without_parameters_is_kept_as_given() -> None:
    # `DynamicValues` writes `parameters: {}`: the keys as given, not beside a typed dropdown
    values = {"operationId": "ListSites", "value-path": "id"}
    source, _plan = generated(document(_paths(values)))
    assert field_line(source, "site") == (
        "site: Annotated[str, Query(extensions=(extension('x-ms-dynamic-values', "
        "{'operationId': 'ListSites', 'value-path': 'id'}),))]"
    )
