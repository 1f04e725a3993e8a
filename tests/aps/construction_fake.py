"""A small local fake of the ACC RFIs, Submittals, Forms, Locations and Photos endpoints.

Routes, parameters and payload fields follow Autodesk's Postman collections (and the
Forms reference pages). It answers the hub and project lists the dropdowns start
from, keeps what is created or changed, and records every request. Like `acc.csx`
in Power Platform, it accepts project ids with or without `b.`.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

TOKEN = "construction-test-token-41d2"
HUB = "b.5e0c2a1d-1111-4a2b-8c3d-9e8f7a6b5c4d"
PROJECT_GUID = "0d1c2b3a-4e5f-4a6b-8c7d-6e5f4a3b2c1d"
PROJECT = "b." + PROJECT_GUID
MANAGER = "PQ7RSTU2VWXY"
RFI_TYPE = "5b0d2f3e-0000-4c1a-9d2b-7e6f5a4b3c2d"
ROOT = "7f8e9d0c-1b2a-4c3d-8e4f-5a6b7c8d9e0f"
FLOOR = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
TEMPLATE = "2f634a22-779d-4930-9f08-8391a41fea05"

Handler = Callable[["Request", dict[str, str]], tuple[int, Any]]


@dataclass
class Request:
    """One request the fake received."""

    method: str
    path: str
    query: dict[str, str]
    body: Any


@dataclass
class ConstructionFake:
    """The fake's state: what it holds and every request it saw."""

    server: ThreadingHTTPServer
    seen: list[Request] = field(default_factory=list[Request])
    rfis: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    items: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    forms: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def last(self, method: str, suffix: str) -> Request:
        """The last request of `method` whose path ends with `suffix`."""
        return [r for r in self.seen if r.method == method and r.path.endswith(suffix)][-1]


def _page(results: list[dict[str, Any]], query: dict[str, str], key: str = "results") -> Any:
    offset = int(query.get("offset", "0"))
    limit = int(query.get("limit", "20"))
    chosen = results[offset : offset + limit]
    pagination = {"limit": limit, "offset": offset, "totalResults": len(results)}
    return {"pagination": pagination, key: chosen}


