"""Dropdowns and dynamic schemas are filled by calling their operations."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.harness import Harness, HarnessError
from tests.harness import specs
from tests.harness.server import Scripted, json_answer

PAGE = {
    "value": [
        {"id": "w1", "count": 1, "owner": {"name": "Ann"}},
        {"id": "w2", "count": 1, "owner": {"name": "Bob"}},
    ]
}


def test_dynamic_values_with_a_parameter_reference(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets", lambda s: json_answer(200, PAGE))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        pairs = harness.values("PickWidget", "widget", kind="a")
    assert pairs == [("w1", "Ann"), ("w2", "Bob")]
    assert api.seen[0].query == [("kind", "a")]


def test_dynamic_list_on_a_body_property_with_a_body_reference(
    tmp_path: Path, api: Scripted
) -> None:
    api.on("GET", "/api/widgets", lambda s: json_answer(200, PAGE))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        pairs = harness.values("CreateWidget", "widget", details__color="red")
        whole = harness.values("CreateWidget", "body/widget", body={"details": {"color": "blue"}})
    assert pairs == whole == [("w1", "Ann"), ("w2", "Bob")]
    assert [s.query for s in api.seen] == [[("kind", "red")], [("kind", "blue")]]


def test_a_missing_choice_is_named(tmp_path: Path, api: Scripted) -> None:
    with (
        Harness(specs.write(tmp_path), base_url=api.url) as harness,
        pytest.raises(HarnessError) as caught,
    ):
        harness.values("CreateWidget", "widget")
    assert "choose 'body/details/color' first" in str(caught.value)
    assert api.seen == []


def test_a_failed_dropdown_call_raises_its_findings(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets", lambda s: json_answer(500, {"message": "boom"}))
    with (
        Harness(specs.write(tmp_path), base_url=api.url) as harness,
        pytest.raises(HarnessError, match="boom"),
    ):
        harness.values("PickWidget", "widget", kind="a")


def test_a_collection_that_is_not_an_array(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets", lambda s: json_answer(200, {"items": []}))
    with (
        Harness(specs.write(tmp_path), base_url=api.url) as harness,
        pytest.raises(HarnessError) as caught,
    ):
        harness.values("PickWidget", "widget", kind="a")
    assert caught.value.codes == ["harness-dynamic"]


def test_dynamic_schema(tmp_path: Path, api: Scripted) -> None:
    shape = {"type": "object", "properties": {"size": {"type": "integer"}}}
    api.on("GET", "/api/schema/cars", lambda s: json_answer(200, {"schema": shape}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        assert harness.schema("WithDynamic", "data", kind="cars") == shape
