"""The pytest plugin gives authors `connector_harness` and `connector_fake`."""

from __future__ import annotations

from pathlib import Path

from connector_dsl.harness.fixture import FakeFactory, HarnessFactory
from tests.harness import specs


def test_the_fixtures_drive_a_generated_fake(
    tmp_path: Path, connector_harness: HarnessFactory, connector_fake: FakeFactory
) -> None:
    folder = specs.write(tmp_path)
    fake = connector_fake(folder)
    harness = connector_harness(folder, base_url=fake.url)
    result = harness.call("GetWidget", id="w 1")
    assert result.ok, result.findings
    assert set(result.body) >= {"id", "count"}
    assert harness.values("PickWidget", "widget", kind="a") == [
        ("id-1", "name-1"),
        ("id-2", "name-2"),
    ]
    with harness.webhook("Subscribe", event="x", wait=5) as hook:
        note = hook.wait()
    assert note.ok and hook.unsubscribed is not None and hook.unsubscribed.status == 204
    assert fake.hooks == set()
