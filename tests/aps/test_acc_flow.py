"""Autodesk's tutorial demo flow (part 4) played through the harness against the fake APS.

The tutorial's flow: a trigger on a folder (its URN pasted from the browser), a
`base64(...)` expression for the design, a Do-until loop with a 30 s delay around
"List model views", the `{3D}` view picked by name, then "Create issue" with a
pasted subtype id and a typed status. Here every id comes from a dropdown or
from the trigger's output, the loop waits on "Get translation status", and the
hook is deleted when the flow stops. The fake checks every request against
Autodesk's specs; the assertions read the requests as they reached it.
"""

from __future__ import annotations

import json

import pytest

from tests.aps import world
from tests.aps.contract_env import acc_harness, running_fake

pytestmark = pytest.mark.slow  # the tutorial's whole flow under Mono

MAX_POLLS = 10
"""The tutorial's Do-until limit."""


def test_tutorial_flow_with_nothing_pasted() -> None:
    with running_fake() as fake:
        hubs_region = {
            hub["id"]: hub["attributes"]["region"]
            for hub in world.World().seed("datamanagement.yaml getHubs", "", b"")["data"]
        }
        with acc_harness(fake, region=hubs_region[world.HUB]) as harness:
            hub, title = harness.values("WhenVersionAdded", "hubId")[0]
            assert (hub, title) == (world.HUB, "Contoso Construction")
            project = harness.values("WhenVersionAdded", "projectId", hubId=hub)[0][0]
            folder = harness.values(
                "WhenVersionAdded", "scope/folder", hubId=hub, projectId=project
            )[0][0]
            assert (project, folder) == (world.PROJECT, world.FOLDER)

            with harness.webhook(
                "WhenVersionAdded", hubId=hub, projectId=project, scope__folder=folder, wait=5
            ) as hook:
                assert hook.registration.status == 201
                note = hook.wait()
                assert note.ok, note.findings
                version = note.body["resourceUrn"]
                bare_project = note.body["payload"]["project"]
                assert (version, bare_project) == (world.VERSION, world.PROJECT_GUID)

                # "model views until ready": the translation status, polled as the tutorial's
                # loop polled, with the trigger's version URN as it came (the script encodes it)
                statuses = []
                for _ in range(MAX_POLLS):
                    manifest = harness.call("GetManifest", urn=version)
                    assert manifest.ok, manifest.findings
                    statuses.append(manifest.body["status"])
                    if manifest.body["status"] == "success":
                        break
                assert statuses == ["inprogress", "inprogress", "success"]
                views = harness.call("ListModelViews", urn=version)
                assert views.ok, views.findings
                view = next(v for v in views.body["data"]["metadata"] if v["name"] == "{3D}")
                assert view["guid"] == world.VIEW_3D

                subtype, subtype_title = harness.values(
                    "CreateIssue", "issueSubtypeId", projectId=bare_project
                )[0]
                location, location_title = harness.values(
                    "CreateIssue", "locationId", projectId=bare_project
                )[0]
                assert (subtype_title, location_title) == ("Defect", "Harbor Tower")
                created = harness.call(
                    "CreateIssue",
                    projectId=bare_project,
                    title="Check the {3D} view of Tower.rvt",
                    issueSubtypeId=subtype,
                    locationId=location,
                    status="open",
                )
                assert created.status == 200 and created.ok, [f.message for f in created.findings]
            assert hook.unsubscribed is not None and hook.unsubscribed.status == 204

    assert fake.hooks == {}
    assert [r for r in fake.received if r.problems or r.response_problems] == []
    sent = {(r.seen.method, r.seen.path.split("/")[-1]): r.seen for r in fake.received}
    registered = sent[("POST", "hooks")]
    assert json.loads(registered.body)["scope"] == {"folder": world.FOLDER}
    assert registered.header("x-ads-region") == "US"
    deleted = next(r.seen for r in fake.received if r.seen.method == "DELETE")
    assert deleted.header("x-ads-region") == "US"
    # the version URN reached Model Derivative as the URL-safe base64 design URN
    manifest_paths = {r.seen.path for r in fake.received if r.seen.path.endswith("/manifest")}
    assert manifest_paths == {f"/modelderivative/v2/designdata/{world.DERIVATIVE}/manifest"}
    assert sent[("GET", "manifest")].header("region") == "US"
    # the subtype list came from Autodesk's own issue-types path, flattened on the way back
    types = sent[("GET", "issue-types")]
    assert types.path == f"/construction/issues/v1/projects/{world.PROJECT_GUID}/issue-types"
    assert ("include", "subtypes") in types.query and types.header("x-acc-flatten") is None
    issue = json.loads(sent[("POST", "issues")].body)
    assert (issue["issueSubtypeId"], issue["locationId"]) == (world.SUBTYPE, world.LOCATION)
    assert issue["status"] == "open"
