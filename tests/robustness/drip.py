"""A misbehaving HTTP server on 127.0.0.1: slow drip, huge body, gzip bomb, redirects, bad JSON.

Every behaviour is bounded: a drip stops after `DRIP_LIMIT` seconds, whatever the client does.
"""

from __future__ import annotations

import gzip
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DRIP_LIMIT = 8.0
"""Seconds a dripping answer lasts at most."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, dict[str, str]]]

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        self.seen.append((self.path, dict(self.headers)))
        kind = self.path.split("?")[0].strip("/").split("/")[-1]
        with _quiet():
            getattr(self, f"_{kind}", self._ok)()

    def _ok(self) -> None:
        self._answer(200, b'{"ok": true}')

    def _answer(self, status: int, body: bytes, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", headers.pop("content_type", "application/json"))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip_headers(self) -> None:
        started = time.monotonic()
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        while time.monotonic() - started < DRIP_LIMIT:
            self.wfile.write(b"X-Slow: a\r\n")
            self.wfile.flush()
            time.sleep(0.2)

    def _drip_body(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        started = time.monotonic()
        while time.monotonic() - started < DRIP_LIMIT:
            self.wfile.write(b" ")
            self.wfile.flush()
            time.sleep(0.2)

    def _huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"[" + b"1," * 32768
        for _ in range(400):  # about 26 MB, more than the 4 MiB limit
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def _bomb(self) -> None:
        body = gzip.compress(b" " * (64 * 1024 * 1024))
        self._answer(200, body, Content_Encoding="gzip")

    def _redirect(self) -> None:
        self._answer(302, b"", Location="http://127.0.0.1:9/elsewhere")

    def _invalid(self) -> None:
        self._answer(200, b'{"truncated": [1, 2')

    def _echo(self) -> None:
        headers = dict(self.headers)
        body = repr(headers).encode() + b" " + self.path.encode()
        self._answer(500, body, content_type="text/plain")


@contextmanager
def _quiet() -> Iterator[None]:
    try:
        yield
    except (TimeoutError, BrokenPipeError, ConnectionResetError, OSError):
        return


@contextmanager
def misbehaving() -> Iterator[tuple[str, list[tuple[str, dict[str, str]]]]]:
    """The server's base URL and the (path, headers) of every request it got."""
    seen: list[tuple[str, dict[str, str]]] = []
    handler = type("Handler", (_Handler,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
    )
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host}:{port}", seen
    finally:
        server.shutdown()
        server.server_close()