def _routes(fake: ConstructionFake) -> list[tuple[str, str, Handler]]:
    project = "(?:b\\.)?" + PROJECT_GUID
    rfis = f"/construction/rfis/v3/projects/{project}"
    submittals = f"/construction/submittals/v2/projects/{project}"
    forms = f"/construction/forms/v1/projects/{project}"

    def hubs(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        hub = {"type": "hubs", "id": HUB, "attributes": {"name": "Contoso", "region": "US"}}
        return 200, {"data": [hub]}

    def projects(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        entry = {"type": "projects", "id": PROJECT, "attributes": {"name": "Harbor Tower"}}
        return 200, {"data": [entry]}

    def users(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        member = {"id": "u-1", "autodeskId": MANAGER, "name": "Mia Manager"}
        return 200, {"results": [member]}

    def rfi_types(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        kind = {"id": RFI_TYPE, "name": "Design question", "wfType": "US", "status": "active"}
        return 200, {"results": [kind]}

    def search(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        body = r.body or {}
        wanted = (body.get("filter") or {}).get("status")
        found = [rfi for rfi in fake.rfis if not wanted or rfi["status"] in wanted]
        if body.get("sort") == [{"field": "createdAt", "order": "ASC"}]:
            found.sort(key=lambda rfi: str(rfi["createdAt"]))
        return 200, _page(found, {"limit": str(body.get("limit", 10)), **r.query})

    def create_rfi(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        number = len(fake.rfis) + 1
        created = f"2025-03-{number:02d}T08:00:00.000Z"
        rfi = {"id": f"rfi-{number}", "createdAt": created, "updatedAt": created, **r.body}
        fake.rfis.append(rfi)
        return 201, rfi

    def get_rfi(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        found = [rfi for rfi in fake.rfis if rfi["id"] == m["id"]]
        return (200, found[0]) if found else (404, {"detail": "no such RFI"})

    def patch_rfi(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        status, rfi = get_rfi(r, m)
        if status == 200:
            rfi.update(r.body)
        return status, rfi

    def items(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        ordered = list(fake.items)
        if r.query.get("sort") == "createdAt asc":
            ordered.sort(key=lambda item: str(item["createdAt"]))
        return 200, _page(ordered, r.query)

    def item(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        found = [entry for entry in fake.items if entry["id"] == m["id"]]
        return (200, found[0]) if found else (404, {"detail": "no such item"})

    def packages(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        package = {"id": "pkg-1", "identifier": 1, "title": "Plumbing", "specId": "spec-1"}
        return 200, _page([package], r.query)

    def templates(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        template = {"id": TEMPLATE, "name": "Daily Report", "status": "active", "isPdf": False}
        return 200, _page([template], r.query, "data")

    def list_forms(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        found = sorted(fake.forms, key=lambda form: str(form["updatedAt"]), reverse=True)
        after = r.query.get("updatedAfter")
        if after:
            found = [form for form in found if str(form["updatedAt"]) > after]
        if "templateId" in r.query:
            found = [form for form in found if form.get("templateId") == r.query["templateId"]]
        return 200, _page(found, {**r.query, "limit": r.query.get("limit", "50")}, "data")

    def nodes(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        tree = [
            {"id": ROOT, "parentId": None, "type": "Root", "name": "Harbor Tower"},
            {"id": FLOOR, "parentId": ROOT, "type": "Area", "name": "Level 1"},
        ]
        return 200, _page(tree, {**r.query, "limit": r.query.get("limit", "10000")})

    def photos(r: Request, m: dict[str, str]) -> tuple[int, Any]:
        photo: dict[str, Any] = {"id": "photo-1", "title": "Slab pour", "mediaType": "photo"}
        if r.query.get("include") == "signedUrls":
            photo["signedUrls"] = {"fileUrl": "https://example.invalid/photo-1.jpg"}
        return 200, _page([photo], r.query)

    return [
        ("GET", "/project/v1/hubs", hubs),
        ("GET", f"/project/v1/hubs/{re.escape(HUB)}/projects", projects),
        ("GET", f"/construction/admin/v1/projects/{project}/users", users),
        ("GET", f"{rfis}/rfi-types", rfi_types),
        ("POST", f"{rfis}/search:rfis", search),
        ("POST", f"{rfis}/rfis", create_rfi),
        ("GET", f"{rfis}/rfis/(?P<id>[^/]+)", get_rfi),
        ("PATCH", f"{rfis}/rfis/(?P<id>[^/]+)", patch_rfi),
        ("GET", f"{submittals}/items", items),
        ("GET", f"{submittals}/items/(?P<id>[^/]+)", item),
        ("GET", f"{submittals}/packages", packages),
        ("GET", f"{forms}/form-templates", templates),
        ("GET", f"{forms}/forms", list_forms),
        ("GET", f"/construction/locations/v2/projects/{project}/trees/default/nodes", nodes),
        ("POST", f"/construction/photos/v1/projects/{project}/photos:filter", photos),
    ]


@contextmanager
def construction_fake() -> Iterator[ConstructionFake]:
    """Run the fake on 127.0.0.1 for the duration of the block."""
    holder: list[ConstructionFake] = []

    class Handle(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _handle(self) -> None:
            fake = holder[0]
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            body = json.loads(raw) if raw else None
            request = Request(self.command, parts.path, dict(parse_qsl(parts.query)), body)
            fake.seen.append(request)
            status, payload = 404, {"detail": f"no route for {self.command} {parts.path}"}
            if self.headers.get("Authorization") != f"Bearer {TOKEN}":
                status, payload = 401, {"detail": "no token"}
            else:
                for method, pattern, handler in _routes(fake):
                    match = re.fullmatch(pattern, parts.path)
                    if method == self.command and match:
                        status, payload = handler(request, match.groupdict())
                        break
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PATCH = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handle)
    server.daemon_threads = True
    fake = ConstructionFake(server)
    holder.append(fake)
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
