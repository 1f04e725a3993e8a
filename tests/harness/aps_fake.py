"""A local fake of the APS endpoints the ACC connector uses, with payloads shaped like
Autodesk's OpenAPI specs (Data Management JSON:API, Model Derivative, Issues, Webhooks).

It also does what `acc.csx` does for the connector in Power Platform: the Issues
endpoints accept project ids with or without `b.`, and `issue-types` answers the
subtypes of every issue type as one flat list when a dropdown sends `x-acc-flatten`.
"""

from __future__ import annotations

import base64
import json
import re
import threading
import urllib.request
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

TOKEN = "aps-test-token-7c1f2e"
HUB = "b.6f1a3c2e-8d4b-4f7a-9c1e-2b3d4e5f6a7b"
PROJECT_GUID = "a9b8c7d6-e5f4-4321-8765-0fedcba98765"
PROJECT = "b." + PROJECT_GUID
FOLDER = "urn:adsk.wipprod:fs.folder:co.VsFvE6y5SNKnhSnogSeqcg"
ITEM = "urn:adsk.wipprod:dm.lineage:hC6k4hndRWaeIVhIjvHu8w"
VERSION = "urn:adsk.wipprod:fs.file:vf.hC6k4hndRWaeIVhIjvHu8w?version=3"
DERIVATIVE = "dXJuOmFkc2sud2lwcHJvZDpmcy5maWxlOnZmLmhDNms0aG5kUldhZUlWaElqdkh1OHc_dmVyc2lvbj0z"
VIEW_3D = "6bfb4886-f2ee-9ccb-8db0-c5c170220c40"
SUBTYPE = "1b8e4a4c-6d6e-4b0e-9f0e-1a2b3c4d5e6f"
HOOKS = "/webhooks/v1/systems/data/events/dm.version.added/hooks"


def _links(path: str) -> dict[str, Any]:
    return {"self": {"href": f"https://developer.api.autodesk.com{path}"}}


HUBS = {
    "jsonapi": {"version": "1.0"},
    "links": _links("/project/v1/hubs"),
    "data": [
        {
            "type": "hubs",
            "id": HUB,
            "attributes": {
                "name": "Contoso Construction",
                "extension": {"type": "hubs:autodesk.bim360:Account", "version": "1.0"},
                "region": "US",
            },
            "links": _links(f"/project/v1/hubs/{HUB}"),
        },
        {
            "type": "hubs",
            "id": "b.0c2d3e4f-1111-2222-3333-444455556666",
            "attributes": {
                "name": "Contoso EMEA",
                "extension": {"type": "hubs:autodesk.bim360:Account", "version": "1.0"},
                "region": "EMEA",
            },
        },
    ],
}

PROJECTS = {
    "jsonapi": {"version": "1.0"},
    "data": [
        {
            "type": "projects",
            "id": PROJECT,
            "attributes": {
                "name": "Harbor Tower",
                "scopes": ["b360project.a9b8c7d6", "global"],
                "extension": {"type": "projects:autodesk.bim360:Project", "version": "1.0"},
            },
            "relationships": {"hub": {"data": {"type": "hubs", "id": HUB}}},
        },
        {
            "type": "projects",
            "id": "b.11112222-3333-4444-5555-666677778888",
            "attributes": {"name": "Riverside Clinic"},
        },
    ],
}

TOP_FOLDERS = {
    "jsonapi": {"version": "1.0"},
    "data": [
        {
            "type": "folders",
            "id": FOLDER,
            "attributes": {
                "name": "Project Files",
                "displayName": "Project Files",
                "createTime": "2024-02-01T09:12:03.0000000Z",
                "objectCount": 4,
                "hidden": False,
                "extension": {"type": "folders:autodesk.bim360:Folder", "version": "1.0"},
            },
        },
        {
            "type": "folders",
            "id": "urn:adsk.wipprod:fs.folder:co.Plans0000000000000000",
            "attributes": {"name": "Plans", "displayName": "Plans"},
        },
    ],
}

CONTENTS = {
    "jsonapi": {"version": "1.0"},
    "data": [
        {
            "type": "items",
            "id": ITEM,
            "attributes": {
                "displayName": "Tower.rvt",
                "createTime": "2024-03-04T10:00:00.0000000Z",
                "extension": {"type": "items:autodesk.bim360:File", "version": "1.0"},
            },
        }
    ],
}

