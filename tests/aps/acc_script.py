"""What `aps_connectors/acc/acc.csx` does to a request and its response, in Python.

SEAM: the harness runs `script.csx` under Mono when `mcs` is installed (then the
requests the ACC tests check are the real script's); without Mono it sends the
swagger's own request. `ScriptTransport` sits between the harness and the fake
APS server and applies, for the connector's script operations only, the
transforms the script's header comment lists, so the contract holds on both
kinds of machine. Every transform here is idempotent: after the real script it
changes nothing. When every test machine has Mono, pass no transport and delete
this module.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

import httpx

PICKERS = ("hub_id", "project_id", "folder_id", "item_id")
FLATTEN = "x-acc-flatten"
_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_BARE_PROJECT = re.compile(rf"^/data/v1/projects/({_GUID})(/|$)")
_DESIGN = re.compile(r"^(/modelderivative/v2/designdata/)([^/]+)(.*)$")
_NESTED = {"subtypes": "subtypes", "rootcauses": "rootCauses"}


def design_urn(segment: str) -> str:
    """A plain version URN (`urn:adsk...`, possibly URL-encoded) as URL-safe base64."""
    value = segment
    for _ in range(2):
        if "%" in value:
            value = unquote(value)
    if not value.startswith("urn:"):
        return segment
    return base64.urlsafe_b64encode(value.encode()).decode().rstrip("=")


def rewrite_path(path: str) -> str:
    """The path as the script sends it: `b.` off for /construction/, on for /data/, URNs encoded."""
    if path.startswith("/construction/"):
        path = path.replace("/accounts/b.", "/accounts/").replace("/projects/b.", "/projects/")
    path = _BARE_PROJECT.sub(r"/data/v1/projects/b.\1\2", path)
    design = _DESIGN.match(path)
    if design:
        path = design.group(1) + design_urn(design.group(2)) + design.group(3)
    return path


def drop_pickers(query: str) -> str:
    """The query without the inputs that only fill dropdowns."""
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in PICKERS]
    return urlencode(kept)


def flatten(body: Any, what: str) -> Any:
    """`{"results": [parent...]}` -> `{"results": [child...]}` for the nested list `what`."""
    nested = _NESTED[what]
    parents = body.get("results", []) if isinstance(body, dict) else []
    return {"results": [child for parent in parents for child in parent.get(nested, [])]}


class ScriptTransport(httpx.BaseTransport):
    """Applies the script's transforms to the requests of `script_operations`."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        routes: Iterable[tuple[str, str, str]],
        script_operations: Iterable[str],
    ) -> None:
        self.inner = inner
        self.routes = [
            (method.upper(), re.compile(re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(p))), op)
            for method, p, op in routes
        ]
        self.script_operations = set(script_operations)

    def operation(self, method: str, path: str) -> str | None:
        """The connector operation a request belongs to (by method and path template)."""
        return next(
            (op for m, rx, op in self.routes if m == method and rx.fullmatch(path)),
            None,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        parts = urlsplit(str(request.url))
        operation = self.operation(request.method, request.url.raw_path.split(b"?")[0].decode())
        if operation not in self.script_operations:
            return self.inner.handle_request(request)
        path = rewrite_path(request.url.raw_path.split(b"?")[0].decode())
        url = urlunsplit((parts.scheme, parts.netloc, path, drop_pickers(parts.query), ""))
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != FLATTEN]
        asked = request.headers.get(FLATTEN)
        content = request.read()
        if content and operation in ("CreateIssue", "UpdateIssue"):
            body = json.loads(content)
            if isinstance(body.get("assignedTo"), str) and "assignedToType" not in body:
                body["assignedToType"] = "user"
            content = json.dumps(body).encode()
            headers = [(k, v) for k, v in headers if k.lower() != "content-length"]
        sent = httpx.Request(request.method, httpx.URL(url), headers=headers, content=content)
        response = self.inner.handle_request(sent)
        if asked in _NESTED and 200 <= response.status_code < 300:
            response.read()
            data = flatten(json.loads(response.content), asked)
            keep = [
                (k, v)
                for k, v in response.headers.multi_items()
                if k.lower() not in ("content-length", "content-encoding")
            ]
            return httpx.Response(response.status_code, headers=keep, json=data)
        return response
