"""Requests are built as Power Platform builds them: placement, encoding, defaults, body, auth."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from connector_dsl.harness import Harness, HarnessError
from tests.harness import specs
from tests.harness.server import Scripted, json_answer

WIDGET = {"id": "w1", "count": 2}


def test_parameters_are_placed_by_in(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/a b", lambda s: json_answer(200, WIDGET))
    api.on("GET", "/api/widgets/a%20b", lambda s: json_answer(200, WIDGET))
    with Harness(
        specs.write(tmp_path, security="apiKey"), base_url=api.url, api_key="k"
    ) as harness:
        result = harness.call("GetWidget", id="a b", tags=["x", "y"], multi=[1, 2], flag=True)
    assert result.ok, result.findings
    seen = api.seen[0]
    assert seen.raw_path.startswith("/api/widgets/a%20b?")
    assert ("tags", "x,y") in seen.query
    assert [v for k, v in seen.query if k == "multi"] == ["1", "2"]
    assert ("flag", "true") in seen.query
    assert seen.headers["X-Mode"] == "fast"  # internal default
    assert seen.headers["X-Api-Key"] == "k"


def test_path_values_are_encoded_single_or_double(tmp_path: Path, api: Scripted) -> None:
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        harness.call("GetWidget", id="a/b:c")
        harness.call("GetFile", path="a/b:c")
    assert api.seen[0].raw_path == "/api/widgets/a%2Fb%3Ac"
    assert api.seen[1].raw_path == "/api/files/a%252Fb%253Ac"


def test_body_is_assembled_from_property_paths_with_defaults(tmp_path: Path, api: Scripted) -> None:
    api.on("POST", "/api/widgets", lambda s: json_answer(200, {}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        harness.call("CreateWidget", name="n", details__color="red")
        harness.call_with("CreateWidget", {"body": {"name": "whole"}})
    assert api.seen[0].json() == {"name": "n", "details": {"color": "red", "size": 3}}
    assert api.seen[1].json() == {"name": "whole"}


def test_form_data(tmp_path: Path, api: Scripted) -> None:
    api.on("POST", "/api/upload", lambda s: json_answer(200, {}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        harness.call("Upload", title="t", size=3)
    assert api.seen[0].body == b"title=t&size=3"


def test_input_problems_are_all_reported_before_sending(tmp_path: Path, api: Scripted) -> None:
    with (
        Harness(specs.write(tmp_path), base_url=api.url) as harness,
        pytest.raises(HarnessError) as caught,
    ):
        harness.call("CreateWidget", colour="red")
    assert caught.value.codes == ["harness-input", "harness-input"]
    assert "'colour'" in str(caught.value) and "'name'" in str(caught.value)
    assert caught.value.diagnostics[1].place.pointer == "/paths/~1widgets/post/parameters/0/schema"
    assert api.seen == []


def test_unknown_operation(tmp_path: Path) -> None:
    with Harness(specs.write(tmp_path)) as harness, pytest.raises(HarnessError, match="GetWidget"):
        harness.call("Nope")


@pytest.mark.parametrize(
    ("security", "options", "where"),
    [
        ("oauth2", {"token": "tok-0001"}, ("header", "Authorization", "Bearer tok-0001")),
        ("apiKey", {"api_key": "key-0001"}, ("header", "X-Api-Key", "key-0001")),
        ("query", {"api_key": "key-0001"}, ("query", "key", "key-0001")),
        (
            "basic",
            {"username": "user", "password": "pass-0001"},
            ("header", "Authorization", "Basic " + base64.b64encode(b"user:pass-0001").decode()),
        ),
    ],
)
def test_auth(
    tmp_path: Path,
    api: Scripted,
    security: str,
    options: dict[str, str],
    where: tuple[str, str, str],
) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, WIDGET))
    with Harness(specs.write(tmp_path, security=security), base_url=api.url, **options) as harness:
        result = harness.call("GetWidget", id="1")
    kind, name, value = where
    seen = api.seen[0]
    assert (seen.headers.get(name) if kind == "header" else dict(seen.query).get(name)) == value
    secret = next(iter(options.values())) if security != "basic" else "pass-0001"
    assert secret not in result.url and secret not in str(result.request_headers)
