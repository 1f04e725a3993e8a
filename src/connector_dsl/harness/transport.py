"""Sending one request with httpx: no redirects followed, no retries, a size limit,
and one deadline for the whole request.

httpx's timeouts bound each read, so a server that sends a byte a second never
times out. Here every request gets its own connection, and a timer shuts that
connection's socket down when the deadline (the client's read timeout, counted
from the start) passes: slow headers and slow bodies end the same way.

Header values with control characters or non-ASCII text are refused before
anything is sent (a token file saved with Windows line endings ends in `\r`).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from connector_dsl.errors import Diagnostic
from connector_dsl.harness.findings import finding
from connector_dsl.harness.request import OutboundRequest

DEFAULT_MAX_BYTES = 4 * 1024 * 1024
"""Bodies larger than this (4 MiB) are cut off and reported."""


@dataclass(slots=True)
class Exchange:
    """What came back: status, headers and body bytes, or findings saying why not."""

    status: int | None = None
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    content: bytes = b""
    truncated: bool = False
    findings: list[Diagnostic] = field(default_factory=list[Diagnostic])


def send(
    client: httpx.Client, request: OutboundRequest, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Exchange:
    """Send once; transport failures, redirects and oversized bodies become findings."""
    exchange = Exchange()
    refused = _unsendable_headers(request)
    if refused:
        exchange.findings.extend(refused)
        return exchange
    kwargs: dict[str, object] = {}
    if request.files:
        kwargs["files"] = [(name, (name, data)) for name, data in request.files]
        kwargs["data"] = dict(request.form)
    elif request.form:
        kwargs["data"] = dict(request.form)
    elif request.has_body:
        kwargs["json"] = request.body
    where = f"{request.method} {_origin(request)}"
    deadline = _Deadline(client.timeout.read or client.timeout.connect)
    try:
        with client.stream(
            request.method,
            request.url(),
            headers=request.headers,
            follow_redirects=False,
            extensions={"trace": deadline.trace},
            **kwargs,  # type: ignore[arg-type]
        ) as response:
            exchange.status = response.status_code
            exchange.reason = response.reason_phrase
            exchange.headers = list(response.headers.multi_items())
            _read(response, exchange, max_bytes, deadline)
    except (httpx.HTTPError, OSError) as error:
        if not deadline.expired:
            _failed(error, request, exchange)
    except (httpx.InvalidURL, ValueError) as error:
        msg = f"the request cannot be sent: {_reason(error)}; shorten or fix the URL and inputs"
        exchange.findings.append(finding("harness-input", msg))
    finally:
        deadline.cancel()
    if deadline.expired:
        exchange.status = None
        msg = (
            f"{where} did not finish within {deadline.seconds:g} s (--timeout bounds the "
            "whole request); the harness does not retry: raise the timeout or check the service"
        )
        exchange.findings = [finding("harness-timeout", msg)]
    return exchange


def _failed(error: Exception, request: OutboundRequest, exchange: Exchange) -> None:
    where = f"{request.method} {_origin(request)}"
    if isinstance(error, httpx.TimeoutException):
        kind = type(error).__name__
        msg = (
            f"{where} timed out ({kind}); the harness does not retry: "
            "raise the timeout or check the service"
        )
        exchange.findings.append(finding("harness-timeout", msg))
    elif isinstance(error, httpx.ConnectError):
        msg = (
            f"cannot connect to {_origin(request)}: {_reason(error)}; "
            "is the service running at this URL?"
        )
        exchange.findings.append(finding("harness-connect", msg))
    else:
        msg = f"{where} failed: {type(error).__name__}: {_reason(error)}"
        exchange.findings.append(finding("harness-transport", msg))


class _Deadline:
    """Shuts the request's socket down once `seconds` have passed since it started."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or 0.0
        self.expired = False
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._started = time.monotonic()
        self._timer: threading.Timer | None = None
        if seconds:
            self._timer = threading.Timer(seconds, self._expire)
            self._timer.daemon = True
            self._timer.start()

    def trace(self, event: str, info: dict[str, Any]) -> None:
        """httpcore's trace hook: note the socket of the new connection."""
        if event != "connection.connect_tcp.complete":
            return
        stream = info.get("return_value")
        found = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(found, socket.socket):
            with self._lock:
                self._socket = found
                if self.expired:
                    self._shut()

    def past(self) -> bool:
        """Whether the deadline has passed (checked between body chunks too)."""
        if self.seconds and time.monotonic() - self._started >= self.seconds:
            self._expire()
        return self.expired

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        if self._socket is not None:
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)

    def cancel(self) -> None:
        """Stop the timer once the request is over."""
        if self._timer is not None:
            self._timer.cancel()


def _unsendable_headers(request: OutboundRequest) -> list[Diagnostic]:
    """An error for each header whose name or value HTTP cannot carry; values not shown."""
    found: list[Diagnostic] = []
    for name, value in request.headers:
        for part, text in (("name", name), ("value", value)):
            bad = next((c for c in text if not " " <= c <= "~" and c != "\t"), None)
            if bad is not None:
                control = bad < " " or bad == "\x7f"
                fix = (
                    "remove it (a token file saved with Windows line endings ends in a "
                    "carriage return)"
                    if control
                    else "percent-encode it or leave it out"
                )
                kind = "a control character" if control else "non-ASCII text"
                msg = (
                    f"the {part} of header {_safe(name)!r} holds {kind} (U+{ord(bad):04X}); "
                    f"the request was not sent: {fix}"
                )
                found.append(finding("harness-input", msg))
                break
    return found


def _safe(name: str) -> str:
    return "".join(c if " " <= c <= "~" else "?" for c in name)[:60]


def _read(
    response: httpx.Response, exchange: Exchange, max_bytes: int, deadline: _Deadline
) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        exchange.truncated = True
    chunks: list[bytes] = []
    size = 0
    if not exchange.truncated:
        for chunk in response.iter_bytes():
            if deadline.past():
                break
            size += len(chunk)
            if size > max_bytes:
                exchange.truncated = True
                break
            chunks.append(chunk)
    exchange.content = b"".join(chunks)
    if exchange.truncated:
        _too_large(exchange, max_bytes)


def limit_body(exchange: Exchange, content: bytes, max_bytes: int) -> None:
    """Keep `content` as the body, or note it is over the limit (a script's answer)."""
    if len(content) > max_bytes:
        exchange.truncated = True
        _too_large(exchange, max_bytes)
    else:
        exchange.content = content


def _too_large(exchange: Exchange, max_bytes: int) -> None:
    msg = (
        f"the response body is larger than the limit of {max_bytes} bytes; it was not read "
        "(raise max_bytes, or page the results)"
    )
    exchange.findings.append(finding("harness-too-large", msg))


def _origin(request: OutboundRequest) -> str:
    parts = urlsplit(request.url_override or request.origin)
    return f"{parts.scheme}://{parts.netloc}"


def _reason(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text.splitlines()[0][:200]
