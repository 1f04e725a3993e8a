"""A generated fake service: answers each operation with a sample of its response schema.

It serves on 127.0.0.1 (stdlib `ThreadingHTTPServer` in a thread), records every
request, and for a webhook trigger posts a sample notification to the callback
URL it was given and answers 201 with a `Location` it will accept a DELETE on.
"""

from __future__ import annotations

import json
import re
import threading
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from connector_dsl.document import Reference
from connector_dsl.dump import to_data
from connector_dsl.harness.policies import instances_for
from connector_dsl.harness.request import to_schema
from connector_dsl.harness.samples import sample
from connector_dsl.harness.schemas import at_path, set_path, walk_properties
from connector_dsl.harness.source import ConnectorLike, ConnectorSource, OperationInfo, load_source


@dataclass(frozen=True, slots=True)
class Recorded:
    """One request the fake received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass(slots=True)
class _Route:
    info: OperationInfo
    pattern: re.Pattern[str]
    routed: bool = False
    """Reached through a `routerequesttoendpoint` policy rather than its own path."""


@dataclass(slots=True)
class FakeService:
    """A running fake of a connector's service; `url` is its base URL."""

    source: ConnectorSource
    server: ThreadingHTTPServer
    requests: list[Recorded] = field(default_factory=list[Recorded])
    hooks: set[str] = field(default_factory=set[str])
    notified: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        """`http://127.0.0.1:PORT`."""
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        """Stop serving."""
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> FakeService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _routes(source: ConnectorSource) -> list[_Route]:
    base = (source.document.base_path or "/").rstrip("/")
    found: list[_Route] = []
    for info in source.operations.values():
        routed = _routed_paths(source, info)
        for path in [info.path, *routed]:
            pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(base + path.split("?")[0]))
            found.append(_Route(info, re.compile(pattern + "/?"), routed=path in routed))
    # literal paths before templated ones
    found.sort(key=lambda r: r.info.path.count("{"))
    return found


def _routed_paths(source: ConnectorSource, info: OperationInfo) -> list[str]:
    """Paths a `routerequesttoendpoint` policy sends the operation to."""

    return [
        str((p.parameters or {}).get("x-ms-apimTemplateParameter.newPath"))
        for p in instances_for(source, info.operation_id)
        if p.template_id.lower() == "routerequesttoendpoint"
    ]


def _dropdown_shapes(source: ConnectorSource) -> dict[str, list[tuple[str, str, str]]]:
    """operationId -> (collection, value, title) paths the connector's dropdowns read."""

    shapes: dict[str, list[tuple[str, str, str]]] = {}

    def note(spec: Any, keys: tuple[str, str, str, str]) -> None:
        if isinstance(spec, dict) and isinstance(spec.get("operationId"), str):
            found = tuple(str(spec.get(k) or "") for k in keys[1:])
            shapes.setdefault(spec["operationId"], []).append((found[0], found[1], found[2]))

    for info in source.operations.values():
        nodes: list[Any] = [to_data(p) for p in info.parameters if p.in_ != "body"]
        for parameter in info.parameters:
            if parameter.in_ == "body" and parameter.schema_ is not None:
                nodes += [n for _, n in walk_properties(source.data, to_data(parameter.schema_))]
        for node in nodes:
            note(
                node.get("x-ms-dynamic-values"),
                ("", "value-collection", "value-path", "value-title"),
            )
            note(node.get("x-ms-dynamic-list"), ("", "itemsPath", "itemValuePath", "itemTitlePath"))
    return shapes


def _with_shapes(payload: Any, shapes: list[tuple[str, str, str]]) -> Any:
    """The payload with what the dropdowns read made present (schemas often leave it out)."""

    for collection, value, title in shapes:
        items = at_path(payload, collection) if collection else payload
        if not isinstance(items, list) or not items:
            items = [{}, {}]
            if not collection:
                payload = items
            elif isinstance(payload, dict):
                set_path(payload, collection, items)
            else:
                continue
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            for path, prefix in ((value, "value"), (title, "title")):
                if path and not isinstance(at_path(item, path), str | int | float):
                    set_path(item, path, f"{prefix}-{index + 1}")
    return payload


def _answer(
    source: ConnectorSource, info: OperationInfo, shapes: list[tuple[str, str, str]]
) -> tuple[int, Any]:
    shared = source.document.responses or {}
    for status, declared in sorted(info.operation.responses.items()):
        if status.startswith("2") or status == "default":
            response: Any = declared
            if isinstance(declared, Reference):  # `#/responses/Name`
                response = shared.get(declared.ref.rsplit("/", 1)[-1])
            schema = getattr(response, "schema_", None)
            code = int(status) if status.isdigit() else 200
            payload = None if schema is None else sample(source.data, to_data(schema))
            return code, _with_shapes(payload, shapes) if shapes else payload
    return 200, _with_shapes(None, shapes) if shapes else None


def _slot_value(source: ConnectorSource, info: OperationInfo, body: Any) -> str | None:

    for parameter in info.parameters:
        if parameter.in_ == "body":
            for path, node in walk_properties(source.data, to_schema(parameter)):
                if node.get("x-ms-notification-url") is True:
                    value = at_path(body, path)
                    return value if isinstance(value, str) else None
    return None


def _notify(url: str, payload: Any) -> None:
    data = json.dumps(payload).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5):
        pass


def start_fake(connector: ConnectorLike) -> FakeService:
    """Start a generated fake of the connector's service on 127.0.0.1."""
    source = load_source(connector)
    routes = _routes(source)
    shapes = _dropdown_shapes(source)
    holder: list[FakeService] = []

    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            fake = holder[0]
            length = int(self.headers.get("Content-Length") or 0)
            content = self.rfile.read(length) if length else b""
            path = urlsplit(self.path).path
            fake.requests.append(Recorded(self.command, self.path, dict(self.headers), content))
            if self.command == "DELETE" and path in fake.hooks:
                fake.hooks.discard(path)
                self._send(204, None)
                return
            matching = [
                r
                for r in routes
                if r.info.method.upper() == self.command and r.pattern.fullmatch(path)
            ]
            if not matching:
                self._send(404, {"message": f"no operation at {self.command} {path}"})
                return
            # Policies can route several operations to one path: answer as the newest
            # (not deprecated, routed there) and give what every one's dropdowns read.
            route = min(matching, key=lambda r: (bool(r.info.operation.deprecated), not r.routed))
            shape = [s for r in matching for s in shapes.get(r.info.operation_id, [])]
            status, payload = _answer(source, route.info, shape)
            body = json.loads(content) if content.strip() else None
            callback = _slot_value(source, route.info, body)
            headers: dict[str, str] = {}
            if callback is not None:
                hook = f"{path.rstrip('/')}/hook-1"
                fake.hooks.add(hook)
                headers["Location"] = fake.url + hook
                content_schema = route.info.path_item.x_ms_notification_content
                schema = None if content_schema is None else content_schema.schema_
                note = sample(source.data, to_data(schema)) if schema is not None else {}
                threading.Thread(
                    target=self._later, args=(fake, callback, note), daemon=True
                ).start()
            self._send(status, payload, headers)

        @staticmethod
        def _later(fake: FakeService, url: str, payload: Any) -> None:
            try:
                _notify(url, payload)
            except OSError:
                return
            fake.notified.set()

        def _send(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
            data = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake = FakeService(source, server)
    holder.append(fake)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    ).start()
    return fake
