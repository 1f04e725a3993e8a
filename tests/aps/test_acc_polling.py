"""The polling triggers keep their own cursor: each check fires only for what is new."""

from __future__ import annotations

import orjson

from aps_connectors.acc import ACC
from connector_dsl import package_files
from connector_dsl.harness import Harness
from tests.aps.construction_fake import PROJECT, ConstructionFake


def test_new_rfis_fire_once_each(harness: Harness, fake: ConstructionFake) -> None:
    fake.rfis.append({"id": "r-old", "title": "Old", "status": "open", "createdAt": "2025-01-01"})
    poller = harness.poller("WhenRfiCreated", projectId=PROJECT)

    first = poller.poll()
    quiet = poller.poll()
    harness.call("CreateRfi", projectId=PROJECT, title="New question")
    second = poller.poll()

    assert [rfi["id"] for rfi in first.items] == ["r-old"]
    assert quiet.items == []
    assert [rfi["title"] for rfi in second.items] == ["New question"]
    assert poller.state == {"offset": "2"}
    searches = [r for r in fake.seen if r.path.endswith("/search:rfis")]
    assert [r.query for r in searches] == [{}, {"offset": "1"}, {"offset": "1"}]
    assert searches[0].body == {"limit": 200, "sort": [{"field": "createdAt", "order": "ASC"}]}


def test_new_submittal_items_fire_once_each(harness: Harness, fake: ConstructionFake) -> None:
    fake.items += [
        {"id": "s-2", "title": "Second", "createdAt": "2025-01-02"},
        {"id": "s-1", "title": "First", "createdAt": "2025-01-01"},
    ]
    poller = harness.poller("WhenSubmittalItemAdded", projectId=PROJECT)

    first = poller.poll()
    fake.items.append({"id": "s-3", "title": "Third", "createdAt": "2025-01-03"})
    second = poller.poll()
    third = poller.poll()

    assert [item["id"] for item in first.items] == ["s-1", "s-2"]
    assert [item["id"] for item in second.items] == ["s-3"]
    assert third.items == []
    assert poller.state == {"offset": "3"}
    reads = [r for r in fake.seen if r.path.endswith("/items")]
    assert reads[0].path == f"/construction/submittals/v2/projects/{PROJECT}/items"
    assert [r.query for r in reads] == [
        {"sort": "createdAt asc"},
        {"sort": "createdAt asc", "offset": "2"},
        {"sort": "createdAt asc", "offset": "3"},
    ]


def test_changed_forms_fire_once_per_change(harness: Harness, fake: ConstructionFake) -> None:
    fake.forms += [
        {"id": "f-1", "updatedAt": "2025-01-01T10:00:00.000000+00:00"},
        {"id": "f-2", "updatedAt": "2025-01-02T10:00:00.000000+00:00"},
    ]
    poller = harness.poller("WhenFormChanged", projectId=PROJECT)

    first = poller.poll()
    fake.forms[0]["updatedAt"] = "2025-01-03T10:00:00.000000+00:00"
    second = poller.poll()
    third = poller.poll()

    assert [form["id"] for form in first.items] == ["f-2", "f-1"]
    assert [form["id"] for form in second.items] == ["f-1"]
    assert third.items == []
    assert poller.state == {"updatedAfter": "2025-01-03T10:00:00.000000+00:00"}
    # Autodesk's timestamps carry "+00:00": the "+" must reach it encoded, not as a space.
    assert fake.seen[1].query == {"updatedAfter": "2025-01-02T10:00:00.000000+00:00"}


def test_each_trigger_has_its_route_and_its_polling_policy() -> None:
    properties = orjson.loads(package_files(ACC)["apiProperties.json"])["properties"]
    policies = {
        (p["templateId"], p["parameters"]["x-ms-apimTemplate-operationName"][0])
        for p in properties["policyTemplateInstances"]
        if p["templateId"] != "setheader"  # the region headers (test_acc_region.py)
    }
    assert policies == {
        (template, trigger)
        for template in ("routerequesttoendpoint", "pollingtrigger")
        for trigger in ("WhenRfiCreated", "WhenSubmittalItemAdded", "WhenFormChanged")
    }
