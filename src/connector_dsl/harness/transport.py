"""Sending one request with httpx: no redirects followed, no retries, a size limit."""

from __future__ import annotations

from dataclasses import dataclass, field
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
    kwargs: dict[str, object] = {}
    if request.files:
        kwargs["files"] = [(name, (name, data)) for name, data in request.files]
        kwargs["data"] = dict(request.form)
    elif request.form:
        kwargs["data"] = dict(request.form)
    elif request.has_body:
        kwargs["json"] = request.body
    where = f"{request.method} {_origin(request)}"
    try:
        with client.stream(
            request.method,
            request.url(),
            headers=request.headers,
            follow_redirects=False,
            **kwargs,  # type: ignore[arg-type]
        ) as response:
            exchange.status = response.status_code
            exchange.reason = response.reason_phrase
            exchange.headers = list(response.headers.multi_items())
            _read(response, exchange, max_bytes)
    except httpx.TimeoutException as error:
        kind = type(error).__name__
        msg = (
            f"{where} timed out ({kind}); the harness does not retry: "
            "raise the timeout or check the service"
        )
        exchange.findings.append(finding("harness-timeout", msg))
    except httpx.ConnectError as error:
        msg = (
            f"cannot connect to {_origin(request)}: {_reason(error)}; "
            "is the service running at this URL?"
        )
        exchange.findings.append(finding("harness-connect", msg))
    except httpx.HTTPError as error:
        msg = f"{where} failed: {type(error).__name__}: {_reason(error)}"
        exchange.findings.append(finding("harness-transport", msg))
    return exchange


def _read(response: httpx.Response, exchange: Exchange, max_bytes: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        exchange.truncated = True
    chunks: list[bytes] = []
    size = 0
    if not exchange.truncated:
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > max_bytes:
                exchange.truncated = True
                break
            chunks.append(chunk)
    exchange.content = b"".join(chunks)
    if exchange.truncated:
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
