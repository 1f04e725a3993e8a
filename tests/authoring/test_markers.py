"""Markers check their own arguments when constructed (mypy does not look inside Annotated)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import pytest
from pydantic import BaseModel

from connector_dsl import AuthoringError, Body, Query, Route, Ui, extension
from connector_dsl import Path as PathMarker
from tests.authoring.sample import TEAMS


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda: Query(visibility="importnat"), "marker-visibility"),
        (lambda: PathMarker(url_encoding="triple"), "marker-url-encoding"),
        (lambda: Ui(summary="  "), "marker-summary"),
        (lambda: Body(enum=[]), "marker-enum"),
        (lambda: Query(name=""), "marker-name"),
        (lambda: Query(dynamic=TEAMS.operation), "marker-dynamic"),
        (lambda: Query(extensions=[("x-a", 1)]), "marker-extension"),
        (lambda: extension("ms-summary", "x"), "extension-key"),
        (lambda: Route(method="FETCH", path="/a", summary="A"), "route-argument"),
        (lambda: Route(method="GET", path="a", summary="A"), "route-argument"),
        (
            lambda: Route(method="GET", path="/a", summary="A", visibility="hidden"),
            "route-argument",
        ),
    ],
)
def test_bad_argument_raises_with_the_line_that_made_it(make: Any, code: str) -> None:
    with pytest.raises(AuthoringError) as caught:
        make()
    diagnostic = caught.value.diagnostics[0]
    assert diagnostic.code == code
    assert diagnostic.place.file is not None
    assert diagnostic.place.file.endswith("test_markers.py")
    assert diagnostic.place.line is not None


def test_good_markers_construct() -> None:
    marker = Query(summary="Top", visibility="advanced", enum={1: "One"}, name="$top")
    assert marker.location == "query"
    assert marker.name == "$top"
    assert extension("x-custom", {"a": 1}).value == {"a": 1}


def test_route_names_the_class_and_attribute_it_is_assigned_to() -> None:
    with pytest.raises(AuthoringError) as caught:

        class Hidden:
            route = Route(method="GET", path="/a", summary="A", visibility="hidden")  # type: ignore[arg-type]

    diagnostic = caught.value.diagnostics[0]
    assert diagnostic.message == (
        "Route(...): visibility='hidden' must be one of 'important', 'advanced', 'internal'"
    )
    assert diagnostic.place.python == (
        "test_route_names_the_class_and_attribute_it_is_assigned_to.<locals>.Hidden.route"
    )


def test_marker_names_the_class_and_field_it_annotates() -> None:
    with pytest.raises(AuthoringError) as caught:

        class Hidden(BaseModel):
            name: Annotated[str, Query(visibility="hidden")]  # type: ignore[arg-type]

    place = caught.value.diagnostics[0].place
    assert place.python == (
        "test_marker_names_the_class_and_field_it_annotates.<locals>.Hidden.name"
    )
    assert place.line is not None
    assert (
        'Query(visibility="hidden")'
        in Path(place.file or "").read_text().splitlines()[place.line - 1]
    )
