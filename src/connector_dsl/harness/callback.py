"""A local callback server on 127.0.0.1 that receives webhook notifications.

It runs `http.server` in a daemon thread, for at most `lifetime` seconds, and
answers every POST with 200; `wait` takes the next notification or times out.
"""

from __future__ import annotations

import contextlib
import json
import queue
import secrets
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MAX_NOTIFICATION_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Notification:
    """One request the service posted to the callback URL."""

    method: str
    path: str
    headers: dict[str, str]
    content: bytes

    def json(self) -> Any:
        """The body as JSON data (`ValueError` when it is not JSON)."""
        return json.loads(self.content.decode("utf-8"))


class CallbackServer:
    """Receives notifications at `url` until closed or `lifetime` seconds have passed."""

    def __init__(self, *, lifetime: float = 300.0) -> None:
        self._received: queue.Queue[Notification] = queue.Queue()
        self._token = secrets.token_urlsafe(8)
        received, token = self._received, self._token

        class Handler(BaseHTTPRequestHandler):
            def _take(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_NOTIFICATION_BYTES:
                    self.send_response(413)
                    self.end_headers()
                    return
                content = self.rfile.read(length) if length else b""
                if self.path.split("?")[0].rstrip("/") != f"/hooks/{token}":
                    self.send_response(404)
                    self.end_headers()
                    return
                headers = dict(self.headers.items())
                received.put(Notification(self.command, self.path, headers, content))
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_POST = _take
            do_PUT = _take

            def log_message(self, format: str, *args: Any) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._timer = threading.Timer(lifetime, self.close)
        self._timer.daemon = True
        self._closed = False
        self._thread.start()
        self._timer.start()

    @property
    def url(self) -> str:
        """The notification URL to register."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/hooks/{self._token}"

    def wait(self, timeout: float) -> Notification | None:
        """The next notification, or None after `timeout` seconds."""
        try:
            return self._received.get(timeout=max(timeout, 0.0))
        except queue.Empty:
            return None

    def close(self) -> None:
        """Stop serving (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._timer.cancel()
        with contextlib.suppress(Exception):
            self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> CallbackServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
