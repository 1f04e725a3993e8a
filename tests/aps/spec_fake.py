"""A local fake of APS generated from Autodesk's contracts (`contracts.Contracts`).

Every request is matched to its contract and checked (openapi-core for the
OpenAPI specs, the collection for Postman routes); a request with problems gets
400 and is recorded. A valid one is answered with the spec's first 2xx status
and a body shaped by the spec (its example, else a value synthesized from the
schema), with the world's seed laid over it; the answer is itself checked
against the spec before it is sent. Postman collections hold no responses: a
route of theirs is answered with the connector's own declared status and schema
(`fallback`), and that is said in the record. Hooks follow Autodesk's
documented behaviour (`aps_samples`): 201 with `Location`, then one callback.
"""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.aps import aps_samples, world
from tests.aps.contracts import Contract, Contracts, PostmanRoute, Seen, SpecOperation
from tests.aps.synthesize import NO_HINT, synthesize

TOKEN = "aps-contract-token-5b2e"
HOOK_PATH = re.compile(r"^/webhooks/v1/systems/([^/]+)/events/([^/]+)/hooks(?:/([^/]+))?$")

Fallback = Callable[[str, str, Any], tuple[int, Any]]
"""(method, path, seed) -> (status, body) for a route whose contract declares no response."""


@dataclass
class Received:
    """One request, the contract it was checked against, and what was wrong."""

    seen: Seen
    contract: str | None
    problems: list[str]
    status: int
    response_problems: list[str] = field(default_factory=list)
    response_from: str = "spec"


@dataclass
class SpecFake:
    """The running fake: its URL, what it received, its hooks and its world."""

    server: ThreadingHTTPServer
    contracts: Contracts
    fallback: Fallback | None = None
    world: world.World = field(default_factory=world.World)
    received: list[Received] = field(default_factory=list)
    hooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    callbacks: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    # --- answering ---------------------------------------------------------------------------

    def answer(self, seen: Seen) -> tuple[int, Any, dict[str, str]]:
        if seen.header("authorization") != f"Bearer {TOKEN}":
            return self._record(seen, None, ["no or wrong bearer token"], 401, {"detail": "token"})
        contract = self.contracts.find(seen.method, seen.path)
        if contract is None:
            problem = f"Autodesk has no {seen.method} {seen.path} in any spec or collection"
            return self._record(seen, None, [problem], 404, {"detail": problem})
        problems = self.contracts.check(contract, seen)
        if problems:
            return self._record(seen, contract, problems, 400, {"detail": problems})
        hook = HOOK_PATH.match(seen.path)
        if hook is not None and isinstance(contract, SpecOperation):
            return self._hook(seen, contract, *hook.groups())
        if isinstance(contract, PostmanRoute):
            seed = self.world.seed(contract.name, seen.path, seen.body, seen.query)
            status, body = (
                self.fallback(seen.method, seen.path, seed) if self.fallback else (200, seed)
            )
            found = self._record(seen, contract, [], status, body)
            self.received[
                -1
            ].response_from = "connector's declared schema (no response in the collection)"
            return found
        status, _ = contract.success()
        shape = contract.response_schema(status)
        seed = self.world.seed(contract.name, seen.path, seen.body)
        # The schema, not the spec's examples: some of those do not fit their own schema
        # (get-all-properties' example has strings where properties are objects).
        hint = NO_HINT if seed is None else seed
        body = seed if shape is None else synthesize(shape[0], contract.resolve, hint)
        return self._record(seen, contract, [], status, body)

    def _hook(
        self, seen: Seen, contract: SpecOperation, system: str, event: str, hook_id: str | None
    ) -> tuple[int, Any, dict[str, str]]:
        if seen.method == "POST" and hook_id is None:
            created = str(uuid.uuid4())
            body = json.loads(seen.body)
            with self.lock:
                self.hooks[created] = {
                    "system": system,
                    "event": event,
                    "body": body,
                    "region": seen.header("x-ads-region"),
                }
            location = f"{self.url}/webhooks/v1/systems/{system}/events/{event}/hooks/{created}"
            threading.Thread(target=self._fire, args=(created,), daemon=True).start()
            status = aps_samples.HOOK_CREATED_STATUS
            return self._record(seen, contract, [], status, None, {"Location": location})
        if seen.method == "DELETE" and hook_id is not None:
            with self.lock:
                gone = self.hooks.pop(unquote(hook_id), None)
            if gone is None:
                return self._record(seen, contract, [], 404, {"detail": "no such hook"})
            return self._record(seen, contract, [], 204, None)
        return self._record(seen, contract, [], 200, None)

    def notification(self, hook_id: str) -> dict[str, Any]:
        """The callback Autodesk would post for a hook, after its documented sample."""
        hook = self.hooks[hook_id]
        system, event, body = hook["system"], hook["event"], hook["body"]
        scope = body.get("scope", {})
        if system == "data":
            payload = aps_samples.data_event(
                scope.get("folder", world.FOLDER), world.PROJECT_GUID, world.VERSION, world.ITEM
            )
            resource = world.VERSION
        elif system == "derivative":
            payload = aps_samples.extraction_event(world.DERIVATIVE)
            resource = world.DERIVATIVE
        else:
            payload = aps_samples.issue_event(
                scope.get("project", ""), world.ISSUE, world.SUBTYPE, world.ISSUE_TYPE
            )
            resource = f"urn:adsk.issues:issues.issue:{world.ISSUE}"
        return {
            "version": "1.0",
            "resourceUrn": resource,
            "hook": aps_samples.hook_envelope(system, event, hook_id, body),
            "payload": payload,
        }

    def _fire(self, hook_id: str) -> None:
        time.sleep(0.05)
        with self.lock:
            if hook_id not in self.hooks:
                return
            note = self.notification(hook_id)
            url = self.hooks[hook_id]["body"]["callbackUrl"]
        self.callbacks.append((hook_id, note))
        request = urllib.request.Request(
            url, data=json.dumps(note).encode(), headers={"Content-Type": "application/json"}
        )
        try:
            urllib.request.urlopen(request, timeout=5).close()
        except OSError:
            return

    def _record(
        self,
        seen: Seen,
        contract: Contract | None,
        problems: list[str],
        status: int,
        body: Any,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, Any, dict[str, str]]:
        received = Received(seen, contract.name if contract else None, problems, status)
        if isinstance(contract, SpecOperation) and not problems:
            data = b"" if body is None else json.dumps(body).encode()
            received.response_problems = self.contracts.check_response(
                contract, seen, status, data, headers or {}
            )
        with self.lock:
            self.received.append(received)
        return status, body, headers or {}


def start(contracts: Contracts, fallback: Fallback | None = None) -> SpecFake:
    """Serve the fake on 127.0.0.1 (a free port) until `close()`."""
    holder: list[SpecFake] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            seen = Seen(
                self.command,
                parts.path,
                tuple(parse_qsl(parts.query, keep_blank_values=True)),
                dict(self.headers.items()),
                raw,
            )
            status, body, headers = holder[0].answer(seen)
            data = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            for key, value in headers.items():
                self.send_header(key, value)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            # One request per connection, said out loud: a client that pools connections
            # (Mono's HttpClient running acc.csx) must not reuse one this server closed.
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    fake = SpecFake(server, contracts, fallback)
    holder.append(fake)
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    ).start()
    return fake
