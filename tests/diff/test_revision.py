"""Revising an operation in Python: `Route(...).retired()` and `Annotation.after(Old)`."""

from __future__ import annotations

import pytest

from connector_dsl import Annotation, Route, build, to_data
from connector_dsl.diff import compare
from connector_dsl.errors import AuthoringError
from tests.diff.versions import ItemsBroken, ItemsV1, ItemsV2, ListItems, ListItemsV2


def test_retired_route_is_deprecated_and_internal() -> None:
    route = Route(method="GET", path="/items", summary="List items").retired()
    assert (route.deprecated, route.visibility) == (True, "internal")


def test_after_takes_the_family_and_the_next_revision() -> None:
    assert Annotation.after(ListItems) == Annotation(family="ListItems", revision=2)
    assert Annotation.after(ListItemsV2) == Annotation(family="ListItems", revision=3)


def test_after_refuses_what_is_not_an_operation() -> None:
    with pytest.raises(AuthoringError) as caught:
        Annotation.after(int)
    assert caught.value.codes == ["route-argument"]


def test_built_documents_carry_the_pattern() -> None:
    paths = to_data(build(ItemsV2))["paths"]
    old, new = paths["/items"]["get"], paths["/v2/items"]["get"]
    assert (old["deprecated"], old["x-ms-visibility"]) == (True, "internal")
    assert new["x-ms-api-annotation"] == {"family": "ListItems", "revision": 2}


def test_diff_recognises_the_pattern_as_not_breaking() -> None:
    changes = compare(to_data(build(ItemsV1)), to_data(build(ItemsV2)))
    assert [(c.rule, c.severity) for c in changes] == [
        ("operation-superseded", "info"),
        ("operation-added", "info"),
    ]


def test_the_same_change_in_place_breaks_flows() -> None:
    changes = compare(to_data(build(ItemsV1)), to_data(build(ItemsBroken)))
    assert sorted(c.rule for c in changes if c.severity == "breaking") == [
        "input-added-required",
        "input-removed",
        "output-removed",
    ]
