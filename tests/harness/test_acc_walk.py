"""The ACC tutorial flow against a local APS fake, with nothing pasted by hand."""

from __future__ import annotations

from aps_connectors.acc import ACC
from connector_dsl.harness import Harness
from tests.harness import aps_fake
from tests.harness.aps_fake import ApsFake


def test_acc_tutorial_walk(aps: ApsFake) -> None:
    with Harness(
        ACC, base_url=aps.url, token=aps_fake.TOKEN, timeout=5, run_script=False
    ) as harness:
        hubs = harness.values("ListTopFolders", "hub_id")
        assert (aps_fake.HUB, "Contoso Construction") in hubs
        hub = hubs[0][0]
        projects = harness.values("ListTopFolders", "project_id", hub_id=hub)
        assert projects[0] == (aps_fake.PROJECT, "Harbor Tower")
        project = projects[0][0]
        assert harness.values("WhenVersionAdded", "hubId")[0][0] == hub
        assert harness.values("WhenVersionAdded", "projectId", hubId=hub)[0][0] == project
        folders = harness.values("WhenVersionAdded", "scope/folder", hubId=hub, projectId=project)
        assert folders[0] == (aps_fake.FOLDER, "Project Files")
        folder = folders[0][0]

        with harness.webhook(
            "WhenVersionAdded", hubId=hub, projectId=project, scope__folder=folder, wait=5
        ) as hook:
            assert hook.registration.status == 201
            registered = aps.hooks[next(iter(aps.hooks))]
            assert registered["callbackUrl"] == hook.callback_url
            assert registered["scope"]["folder"] == folder
            note = hook.wait()
            assert note.ok, note.findings
            assert note.body["payload"]["parentFolderUrn"] == folder
            item = note.body["payload"]["lineageUrn"]

            designs = harness.values("ListModelViews", "urn", project_id=project, item_id=item)
            assert designs == [(aps_fake.DERIVATIVE, "Tower.rvt")]
            views = harness.call("ListModelViews", urn=designs[0][0])
            assert views.ok, views.findings
            assert views.body["data"]["metadata"][0]["guid"] == aps_fake.VIEW_3D

            subtypes = harness.values("CreateIssue", "issueSubtypeId", projectId=project)
            assert (aps_fake.SUBTYPE, "Defect") in subtypes
            created = harness.call(
                "CreateIssue",
                hub_id=hub,
                projectId=project,
                title="Check level 1 slab",
                issueSubtypeId=subtypes[0][0],
                status="open",
            )
            assert created.status == 200 and created.ok, created.findings
            # acc.csx is not run (run_script=False): the harness says so, the fake does its work
            assert "harness-script" in [f.code for f in created.findings]
            assert aps.issues[0]["status"] == "open"
        assert hook.unsubscribed is not None and hook.unsubscribed.status == 204
        assert aps.hooks == {}
