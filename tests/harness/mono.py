"""What the script tests share: the skip when Mono is absent, one compile cache, and a local
server that records every request and answers what a test's function says."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest

from connector_dsl.harness.script import find_toolchain
from connector_dsl.harness.script.compiler import INSTALL

needs_mono = pytest.mark.skipif(
    find_toolchain() is None,
    reason=f"Mono's C# compiler is not installed (CI installs it: {INSTALL})",
)


def use_cache(factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """One compile cache for the test session, outside the user's home (call from a fixture)."""
    folder = factory.getbasetemp() / "script-cache"
    monkeypatch.setenv("CONNECTOR_DSL_CACHE", str(folder))
    return folder


@dataclass
class Received:
    """One request that reached the server."""

    method: str
    raw_path: str
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return urlsplit(self.raw_path).path

    @property
    def segments(self) -> list[str]:
        return [unquote(s) for s in self.path.split("/")]

    @property
    def query(self) -> dict[str, str]:
        return dict(parse_qsl(urlsplit(self.raw_path).query))

    def json(self) -> Any:
        return json.loads(self.body)


Reply = Callable[[Received], tuple[int, Any]]


@dataclass
class Recorder:
    """A server on 127.0.0.1 answering every path with `reply`."""

    server: ThreadingHTTPServer
    received: list[Received] = field(default_factory=list[Received])

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}"


@contextmanager
def recorder(reply: Reply) -> Iterator[Recorder]:
    """Start a recording server; it stops when the block ends."""
    holder: list[Recorder] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen = Received(
                self.command,
                self.path,
                dict(self.headers),
                self.rfile.read(length) if length else b"",
            )
            holder[0].received.append(seen)
            status, payload = reply(seen)
            data = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            if data:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder.append(Recorder(server))
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    ).start()
    try:
        yield holder[0]
    finally:
        server.shutdown()
        server.server_close()