VERSIONS = {
    "jsonapi": {"version": "1.0"},
    "data": [
        {
            "type": "versions",
            "id": VERSION,
            "attributes": {
                "name": "Tower.rvt",
                "displayName": "Tower.rvt",
                "versionNumber": 3,
                "createTime": "2024-05-01T12:00:00.0000000Z",
                "fileType": "rvt",
            },
            "relationships": {
                "derivatives": {"data": {"type": "derivatives", "id": DERIVATIVE}},
                "item": {"data": {"type": "items", "id": ITEM}},
            },
        }
    ],
}

VIEWS = {
    "data": {
        "type": "metadata",
        "metadata": [
            {"name": "{3D}", "role": "3d", "guid": VIEW_3D, "isMasterView": True},
            {"name": "Level 1", "role": "2d", "guid": "a1b2c3d4-0000-1111-2222-333344445555"},
        ],
    }
}

ISSUE_TYPES = {
    "pagination": {"limit": 200, "offset": 0, "totalResults": 2},
    "results": [
        {
            "id": "f2c1b0a9-1111-4e2d-9b8a-7c6d5e4f3a2b",
            "containerId": PROJECT_GUID,
            "title": "Quality",
            "isActive": True,
            "orderIndex": 1,
            "subtypes": [
                {
                    "id": SUBTYPE,
                    "issueTypeId": "f2c1b0a9-1111-4e2d-9b8a-7c6d5e4f3a2b",
                    "title": "Defect",
                    "code": "DEF",
                    "isActive": True,
                    "orderIndex": 1,
                }
            ],
        },
        {
            "id": "0a1b2c3d-2222-4e2d-9b8a-7c6d5e4f3a2b",
            "containerId": PROJECT_GUID,
            "title": "Safety",
            "isActive": True,
            "subtypes": [
                {
                    "id": "2c9f5b5d-7e7f-4c1f-8a1f-2b3c4d5e6f70",
                    "issueTypeId": "0a1b2c3d-2222-4e2d-9b8a-7c6d5e4f3a2b",
                    "title": "Hazard",
                    "code": "HAZ",
                    "isActive": True,
                }
            ],
        },
    ],
}


@dataclass
class ApsFake:
    """The running fake: its URL, what it received, and its hooks."""

    server: ThreadingHTTPServer
    requests: list[tuple[str, str, dict[str, str], Any]] = field(default_factory=list)
    hooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    issues: list[dict[str, Any]] = field(default_factory=list)
    notified: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _design(segment: str) -> str:
    """What acc.csx does: a plain version URN becomes its URL-safe base64 form."""
    value = unquote(segment)
    if not value.startswith("urn:"):
        return value
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def _project_guid(raw: str) -> str | None:
    """What acc.csx does: the Issues API takes the GUID; `b.` is removed."""
    guid = raw.removeprefix("b.")
    return guid if guid == PROJECT_GUID else None


