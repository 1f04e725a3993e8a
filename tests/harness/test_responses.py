"""Answers are checked against the declared responses, each mismatch with its JSON pointer."""

from __future__ import annotations

from pathlib import Path

from connector_dsl.harness import Harness
from tests.harness import specs
from tests.harness.server import Scripted, json_answer


def _call(tmp_path: Path, api: Scripted, payload: object, status: int = 200):  # type: ignore[no-untyped-def]
    api.on("GET", "/api/widgets/1", lambda s: json_answer(status, payload))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        return harness.call("GetWidget", id="1")


def test_a_fitting_body_has_no_findings(tmp_path: Path, api: Scripted) -> None:
    body = {"id": "w", "count": 1, "price": 2, "kind": "a", "note": None, "owner": {"name": "x"}}
    result = _call(tmp_path, api, body)
    assert result.ok and result.findings == ()


def test_every_mismatch_has_its_pointer(tmp_path: Path, api: Scripted) -> None:
    body = {"id": 5, "count": "2", "price": "9.5", "kind": "c", "owner": {"name": None}, "a/b": 1}
    result = _call(tmp_path, api, body)
    found = {f.place.pointer: f.message for f in result.findings if f.code == "harness-schema"}
    assert set(found) == {"/id", "/count", "/price", "/kind", "/owner/name"}
    assert "string '2'" in found["/count"] and "integer" in found["/count"]
    assert "x-nullable" in found["/owner/name"]
    assert not result.ok


def test_missing_required_properties(tmp_path: Path, api: Scripted) -> None:
    result = _call(tmp_path, api, {"id": "w"})
    (problem,) = result.findings
    assert problem.place.pointer == "" and "'count'" in problem.message


def test_items_of_arrays_have_indexed_pointers(tmp_path: Path, api: Scripted) -> None:
    api.on(
        "GET",
        "/api/widgets",
        lambda s: json_answer(200, {"value": [{"id": "a", "count": 1}, {"id": "b", "count": 1.5}]}),
    )
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        result = harness.call("ListWidgets")
    assert [f.place.pointer for f in result.findings] == ["/value/1/count"]


def test_an_undeclared_status_is_a_finding(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/files/x", lambda s: json_answer(202, {}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        result = harness.call("GetFile", path="x")
    assert [f.code for f in result.findings] == ["harness-undeclared-status"]
