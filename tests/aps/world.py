"""One consistent ACC account for the fake: a hub, a project, a folder, a model, issue settings.

A seed answers one contract (keyed by `"<spec file> <operationId>"` or a Postman
route's name) with values that lead from one dropdown to the next. The fake lays
each seed over a body synthesized from the spec's schema and checks the result
against the spec, so a seed only chooses values; the shape stays Autodesk's.
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

ACCOUNT = "6f1a3c2e-8d4b-4f7a-9c1e-2b3d4e5f6a7b"
HUB = "b." + ACCOUNT
PROJECT_GUID = "a9b8c7d6-e5f4-4321-8765-0fedcba98765"
PROJECT = "b." + PROJECT_GUID
FOLDER = "urn:adsk.wipprod:fs.folder:co.VsFvE6y5SNKnhSnogSeqcg"
ITEM = "urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w"
VERSION = "urn:adsk.wipprod:fs.file:vf.hC6k4hndRWaeIVhIjvHu8w?version=3"
DERIVATIVE = base64.urlsafe_b64encode(VERSION.encode()).decode().rstrip("=")
VIEW_3D = "6bfb4886-f2ee-9ccb-8db0-c5c170220c40"
ISSUE_TYPE = "f2c1b0a9-1111-4e2d-9b8a-7c6d5e4f3a2b"
SUBTYPE = "1b8e4a4c-6d6e-4b0e-9f0e-1a2b3c4d5e6f"
ROOT_CAUSE = "5d6e7f80-3333-4e2d-9b8a-7c6d5e4f3a2b"
USER = "4HFJ7CMKGBHR"
LOCATION = "7a1c2b3d-4444-4e2d-9b8a-7c6d5e4f3a2b"
ISSUE = "3c2b1a09-5555-4e2d-9b8a-7c6d5e4f3a2b"
RFI_TYPE = "9e8d7c6b-6666-4e2d-9b8a-7c6d5e4f3a2b"
RFI = "0a1b2c3d-7777-4e2d-9b8a-7c6d5e4f3a2b"
RFIS = "ACC_RFIs_API.postman_collection "
RFI_ROUTES = "/construction/rfis/v3/projects/{project_id_without_b}/"


@dataclass
class World:
    """The account's state: created issues, and how far each translation is."""

    issues: list[dict[str, Any]] = field(default_factory=list)
    manifest_polls: dict[str, int] = field(default_factory=dict)
    ready_after: int = 2
    """`get-manifest` answers `inprogress` this many times per design, then `success`."""
    rfis: list[dict[str, Any]] = field(
        default_factory=lambda: [
            {
                "id": RFI,
                "customIdentifier": "1",
                "title": "Door swing at level 1",
                "status": "submitted",
                "createdAt": "2025-07-01T09:00:00.000Z",
                "updatedAt": "2025-07-01T09:00:00.000Z",
            }
        ]
    )
    """The project's RFIs in creation order, as `search:rfis` sorted by `createdAt` lists them."""

    def seed(
        self, name: str, path: str, body: bytes, query: tuple[tuple[str, str], ...] = ()
    ) -> Any:
        """The values to lay over the synthesized answer of contract `name`, or None."""
        sent = json.loads(body) if body.strip() else {}
        if name.startswith(RFIS) and RFI_ROUTES in name:
            return self._rfis(name.split(" ", 1)[1], path, sent, dict(query))
        if name == "datamanagement.yaml getHubs":
            return {
                "data": [
                    _hub(HUB, "Contoso Construction", "US"),
                    _hub("b.0c2d3e4f-1111-2222-3333-444455556666", "Contoso EMEA", "EMEA"),
                ]
            }
        if name == "datamanagement.yaml getHubProjects":
            return {
                "data": [
                    {"type": "projects", "id": PROJECT, "attributes": {"name": "Harbor Tower"}}
                ]
            }
        if name == "datamanagement.yaml getProjectTopFolders":
            return {"data": [_folder(FOLDER, "Project Files")]}
        if name == "datamanagement.yaml getFolderContents":
            return {"data": [_item()]}
        if name == "datamanagement.yaml getItem":
            return {"data": _item()}
        if name in ("datamanagement.yaml getItemVersions",):
            return {"data": [_version()]}
        if name in ("datamanagement.yaml getItemTip", "datamanagement.yaml getVersion"):
            return {"data": _version()}
        if name == "accountadmin.yaml getProjects":
            return {
                "results": [
                    {
                        "id": PROJECT_GUID,
                        "name": "Harbor Tower",
                        "status": "active",
                        "platform": "acc",
                    }
                ]
            }
        if name == "accountadmin.yaml getProjectUsers":
            return {
                "results": [
                    {
                        "id": "u-1",
                        "autodeskId": USER,
                        "name": "Dana Reyes",
                        "email": "dana@contoso.example",
                        "status": "active",
                    }
                ]
            }
        if name == "Issues.yaml getIssuesTypes":
            return {
                "results": [
                    {
                        "id": ISSUE_TYPE,
                        "title": "Quality",
                        "isActive": True,
                        "subtypes": [
                            {
                                "id": SUBTYPE,
                                "issueTypeId": ISSUE_TYPE,
                                "title": "Defect",
                                "isActive": True,
                            }
                        ],
                    }
                ]
            }
        if name == "Issues.yaml getRootCauseCategories":
            return {
                "results": [
                    {
                        "id": "c-1",
                        "title": "Design",
                        "isActive": True,
                        "rootCauses": [
                            {
                                "id": ROOT_CAUSE,
                                "rootCauseCategoryId": "c-1",
                                "title": "Coordination",
                                "isActive": True,
                            }
                        ],
                    }
                ]
            }
        if name == "Issues.yaml createIssue":
            issue = {
                **sent,
                "id": str(uuid.uuid4()),
                "displayId": 17 + len(self.issues),
                "issueTypeId": ISSUE_TYPE,
            }
            self.issues.append(issue)
            return issue
        if name in ("Issues.yaml getIssueDetails", "Issues.yaml patchIssueDetails"):
            return {
                **sent,
                "id": ISSUE,
                "title": sent.get("title", "Check level 1 slab"),
                "status": sent.get("status", "open"),
            }
        if name == "Issues.yaml getIssues":
            return {"results": [{"id": ISSUE, "title": "Check level 1 slab", "status": "open"}]}
        if name == "modelderivative.yaml get-manifest":
            urn = path.split("/")[4]
            polls = self.manifest_polls[urn] = self.manifest_polls.get(urn, 0) + 1
            done = polls > self.ready_after
            return {
                "urn": urn,
                "status": "success" if done else "inprogress",
                "progress": "complete" if done else "50% complete",
            }
        if name == "modelderivative.yaml get-model-views":
            return {
                "data": {
                    "type": "metadata",
                    "metadata": [
                        {"name": "{3D}", "role": "3d", "guid": VIEW_3D, "isMasterView": True}
                    ],
                }
            }
        if name.startswith("ACC_Locations_API") and name.endswith("/nodes"):
            return {
                "results": [
                    {"id": LOCATION, "parentId": None, "type": "Root", "name": "Harbor Tower"},
                    {
                        "id": LOCATION[:-1] + "c",
                        "parentId": LOCATION,
                        "type": "Area",
                        "name": "Level 1",
                    },
                ]
            }
        return None

    def _rfis(self, route: str, path: str, sent: Any, query: dict[str, str]) -> Any:
        """RFIs as Autodesk's collection and reference pages describe them: a search reads
        a page from `offset` (query) with `limit` and `filter.status` (body) and says how many
        match in `pagination.totalResults`; a PATCH changes the RFI and its `updatedAt`."""
        method, template = route.split(" ", 1)
        what = template.removeprefix(RFI_ROUTES)
        if (method, what) == ("GET", "rfi-types"):
            return {"results": [{"id": RFI_TYPE, "name": "Design question", "wfType": "US"}]}
        search = sent if isinstance(sent, dict) else {}
        if (method, what) == ("POST", "search:rfis"):
            wanted = search.get("filter")
            statuses = wanted.get("status") if isinstance(wanted, dict) else None
            found = [r for r in self.rfis if not statuses or r["status"] in statuses]
            offset, limit = _count(query.get("offset"), 0), _count(search.get("limit"), 10)
            page = found[offset : offset + limit]
            total = len(found)
            return {
                "pagination": {"limit": limit, "offset": offset, "totalResults": total},
                "results": page,
            }
        if (method, what) == ("POST", "rfis"):
            made = {
                **search,
                "id": str(uuid.uuid4()),
                "customIdentifier": str(len(self.rfis) + 1),
                "createdAt": "2025-07-02T09:00:00.000Z",
                "updatedAt": "2025-07-02T09:00:00.000Z",
            }
            self.rfis.append(made)
            return made
        rfi = next((r for r in self.rfis if r["id"] == path.rsplit("/", 1)[-1]), None)
        if rfi is not None and method == "PATCH":
            rfi.update(search, updatedAt="2025-07-03T09:00:00.000Z")
        return rfi


def _count(value: Any, default: int) -> int:
    """A paging number as sent (an int, or digits in the query), else the default."""
    return int(value) if isinstance(value, int) or str(value).isdigit() else default


def _hub(hub: str, name: str, region: str) -> dict[str, Any]:
    return {"type": "hubs", "id": hub, "attributes": {"name": name, "region": region}}


def _folder(urn: str, name: str) -> dict[str, Any]:
    return {"type": "folders", "id": urn, "attributes": {"name": name, "displayName": name}}


def _item() -> dict[str, Any]:
    return {"type": "items", "id": ITEM, "attributes": {"displayName": "Tower.rvt"}}


def _version() -> dict[str, Any]:
    return {
        "type": "versions",
        "id": VERSION,
        "attributes": {"name": "Tower.rvt", "displayName": "Tower.rvt", "versionNumber": 3},
        "relationships": {"derivatives": {"data": {"type": "derivatives", "id": DERIVATIVE}}},
    }