def start() -> ApsFake:
    holder: list[ApsFake] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _reply(
            self, status: int, payload: Any = None, headers: dict[str, str] | None = None
        ) -> None:
            data = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if data:
                self.send_header("Content-Type", "application/vnd.api+json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _handle(self) -> None:
            fake = holder[0]
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            body = json.loads(raw) if raw.strip() else None
            parts = urlsplit(self.path)
            fake.requests.append((self.command, self.path, dict(self.headers), body))
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                self._reply(
                    401, {"developerMessage": "The Authorization header is missing or wrong"}
                )
                return
            found = self._route(fake, self.command, parts.path, body)
            if self.headers.get("x-acc-flatten") == "subtypes" and found[0] == 200:
                flat = [s for t in found[1]["results"] for s in t["subtypes"]]
                found = (200, {"results": flat})
            self._reply(*found)

        def _route(self, fake: ApsFake, method: str, path: str, body: Any) -> tuple[Any, ...]:
            segments = [unquote(s) for s in path.split("/")]
            if method == "GET" and path == "/project/v1/hubs":
                return (200, HUBS)
            if method == "GET" and re.fullmatch(r"/project/v1/hubs/[^/]+/projects", path):
                return (
                    (200, PROJECTS)
                    if segments[4] == HUB
                    else (404, {"errors": [{"detail": "hub"}]})
                )
            if method == "GET" and path.endswith("/topFolders"):
                ok = segments[4] == HUB and segments[6] == PROJECT
                return (200, TOP_FOLDERS) if ok else (404, {"errors": [{"detail": "project"}]})
            if method == "GET" and path.endswith("/contents"):
                # folder ids are double-encoded by the connector: decode once more
                folder = unquote(segments[6])
                return (
                    (200, CONTENTS) if folder == FOLDER else (404, {"errors": [{"detail": folder}]})
                )
            if method == "GET" and path.endswith("/versions"):
                item = unquote(segments[6])
                return (200, VERSIONS) if item == ITEM else (404, {"errors": [{"detail": item}]})
            if method == "GET" and re.fullmatch(
                r"/modelderivative/v2/designdata/[^/]+/metadata", path
            ):
                return (
                    (200, VIEWS)
                    if _design(segments[4]) == DERIVATIVE
                    else (404, {"diagnostic": "urn"})
                )
            issues = re.fullmatch(r"/construction/issues/v1/projects/([^/]+)/([\w-]+)", path)
            if issues:
                if _project_guid(unquote(issues.group(1))) is None:
                    return (404, {"title": "Not Found", "detail": "project"})
                kind = issues.group(2)
                if method == "GET" and kind == "issue-types":
                    return (200, ISSUE_TYPES)
                if method == "POST" and kind == "issues":
                    issue = {
                        "id": str(uuid.uuid4()),
                        "containerId": PROJECT_GUID,
                        "displayId": len(fake.issues) + 17,
                        "title": body["title"],
                        "status": body["status"],
                        "issueSubtypeId": body["issueSubtypeId"],
                        "issueTypeId": ISSUE_TYPES["results"][0]["id"],
                        "dueDate": body.get("dueDate"),
                        "published": False,
                    }
                    fake.issues.append(issue)
                    return (200, issue)
            if method == "POST" and path == HOOKS:
                return self._register(fake, body)
            if method == "DELETE" and path.startswith(HOOKS + "/"):
                hook_id = segments[-1]
                return (
                    (204,)
                    if fake.hooks.pop(hook_id, None) is not None
                    else (404, {"detail": "hook"})
                )
            return (404, {"developerMessage": f"no such endpoint {method} {path}"})

        def _register(self, fake: ApsFake, body: Any) -> tuple[Any, ...]:
            if (
                not isinstance(body, dict)
                or "callbackUrl" not in body
                or "folder" not in body.get("scope", {})
            ):
                return (
                    400,
                    {"code": "BAD_INPUT", "detail": "callbackUrl and scope.folder are required"},
                )
            hook_id = str(uuid.uuid4())
            folder = body["scope"]["folder"]
            fake.hooks[hook_id] = body
            notification = {
                "version": "1.0",
                "resourceUrn": "urn:adsk.wipprod:fs.file:vf.hC6k4hndRWaeIVhIjvHu8w?version=4",
                "hook": {
                    "hookId": hook_id,
                    "tenant": folder,
                    "callbackUrl": body["callbackUrl"],
                    "createdBy": "4HFJ7CMKGBHR",
                    "event": "dm.version.added",
                    "createdDate": "2024-05-01T12:00:00.000+0000",
                    "system": "data",
                    "creatorType": "O2User",
                    "status": "active",
                    "scope": {"folder": folder},
                    "urn": f"urn:adsk.webhooks:events.hook:{hook_id}",
                },
                "payload": {
                    "ext": "rvt",
                    "modifiedTime": "2024-05-01T12:00:05+0000",
                    "creator": "4HFJ7CMKGBHR",
                    "lineageUrn": ITEM,
                    "sizeInBytes": 48123904,
                    "hidden": False,
                    "indexable": True,
                    "project": PROJECT_GUID,
                    "source": "urn:adsk.wipprod:fs.file:vf.hC6k4hndRWaeIVhIjvHu8w?version=4",
                    "version": "4",
                    "name": "Tower.rvt",
                    "parentFolderUrn": folder,
                },
            }
            threading.Thread(
                target=_post, args=(fake, body["callbackUrl"], notification), daemon=True
            ).start()
            location = f"{fake.url}{HOOKS}/{hook_id}"
            return (201, None, {"Location": location})

        do_GET = do_POST = do_DELETE = do_PATCH = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake = ApsFake(server)
    holder.append(fake)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    ).start()
    return fake


def _post(fake: ApsFake, url: str, payload: Any) -> None:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=5):
        fake.notified.set()
