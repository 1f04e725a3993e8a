"""Harness codes for a wrong operation name, a webhook without a callback, a bad poll answer."""

from __future__ import annotations

import json
import socket
import threading
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.harness import Harness, HarnessError
from tests.harness import specs
from tests.harness.server import Scripted, Seen, json_answer


def _edited(tmp_path: Path, edit: Any) -> Path:
    folder = specs.write(tmp_path)
    swagger = folder / "apiDefinition.swagger.json"
    data = json.loads(swagger.read_text())
    edit(data)
    swagger.write_text(json.dumps(data))
    return folder


def test_an_unknown_operation_lists_the_known_ones(tmp_path: Path, api: Scripted) -> None:
    with (
        Harness(specs.write(tmp_path), base_url=api.url) as harness,
        pytest.raises(HarnessError) as caught,
    ):
        harness.call("Nope")
    assert caught.value.codes == ["harness-operation"]
    assert "ListWidgets" in str(caught.value)


def test_a_webhook_without_a_notification_url(tmp_path: Path, api: Scripted) -> None:
    def drop_url(data: dict[str, Any]) -> None:
        body = data["paths"]["/hooks"]["post"]["parameters"][0]["schema"]
        del body["properties"]["url"]["x-ms-notification-url"]

    with (
        Harness(_edited(tmp_path, drop_url), base_url=api.url) as harness,
        pytest.raises(HarnessError) as caught,
        harness.webhook("Subscribe", wait=0.1),
    ):
        pass
    assert caught.value.codes == ["harness-webhook"]


def test_a_notification_without_declared_content_is_noted(tmp_path: Path, api: Scripted) -> None:
    def drop_content(data: dict[str, Any]) -> None:
        del data["paths"]["/hooks"]["x-ms-notification-content"]

    def register(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        url = seen.json()["url"]

        def send() -> None:
            request = urllib.request.Request(
                url, data=b'{"id": "e1"}', headers={"Content-Type": "application/json"}
            )
            urllib.request.urlopen(request, timeout=5).close()

        threading.Timer(0.1, send).start()
        return json_answer(201, {"id": "h-1"})

    api.on("POST", "/api/hooks", register)
    api.on("DELETE", "/api/hooks/h-1", lambda s: (204, {}, b""))
    with (
        Harness(_edited(tmp_path, drop_content), base_url=api.url) as harness,
        harness.webhook("Subscribe", wait=5) as hook,
    ):
        note = hook.wait()
    assert note.body == {"id": "e1"}
    assert [f.code for f in note.findings] == ["harness-notification"]
    assert note.findings[0].severity == "warning"


def test_a_batch_trigger_that_answers_no_array(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/items", lambda s: json_answer(200, {"count": 0}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        result = harness.poll("PollItems")
    assert result.items == []
    assert "harness-polling" in [f.code for f in result.findings]


def test_a_broken_http_answer_is_a_transport_finding(tmp_path: Path) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)

    def answer_garbage() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"this is not HTTP\r\n\r\n")

    thread = threading.Thread(target=answer_garbage, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    try:
        with Harness(specs.write(tmp_path), base_url=base) as harness:
            result = harness.call("ListWidgets")
    finally:
        thread.join(timeout=5)
        listener.close()
    assert result.status is None
    assert [f.code for f in result.findings] == ["harness-transport"]
