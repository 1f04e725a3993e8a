"""One RFI flow through the harness against the fake generated from Autodesk's contracts.

The flow a construction team builds: "When an RFI is created" in a project picked
from the dropdowns, then "Get RFI" on the RFI the trigger gave, then "Update RFI"
to move it to a status from the status list and hand it to a project member from
the assignee list. The trigger is polled as Power Automate polls it: the first
check fires for the RFI already there, a new RFI then appears in the project, and
the next check fires for it alone because the cursor moved on. `acc.csx` runs
under Mono on the way (it removes the project's `b.`). The fake checks every
request against Autodesk's RFI collection; the assertions read them as received.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.aps import world
from tests.aps.contract_env import REGION, acc_harness, running_fake
from tests.aps.spec_fake import Received

pytestmark = pytest.mark.slow  # a whole RFI flow under Mono

RFI_PATH = f"/construction/rfis/v3/projects/{world.PROJECT_GUID}"
REGION_HEADERS = ("x-ads-region", "Region", "region")

NEW_RFI = {
    "id": "5e6f7a8b-8888-4e2d-9b8a-7c6d5e4f3a2b",
    "customIdentifier": "2",
    "title": "Slab depth at grid C",
    "status": "submitted",
    "createdAt": "2025-07-02T10:00:00.000Z",
    "updatedAt": "2025-07-02T10:00:00.000Z",
}
"""An RFI someone creates in ACC between two checks of the trigger."""


def _status_choices(harness: Any) -> list[str]:
    """The statuses the designer lists for Update RFI's `status` (its enum)."""
    definition = harness.source.data["definitions"]["RfiChanges"]
    return list(definition["properties"]["status"]["enum"])


def test_new_rfi_is_read_and_moved_on_with_values_from_the_dropdowns() -> None:
    with running_fake() as fake, acc_harness(fake) as harness:
        hub = harness.values("WhenRfiCreated", "hub_id")[0][0]
        project, project_title = harness.values("WhenRfiCreated", "projectId", hub_id=hub)[0]
        assert (hub, project, project_title) == (world.HUB, world.PROJECT, "Harbor Tower")

        poller = harness.poller("WhenRfiCreated", projectId=project)
        first = poller.poll()
        assert [rfi["id"] for rfi in first.items] == [world.RFI]
        assert poller.state == {"offset": "1"}
        fake.world.rfis.append(dict(NEW_RFI))
        second = poller.poll()
        quiet = poller.poll()
        assert [rfi["title"] for rfi in second.items] == [NEW_RFI["title"]]
        assert quiet.items == []
        assert poller.state == {"offset": "2"}
        assert first.result.ok and second.result.ok and quiet.result.ok

        rfi_id = second.items[0]["id"]
        choices = harness.values("GetRfi", "rfiId", projectId=project)
        assert (rfi_id, NEW_RFI["title"]) in choices
        read = harness.call("GetRfi", projectId=project, rfiId=rfi_id)
        assert read.ok, read.findings
        assert (read.body["id"], read.body["status"]) == (rfi_id, "submitted")

        statuses = _status_choices(harness)
        people = harness.values("UpdateRfi", "assignedTo/id", projectId=project)
        assert "open" in statuses
        assert people == [(world.USER, "Dana Reyes")]
        moved = harness.call(
            "UpdateRfi",
            projectId=project,
            rfiId=rfi_id,
            status="open",
            assignedTo=[{"id": people[0][0], "type": "user"}],
        )
        assert moved.ok, moved.findings
        assert moved.body["status"] == "open"

    assert [r for r in fake.received if r.problems or r.response_problems] == []
    assert fake.world.rfis[-1]["status"] == "open"
    rfi_calls = [r.seen for r in fake.received if r.seen.path.startswith("/construction/rfis/")]
    searches = [s for s in rfi_calls if s.path.endswith("/search:rfis")]
    # the poller's three checks, then the RFI dropdown (a List RFIs call)
    assert {s.path for s in searches} == {f"{RFI_PATH}/search:rfis"}
    assert [s.query for s in searches[:3]] == [(), (("offset", "1"),), (("offset", "2"),)]
    oldest_first = {"limit": 200, "sort": [{"field": "createdAt", "order": "ASC"}]}
    assert [json.loads(s.body) for s in searches[:3]] == [oldest_first] * 3
    assert (searches[3].query, json.loads(searches[3].body)) == ((), {"limit": 200})
    get = next(s for s in rfi_calls if s.method == "GET")
    patch = next(s for s in rfi_calls if s.method == "PATCH")
    assert get.path == patch.path == f"{RFI_PATH}/rfis/{NEW_RFI['id']}"
    assert json.loads(patch.body) == {
        "status": "open",
        "assignedTo": [{"id": world.USER, "type": "user"}],
    }
    # The region reached Account Admin (the assignee list) in its header; the RFI
    # collection and reference name no region header, so none is sent to RFIs.
    users = _one(fake.received, "/users")
    assert users.seen.path.startswith("/construction/admin/")
    assert users.seen.header("Region") == REGION
    assert all(s.header(name) is None for s in rfi_calls for name in REGION_HEADERS)


def _one(received: list[Received], suffix: str) -> Received:
    found = [r for r in received if r.seen.path.endswith(suffix)]
    assert len(found) == 1, [r.seen.path for r in found]
    return found[0]
