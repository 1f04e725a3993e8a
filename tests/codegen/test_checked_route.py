"""The route whose head `_head_raw` compares is made without checking its arguments again."""

from __future__ import annotations

import pytest

from connector_dsl.authoring import Route
from connector_dsl.codegen.operations import _CheckedRoute
from connector_dsl.codegen.parameters import MADE_HERE
from connector_dsl.compile.emit import operation_head
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError

ARGS = {
    "method": "GET",
    "path": "/tasks",
    "summary": "List tasks",
    "visibility": "important",
    "tags": ("Tasks",),
    "consumes": (),
    "next_link": "next",
}


def test_checked_route_writes_the_head_a_route_writes() -> None:
    checked = _CheckedRoute(**ARGS, place=MADE_HERE)  # type: ignore[arg-type]
    route = Route(**ARGS, place=MADE_HERE)  # type: ignore[arg-type]
    assert isinstance(checked, Route)
    head = to_data(operation_head(checked, "ListTasks", "All.", "polling", "single"))
    assert head == to_data(operation_head(route, "ListTasks", "All.", "polling", "single"))
    assert head == {
        "tags": ["Tasks"],
        "summary": "List tasks",
        "description": "All.",
        "operationId": "ListTasks",
        "consumes": [],
        "responses": {},
        "x-ms-visibility": "important",
        "x-ms-trigger": "single",
        "x-ms-pageable": {"nextLinkName": "next"},
    }


def test_checked_route_skips_the_checks() -> None:
    with pytest.raises(AuthoringError):
        Route(**{**ARGS, "path": "tasks"}, place=MADE_HERE)  # type: ignore[arg-type]
    assert _CheckedRoute(**{**ARGS, "path": "tasks"}, place=MADE_HERE).path == "tasks"  # type: ignore[arg-type]
