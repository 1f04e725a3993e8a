"""RFIs through the harness: every id from a dropdown, and the requests Autodesk documents."""

from __future__ import annotations

from connector_dsl.harness import Harness
from tests.aps import construction_fake as fake_module
from tests.aps.construction_fake import ConstructionFake


def _project(harness: Harness) -> str:
    hub = harness.values("ListRfis", "hub_id")[0][0]
    project: str = harness.values("ListRfis", "projectId", hub_id=hub)[0][0]
    return project


def test_create_rfi_takes_its_type_and_assignee_from_dropdowns(
    harness: Harness, fake: ConstructionFake
) -> None:
    project = _project(harness)
    assert project == fake_module.PROJECT
    types = harness.values("CreateRfi", "rfiTypeId", projectId=project)
    assert types == [(fake_module.RFI_TYPE, "Design question")]
    people = harness.values("CreateRfi", "assignedTo/id", projectId=project)
    assert people == [(fake_module.MANAGER, "Mia Manager")]

    created = harness.call(
        "CreateRfi",
        projectId=project,
        title="Pipe size in room 3",
        question="Is the pipe the right size?",
        rfiTypeId=types[0][0],
        assignedTo=[{"id": people[0][0], "type": "user"}],
    )

    assert created.status == 201
    assert [f.code for f in created.findings] == ["harness-script"]
    sent = fake.last("POST", "/rfis")
    assert sent.path == f"/construction/rfis/v3/projects/{project}/rfis"
    assert sent.body == {
        "title": "Pipe size in room 3",
        "question": "Is the pipe the right size?",
        "rfiTypeId": fake_module.RFI_TYPE,
        "assignedTo": [{"id": fake_module.MANAGER, "type": "user"}],
        "status": "draft",
    }


def test_list_rfis_sends_a_full_page_and_the_chosen_filter(
    harness: Harness, fake: ConstructionFake
) -> None:
    project = _project(harness)
    fake.rfis += [
        {"id": "r-1", "title": "Door swing", "status": "open", "createdAt": "2025-01-01"},
        {"id": "r-2", "title": "Slab depth", "status": "closed", "createdAt": "2025-01-02"},
    ]

    everything = harness.call("ListRfis", projectId=project)
    open_only = harness.call("ListRfis", projectId=project, filter__status=["open"], offset=0)

    assert fake.seen[-2].body == {"limit": 200}
    assert fake.seen[-1].body == {"limit": 200, "filter": {"status": ["open"]}}
    assert fake.seen[-1].query == {"offset": "0"}
    assert [rfi["id"] for rfi in everything.body["results"]] == ["r-1", "r-2"]
    assert [rfi["id"] for rfi in open_only.body["results"]] == ["r-1"]


def test_get_and_update_rfi_pick_the_rfi_from_the_list(
    harness: Harness, fake: ConstructionFake
) -> None:
    project = _project(harness)
    fake.rfis.append({"id": "r-9", "title": "Beam clash", "status": "submitted"})

    choices = harness.values("GetRfi", "rfiId", projectId=project)
    assert choices == [("r-9", "Beam clash")]
    assert harness.values("UpdateRfi", "rfiId", projectId=project) == choices

    read = harness.call("GetRfi", projectId=project, rfiId="r-9")
    moved = harness.call(
        "UpdateRfi",
        projectId=project,
        rfiId="r-9",
        status="open",
        assignedTo=[{"id": fake_module.MANAGER, "type": "user"}],
    )

    assert read.ok and read.body["title"] == "Beam clash"
    assert moved.ok, moved.findings
    sent = fake.last("PATCH", "/rfis/r-9")
    assignee = {"id": fake_module.MANAGER, "type": "user"}
    assert sent.body == {"status": "open", "assignedTo": [assignee]}
    assert fake.rfis[0]["status"] == "open"
