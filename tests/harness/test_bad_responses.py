"""Bad answers give clear findings, never a traceback, and nothing is retried."""

from __future__ import annotations

import socket
from pathlib import Path

from connector_dsl.harness import Harness
from tests.harness import specs
from tests.harness.server import Scripted, json_answer, slow

WIDGET = {"id": "w1", "count": 2}


def _codes(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.code for f in result.findings]


def test_timeout(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/1", slow(2, json_answer(200, WIDGET)))
    with Harness(specs.write(tmp_path), base_url=api.url, timeout=0.3) as harness:
        result = harness.call("GetWidget", id="1")
    assert _codes(result) == ["harness-timeout"] and result.status is None
    assert "does not retry" in result.findings[0].message
    assert len(api.seen) == 1


def test_connection_refused(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with Harness(specs.write(tmp_path), base_url=f"http://127.0.0.1:{port}", timeout=2) as harness:
        result = harness.call("GetWidget", id="1")
    assert _codes(result) == ["harness-connect"]
    assert f"127.0.0.1:{port}" in result.findings[0].message


def test_non_json_body(tmp_path: Path, api: Scripted) -> None:
    api.on(
        "GET",
        "/api/widgets/1",
        lambda s: (200, {"Content-Type": "text/html"}, b"<html>oops</html>"),
    )
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        result = harness.call("GetWidget", id="1")
    assert _codes(result) == ["harness-not-json"]
    assert "<html>oops</html>" in result.findings[0].message


def test_error_status_with_error_body(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(404, {"message": "no widget 1"}))
    api.on("GET", "/api/widgets/2", lambda s: json_answer(503, {"error": "down"}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        missing = harness.call("GetWidget", id="1")
        down = harness.call("GetWidget", id="2")
    assert _codes(missing) == ["harness-status"] and "no widget 1" in missing.findings[0].message
    assert _codes(down) == ["harness-status", "harness-undeclared-status"]
    assert "503" in down.findings[0].message and "down" in down.findings[0].message
    assert len(api.seen) == 2


def test_redirect_is_reported_not_followed(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/1", lambda s: (302, {"Location": "/elsewhere"}, b""))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        result = harness.call("GetWidget", id="1")
    assert _codes(result) == ["harness-redirect"]
    assert "/elsewhere" in result.findings[0].message
    assert [s.path for s in api.seen] == ["/api/widgets/1"]


def test_oversized_body_is_cut_off(tmp_path: Path, api: Scripted) -> None:
    big = b'{"id": "' + b"x" * 300_000 + b'", "count": 1}'
    chunked = {"Content-Type": "application/json", "Content-Length": str(len(big))}
    api.on("GET", "/api/widgets/1", lambda s: (200, chunked, big))
    with Harness(specs.write(tmp_path), base_url=api.url, max_bytes=100_000) as harness:
        result = harness.call("GetWidget", id="1")
    assert _codes(result) == ["harness-too-large"] and result.body is None
    assert "100000" in result.findings[0].message
