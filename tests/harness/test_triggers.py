"""Webhook triggers receive notifications on a local callback URL; polling keeps its state."""

from __future__ import annotations

import json
import threading
import urllib.request
from pathlib import Path

import pytest

from connector_dsl.harness import Harness, HarnessError
from tests.harness import specs
from tests.harness.server import Scripted, Seen, json_answer


def _post_later(url: str, payload: object) -> None:
    def send() -> None:
        data = json.dumps(payload).encode()
        request = urllib.request.Request(
            url, data=data, headers={"Content-Type": "application/json"}
        )
        urllib.request.urlopen(request, timeout=5).close()

    threading.Timer(0.1, send).start()


def test_webhook_without_location_deletes_by_id(tmp_path: Path, api: Scripted) -> None:
    def register(seen: Seen) -> tuple[int, dict[str, str], bytes]:
        _post_later(seen.json()["url"], {"id": "e1", "value": "not a number"})
        return json_answer(201, {"id": "h-9"})

    api.on("POST", "/api/hooks", register)
    api.on("DELETE", "/api/hooks/h-9", lambda s: (204, {}, b""))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        with harness.webhook("Subscribe", event="created", wait=5) as hook:
            assert api.seen[0].json() == {"event": "created", "url": hook.callback_url}
            note = hook.wait()
        assert note.body["id"] == "e1"
        assert [f.place.pointer for f in note.findings] == ["/value"]
        assert hook.unsubscribed is not None and hook.unsubscribed.status == 204
    assert [s.method + " " + s.path for s in api.seen] == [
        "POST /api/hooks",
        "DELETE /api/hooks/h-9",
    ]


def test_webhook_with_location_deletes_it(tmp_path: Path, api: Scripted) -> None:
    api.on(
        "POST",
        "/api/hooks",
        lambda s: json_answer(201, {}, {"Location": f"{api.url}/api/hooks/abc"}),
    )
    api.on("DELETE", "/api/hooks/abc", lambda s: (204, {}, b""))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        with (
            harness.webhook("Subscribe", wait=0.2) as hook,
            pytest.raises(HarnessError, match="no notification"),
        ):
            hook.wait()
        assert hook.unsubscribed is not None and hook.unsubscribed.ok
    assert api.seen[-1].method == "DELETE" and api.seen[-1].path == "/api/hooks/abc"


def test_a_failed_registration_raises_and_stops_the_callback_server(
    tmp_path: Path, api: Scripted
) -> None:
    api.on("POST", "/api/hooks", lambda s: json_answer(400, {"message": "bad url"}))
    harness = Harness(specs.write(tmp_path), base_url=api.url)
    with pytest.raises(HarnessError, match="bad url"), harness.webhook("Subscribe"):
        pass
    harness.close()


def test_polling_keeps_the_trigger_state(tmp_path: Path, api: Scripted) -> None:
    pages = [
        {
            "value": [
                {"id": "2", "count": 1, "created": "t2"},
                {"id": "1", "count": 1, "created": "t1"},
            ]
        },
        {"value": []},
    ]
    api.on("GET", "/api/items", lambda s: json_answer(200, pages[min(len(api.seen) - 1, 1)]))
    policies = [
        {
            "templateId": "pollingtrigger",
            "title": "poll",
            "type": "PollingTrigger",
            "parameters": {
                "x-ms-apimTemplate-operationName": ["PollItems"],
                "x-ms-apimTemplateParameter.triggerConfig": {
                    "since": "@{triggerBody().value[0].created}"
                },
                "x-ms-apimTemplateParameter.triggerDataPath": "@triggerBody().value",
            },
        }
    ]
    with Harness(specs.write(tmp_path, policies=policies), base_url=api.url) as harness:
        poller = harness.poller("PollItems")
        first, second = poller.poll(), poller.poll()
    assert [item["id"] for item in first.items] == ["2", "1"]
    assert second.items == []
    assert api.seen[0].query == [] and api.seen[1].query == [("since", "t2")]
    assert poller.state == {"since": "t2"}


def test_polling_without_a_policy_reads_the_single_array(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/items", lambda s: json_answer(200, {"value": [{"id": "1", "count": 1}]}))
    with Harness(specs.write(tmp_path), base_url=api.url) as harness:
        assert harness.poll("PollItems").items == [{"id": "1", "count": 1}]
