"""Submittal items and packages through the harness, the item picked from a dropdown."""

from __future__ import annotations

from connector_dsl.harness import Harness
from tests.aps.construction_fake import PROJECT, ConstructionFake


def test_list_and_get_submittal_items(harness: Harness, fake: ConstructionFake) -> None:
    fake.items += [
        {"id": "s-1", "title": "Water closet", "stateId": "rev", "createdAt": "2025-01-01"},
        {"id": "s-2", "title": "Door hardware", "stateId": "mgr-1", "createdAt": "2025-01-02"},
    ]
    listed = harness.call(
        "ListSubmittalItems", projectId=PROJECT, search="closet", limit=5, sort="title asc"
    )
    assert listed.ok, listed.findings
    assert fake.last("GET", "/items").query == {
        "search": "closet",
        "limit": "5",
        "sort": "title asc",
    }

    choices = harness.values("GetSubmittalItem", "itemId", projectId=PROJECT)
    assert choices == [("s-1", "Water closet"), ("s-2", "Door hardware")]
    item = harness.call("GetSubmittalItem", projectId=PROJECT, itemId=choices[1][0])
    assert item.ok and item.body["stateId"] == "mgr-1"
    assert fake.seen[-1].path == f"/construction/submittals/v2/projects/{PROJECT}/items/s-2"


def test_list_submittal_packages(harness: Harness, fake: ConstructionFake) -> None:
    packages = harness.call("ListSubmittalPackages", projectId=PROJECT, search="Plumb")
    assert packages.ok, packages.findings
    assert packages.body["results"][0]["title"] == "Plumbing"
    assert fake.seen[-1].path == f"/construction/submittals/v2/projects/{PROJECT}/packages"
    assert fake.seen[-1].query == {"search": "Plumb"}
