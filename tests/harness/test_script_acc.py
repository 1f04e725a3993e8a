"""acc.csx run under Mono for every operation it handles, checked on what reaches the server."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import pytest

from aps_connectors.acc import ACC
from connector_dsl.harness import CallResult, Harness, load_source
from tests.harness import aps_fake
from tests.harness.mono import Received, Recorder, needs_mono, recorder, use_cache

pytestmark = needs_mono

TOKEN = aps_fake.TOKEN
PICKERS = ("hub_id", "project_id", "folder_id", "item_id")
ISSUE = "5d2c6c1e-0b4f-4a57-9a2e-3f1e2d3c4b5a"
USER = "PER8KQPK2JRT"
TYPES = {
    "results": [
        {"id": "type-1", "title": "Quality", "subtypes": [{"id": "sub-1", "title": "Defect"}]},
        {
            "id": "type-2",
            "title": "Safety",
            "subtypes": [{"id": "sub-2", "title": "Hazard"}, {"id": "sub-3", "title": "Near miss"}],
        },
    ]
}
CATEGORIES = {
    "results": [
        {"id": "cat-1", "title": "Design", "rootCauses": [{"id": "rc-1", "title": "Coordination"}]},
        {"id": "cat-2", "title": "Site", "rootCauses": [{"id": "rc-2", "title": "Weather"}]},
    ]
}
INPUTS: dict[str, Any] = {
    "hub_id": aps_fake.HUB,
    "accountId": aps_fake.HUB,
    "projectId": aps_fake.PROJECT,
    "project_id": aps_fake.PROJECT_GUID,
    "folder_id": aps_fake.FOLDER,
    "item_id": aps_fake.ITEM,
    "version_id": aps_fake.VERSION,
    "urn": aps_fake.VERSION,
    "issueId": ISSUE,
    "modelGuid": aps_fake.VIEW_3D,
    "issue": {
        "title": "Check the level 1 slab",
        "issueSubtypeId": "sub-1",
        "status": "open",
        "assignedTo": USER,
    },
    "changes": {"assignedTo": USER},
    "comment": {"body": "Checked on site."},
    "rfiId": "rfi-1",
    "itemId": "item-1",
    "treeId": "default",
    "search": {"limit": 10},
    "criteria": {"limit": 10},
    "rfi": {"title": "Slab thickness", "question": "Is the level 1 slab 200 mm?"},
    "hook": {
        "callbackUrl": "https://example.com/callback",
        "hubId": aps_fake.HUB,
        "scope": {"project": aps_fake.PROJECT},
    },
}
"""An input for every parameter name of the script's operations: ids as the dropdowns give
them (`b.` hub and project), a bare project GUID for Data Management, a plain version URN."""
SLACK = 30.0
"""A time limit for the script far above Power Platform's 5 s: Mono's first call compiles
code on a busy machine too (the limit itself is tested in test_script_runtime.py)."""


@pytest.fixture(scope="module")
def acc(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Acc]:
    """One harness (one Mono host) and one recording server for the module."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        use_cache(tmp_path_factory, monkeypatch)
        with (
            recorder(_reply) as server,
            Harness(ACC, base_url=server.url, token=TOKEN, script_time_limit=SLACK) as harness,
        ):
            assert harness.script_off is None
            yield Acc(harness, server)


@dataclass
class Acc:
    harness: Harness
    server: Recorder

    def call(self, operation: str, **inputs: Any) -> tuple[CallResult, list[Received]]:
        """Call through acc.csx; the result and the requests that reached the server."""
        self.server.received.clear()
        result = self.harness.call_with(operation, inputs)
        return result, list(self.server.received)


def _reply(seen: Received) -> tuple[int, Any]:
    if seen.path.endswith("/issue-types"):
        return 200, TYPES
    if seen.path.endswith("/issue-root-cause-categories"):
        return 200, CATEGORIES
    return (201 if seen.method == "POST" else 200), {"results": [], "data": []}


def _urlsafe(urn: str) -> str:
    return base64.urlsafe_b64encode(urn.encode()).decode().rstrip("=")


SOURCE = load_source(ACC)
SCRIPTED = SOURCE.script_operations or ()


def test_the_script_handles_the_operations_this_file_calls() -> None:
    assert len(SCRIPTED) >= 20
    for operation in SCRIPTED:
        parameters = SOURCE.operation(operation).parameters
        required = {p.name for p in parameters if p.required and p.default is None}
        assert required <= set(INPUTS), operation


@pytest.mark.parametrize("operation", SCRIPTED)
def test_every_script_operation_reaches_the_service_in_autodesk_shape(
    acc: Acc, operation: str
) -> None:
    info = acc.harness.source.operation(operation)
    inputs = {p.name: INPUTS[p.name] for p in info.parameters if p.name in INPUTS}
    result, received = acc.call(operation, **inputs)
    assert [f for f in result.findings if f.code.startswith("script-")] == []
    (seen,) = received
    assert seen.method == info.method.upper()
    assert seen.headers["Authorization"] == f"Bearer {TOKEN}"
    assert not set(PICKERS) & set(seen.query)  # picker-only inputs never leave
    segments = seen.segments
    if seen.path.startswith("/construction/"):
        assert not [s for s in segments if s.startswith("b.")], seen.path
    if seen.path.startswith("/data/v1/projects/"):
        assert segments[4] == aps_fake.PROJECT  # the bare GUID got its "b."
    if seen.path.startswith("/modelderivative/v2/designdata/"):
        assert segments[4] == _urlsafe(aps_fake.VERSION)
    assert result.url.endswith(seen.raw_path)  # the harness reports what the script sent
    assert result.method == seen.method


