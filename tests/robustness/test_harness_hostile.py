"""The harness against a misbehaving server: bounded, and no secret printed in any form."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import pytest

from tests.robustness.drip import DRIP_LIMIT, misbehaving
from tests.robustness.kit import run, write

pytestmark = pytest.mark.slow  # hostile services: slow drips and time limits

API_KEY = "k3y+Secret/Value== é"
TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.sig+/="
ROUTES = ("drip_headers", "drip_body", "huge", "bomb", "redirect", "invalid", "echo", "ok")


def _connector(tmp_path: Path, scheme: dict[str, Any]) -> Path:
    paths = {
        f"/{route}": {
            "get": {
                "operationId": route,
                "summary": route,
                "description": route,
                "parameters": [{"name": "q", "in": "query", "type": "string"}],
                "responses": {"200": {"description": "ok"}},
            }
        }
        for route in ROUTES
    }
    data = {
        "swagger": "2.0",
        "info": {"title": "H", "version": "1", "description": "d"},
        "host": "127.0.0.1:9",
        "basePath": "/",
        "schemes": ["http"],
        "securityDefinitions": {"auth": scheme},
        "security": [{"auth": []}],
        "paths": paths,
    }
    return write(tmp_path / "h.json", data)


QUERY_KEY = {"type": "apiKey", "in": "query", "name": "api_key"}
HEADER_KEY = {"type": "apiKey", "in": "header", "name": "X-Key"}
OAUTH = {
    "type": "oauth2",
    "flow": "accessCode",
    "authorizationUrl": "https://example.com/a",
    "tokenUrl": "https://example.com/t",
    "scopes": {},
}


@pytest.fixture
def server() -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    with misbehaving() as found:
        yield found


def _forms(secret: str) -> list[str]:
    raw = secret.encode()
    return [
        secret,
        quote(raw, safe=""),
        quote_plus(raw),
        quote(raw, safe="").lower(),
        json.dumps(secret)[1:-1],
        repr(raw)[2:-1],
        base64.b64encode(raw).decode(),
    ]


def _assert_no_secret(text: str, secret: str) -> None:
    for form in _forms(secret):
        assert form not in text, form


@pytest.mark.parametrize("flag", [[], ["--json"]])
@pytest.mark.parametrize("scheme", [QUERY_KEY, HEADER_KEY], ids=["query", "header"])
def test_echoed_api_key_is_scrubbed(
    flag: list[str], scheme: dict[str, Any], server: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    url, seen = server
    secret = API_KEY if scheme is QUERY_KEY else API_KEY.replace(" é", "")
    monkeypatch.setenv("CONNECTOR_API_KEY", secret)
    outcome = run("call", str(_connector(tmp_path, scheme)), "echo", "--base-url", url, *flag)
    assert seen, "the request was sent"
    text = outcome.stdout.decode() + outcome.stderr
    assert "***" in text
    _assert_no_secret(text, secret)


def test_token_with_carriage_return_is_not_sent(
    server: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    url, seen = server
    monkeypatch.setenv("CONNECTOR_TOKEN", TOKEN + "\r")
    outcome = run("call", str(_connector(tmp_path, OAUTH)), "ok", "--base-url", url)
    assert outcome.code == 2
    assert seen == []
    assert "in $CONNECTOR_TOKEN: error [harness-input]" in outcome.stderr
    assert "control character (U+000D)" in outcome.stderr
    _assert_no_secret(outcome.stdout.decode() + outcome.stderr, TOKEN)


def test_library_refuses_a_token_with_a_control_character(server: Any, tmp_path: Path) -> None:
    from connector_dsl.harness import Harness
    from connector_dsl.harness.findings import HarnessError

    url, seen = server
    connector = str(_connector(tmp_path, OAUTH))
    with (
        Harness(connector, base_url=url, token=TOKEN + "\n") as tester,
        pytest.raises(HarnessError) as raised,
    ):
        tester.call("ok")
    assert seen == []
    assert TOKEN not in str(raised.value)
    assert "U+000A" in str(raised.value)


def test_non_ascii_token_is_not_sent(server: Any, tmp_path: Path, monkeypatch: Any) -> None:
    url, seen = server
    monkeypatch.setenv("CONNECTOR_TOKEN", TOKEN + "é")
    outcome = run("call", str(_connector(tmp_path, OAUTH)), "ok", "--base-url", url)
    assert outcome.code == 1
    assert seen == []
    assert "non-ASCII text (U+00E9)" in outcome.stdout.decode()
    assert "Traceback" not in outcome.stderr


@pytest.mark.parametrize("route", ["drip_headers", "drip_body"])
def test_timeout_bounds_the_whole_request(
    route: str, server: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    url, _ = server
    monkeypatch.setenv("CONNECTOR_TOKEN", TOKEN)
    started = time.monotonic()
    outcome = run(
        "call", str(_connector(tmp_path, OAUTH)), route, "--base-url", url, "--timeout", "1"
    )
    assert time.monotonic() - started < DRIP_LIMIT - 2
    assert outcome.code == 1
    assert "[harness-timeout]" in outcome.stdout.decode()


@pytest.mark.parametrize(
    ("route", "code"),
    [("huge", "harness-too-large"), ("bomb", "harness-too-large"), ("invalid", "harness-")],
)
def test_bad_bodies_are_findings(route: str, code: str, server: Any, tmp_path: Path) -> None:
    url, _ = server
    outcome = run("call", str(_connector(tmp_path, QUERY_KEY)), route, "--base-url", url)
    assert outcome.code == 1
    assert f"[{code}" in outcome.stdout.decode()
    assert "Traceback" not in outcome.stderr


def test_redirect_is_not_followed(server: Any, tmp_path: Path) -> None:
    url, seen = server
    outcome = run("call", str(_connector(tmp_path, QUERY_KEY)), "redirect", "--base-url", url)
    assert outcome.code == 1
    assert len(seen) == 1


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "0", "x"])
def test_bad_timeouts(value: str, tmp_path: Path) -> None:
    outcome = run("call", str(_connector(tmp_path, QUERY_KEY)), "ok", "--timeout", value)
    assert outcome.code == 2
    assert "--timeout" in outcome.stderr


@pytest.mark.parametrize(
    "url", ["htp:/x", "http://[::1", "http://a b", "ftp://x", "http://x:99999", "http://"]
)
def test_bad_base_urls(url: str, tmp_path: Path) -> None:
    outcome = run("call", str(_connector(tmp_path, QUERY_KEY)), "ok", "--base-url", url)
    assert outcome.code == 2, outcome
    assert "in --base-url" in outcome.stderr


def test_url_too_long(server: Any, tmp_path: Path) -> None:
    url, seen = server
    connector = _connector(tmp_path, QUERY_KEY)
    outcome = run("call", str(connector), "ok", "--base-url", url, "-p", "q=" + "x" * 70000)
    assert outcome.code == 1
    assert "cannot be sent: URL too long" in outcome.stdout.decode()
    assert seen == []


def test_deep_param_json(tmp_path: Path) -> None:
    connector = str(_connector(tmp_path, QUERY_KEY))
    for depth in (100, 5000):
        value = "[" * depth + "]" * depth
        outcome = run("call", connector, "ok", "-p", "q:=" + value)
        assert outcome.code == 2, outcome
        assert "--param q:=" in outcome.stderr