def test_hub_and_project_lose_their_b_prefix_on_construction_paths(acc: Acc) -> None:
    _, (users,) = acc.call("ListProjectUsers", projectId=aps_fake.PROJECT, hub_id=aps_fake.HUB)
    assert users.path == f"/construction/admin/v1/projects/{aps_fake.PROJECT_GUID}/users"
    assert users.query == {}
    _, (projects,) = acc.call("ListAccProjects", accountId=aps_fake.HUB)
    assert projects.path == f"/construction/admin/v1/accounts/{aps_fake.HUB[2:]}/projects"


def test_a_bare_project_guid_gets_its_b_prefix_on_data_paths(acc: Acc) -> None:
    _, (seen,) = acc.call(
        "GetItem", project_id=aps_fake.PROJECT_GUID, item_id=aps_fake.ITEM, hub_id=aps_fake.HUB
    )
    assert seen.segments[4] == aps_fake.PROJECT
    assert unquote(seen.segments[6]) == aps_fake.ITEM  # the swagger double-encodes it
    _, (already,) = acc.call("GetItem", project_id=aps_fake.PROJECT, item_id=aps_fake.ITEM)
    assert already.segments[4] == aps_fake.PROJECT  # not "b.b."


def test_issue_hooks_need_no_script_their_dropdown_gives_the_bare_guid(acc: Acc) -> None:
    hook = {**INPUTS["hook"], "scope": {"project": aps_fake.PROJECT_GUID}}
    for trigger in ("WhenIssueCreated", "WhenIssueUpdated"):
        assert trigger not in SCRIPTED
        result, (seen,) = acc.call(trigger, hook=hook)
        assert "harness-script" not in [f.code for f in result.findings]
        assert seen.json()["scope"]["project"] == aps_fake.PROJECT_GUID
        assert seen.json()["callbackUrl"] == "https://example.com/callback"


def test_a_plain_version_urn_is_sent_url_safe_base64(acc: Acc) -> None:
    result, (seen,) = acc.call("ListModelViews", urn=aps_fake.VERSION, project_id=aps_fake.PROJECT)
    assert seen.path == f"/modelderivative/v2/designdata/{aps_fake.DERIVATIVE}/metadata"
    assert seen.query == {}
    assert result.url.endswith(f"/designdata/{aps_fake.DERIVATIVE}/metadata")
    _, (encoded,) = acc.call("GetManifest", urn=aps_fake.DERIVATIVE)
    assert encoded.path == f"/modelderivative/v2/designdata/{aps_fake.DERIVATIVE}/manifest"


def test_subtypes_and_root_causes_are_read_nested_and_answered_flat(acc: Acc) -> None:
    nested, (seen,) = acc.call("ListIssueTypes", projectId=aps_fake.PROJECT)
    assert seen.path == f"/construction/issues/v1/projects/{aps_fake.PROJECT_GUID}/issue-types"
    assert seen.query == {"include": "subtypes"}
    assert nested.body == TYPES  # the action answers Autodesk's nesting
    subtypes, (seen,) = acc.call(
        "ListIssueTypes", projectId=aps_fake.PROJECT, **{"x-acc-flatten": "subtypes"}
    )
    assert seen.path.endswith("/issue-types") and seen.query == {"include": "subtypes"}
    assert "x-acc-flatten" not in {k.lower() for k in seen.headers}
    assert subtypes.body == {
        "results": [
            {"id": "sub-1", "title": "Defect"},
            {"id": "sub-2", "title": "Hazard"},
            {"id": "sub-3", "title": "Near miss"},
        ]
    }
    causes, (seen,) = acc.call(
        "ListRootCauses", projectId=aps_fake.PROJECT, **{"x-acc-flatten": "rootcauses"}
    )
    assert seen.path.endswith(f"/projects/{aps_fake.PROJECT_GUID}/issue-root-cause-categories")
    assert seen.query == {"include": "rootcauses"}
    assert causes.body == {
        "results": [{"id": "rc-1", "title": "Coordination"}, {"id": "rc-2", "title": "Weather"}]
    }


def test_an_assignee_given_alone_is_sent_as_a_user(acc: Acc) -> None:
    created, (seen,) = acc.call("CreateIssue", projectId=aps_fake.PROJECT, issue=INPUTS["issue"])
    assert seen.json() == {**INPUTS["issue"], "assignedToType": "user"}
    assert created.request_body == seen.json()
    _, (typed,) = acc.call(
        "UpdateIssue",
        projectId=aps_fake.PROJECT,
        issueId=ISSUE,
        changes={"assignedTo": "company-1", "assignedToType": "company"},
    )
    assert typed.json() == {"assignedTo": "company-1", "assignedToType": "company"}
