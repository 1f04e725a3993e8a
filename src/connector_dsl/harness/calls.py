"""One call of an operation: build, apply policies, send, check; the result and its findings."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import httpx

from connector_dsl.dump import to_data
from connector_dsl.errors import Diagnostic
from connector_dsl.harness.auth import Credentials, apply_auth
from connector_dsl.harness.expressions import Scope
from connector_dsl.harness.findings import HarnessError, errors, finding, scrub, scrub_all
from connector_dsl.harness.policies import (
    Reply,
    apply_request_policies,
    apply_response_policies,
    instances_for,
)
from connector_dsl.harness.request import OutboundRequest, build_request
from connector_dsl.harness.responses import check
from connector_dsl.harness.script.runner import ScriptRunner
from connector_dsl.harness.source import ConnectorSource, OperationInfo
from connector_dsl.harness.transport import Exchange, limit_body, send

EXCERPT = 300


@dataclass(frozen=True, slots=True)
class CallResult:
    """What calling an operation gave: the request sent (secrets hidden), the answer, findings."""

    operation_id: str
    method: str
    url: str
    request_headers: dict[str, str]
    request_body: Any
    status: int | None
    reason: str = ""
    headers: dict[str, str] = field(default_factory=dict[str, str])
    body: Any = None
    findings: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        """A 2xx answer and no error-level finding."""
        return self.status is not None and 200 <= self.status < 300 and not errors(self.findings)

    def raise_for_findings(self) -> CallResult:
        """Self when `ok`; otherwise `HarnessError` with the error findings."""
        if not self.ok:
            found = errors(self.findings) or [
                finding("harness-status", f"{self.operation_id} answered {self.status}")
            ]
            raise HarnessError(found)
        return self

    def to_json(self) -> dict[str, Any]:
        """The result as JSON data."""
        return {
            "operation": self.operation_id,
            "request": {
                "method": self.method,
                "url": self.url,
                "headers": self.request_headers,
                "body": self.request_body,
            },
            "status": self.status,
            "headers": self.headers,
            "body": self.body,
            "ok": self.ok,
            "findings": [
                {
                    "code": f.code,
                    "severity": f.severity,
                    "message": f.message,
                    "pointer": f.place.pointer,
                }
                for f in self.findings
            ],
        }


@dataclass(frozen=True, slots=True)
class CallContext:
    """What every call shares: the connector, where to send, the credentials, the client."""

    source: ConnectorSource
    client: httpx.Client
    credentials: Credentials
    base_url: str | None = None
    max_bytes: int = 4 * 1024 * 1024
    script: ScriptRunner | None = None
    """Runs `script.csx` for the operations it handles; None: the script is not run."""
    script_off: str = "the connector has no script.csx"
    """Why `script` is None, for the finding of a script operation."""


def call(
    context: CallContext,
    info: OperationInfo,
    values: Mapping[str, Any],
    *,
    url: str | None = None,
    method: str | None = None,
    extra_query: Mapping[str, str] | None = None,
) -> CallResult:
    """Call `info` with these inputs (or send its auth to `url`, a webhook's Location)."""
    source, secrets = context.source, context.credentials.secrets()
    refused = context.credentials.problems()
    if refused:
        raise HarnessError(refused)
    try:
        if url is None:
            request = build_request(source, info, values, base_url=context.base_url)
        else:
            request = OutboundRequest(method or "DELETE", "", "/", "", url_override=url)
    except HarnessError as error:
        raise HarnessError(scrub_all(error.diagnostics, secrets)) from None
    for name, value in (extra_query or {}).items():
        request.set_query(name, value)
    notes = apply_auth(request, source, info, context.credentials)
    policies = instances_for(source, info.operation_id) if url is None else []
    scope = Scope(connection=context.credentials.parameters(), method=request.method)
    notes += apply_request_policies(request, policies, scope, base_url=context.base_url)
    scripted = url is None and source.is_script_operation(info.operation_id)
    if scripted and context.script is not None:
        exchange = _run_script(context.script, request, info, context.max_bytes)
    else:
        if scripted:
            msg = (
                f"{info.operation_id} is a script operation, but {context.script_off}: the "
                "request went to the service as the swagger describes it"
            )
            notes.append(finding("harness-script", msg, severity="warning"))
        exchange = send(context.client, request, max_bytes=context.max_bytes)
    findings = notes + exchange.findings
    body: Any = None
    if exchange.status is not None and not exchange.truncated:
        body, parsed = _parse(
            exchange.content, dict(exchange.headers), findings, info, exchange.status
        )
        reply = Reply(exchange.status, exchange.headers, body)
        findings += apply_response_policies(reply, policies, scope, base_url=context.base_url)
        body = reply.body
        exchange.headers = reply.headers
        if url is None:
            findings += _check_status(source, info, exchange.status, exchange.headers, body, parsed)
    return CallResult(
        operation_id=info.operation_id,
        method=request.method,
        url=scrub(request.url(), secrets),
        request_headers={k: scrub(v, secrets) for k, v in request.headers},
        request_body=request.body if request.has_body else (dict(request.form) or None),
        status=exchange.status,
        reason=exchange.reason,
        headers={k: scrub(v, secrets) for k, v in exchange.headers},
        body=_scrub_data(body, secrets) if secrets else body,
        findings=tuple(scrub_all(findings, secrets)),
    )


def _run_script(
    runner: ScriptRunner, request: OutboundRequest, info: OperationInfo, max_bytes: int
) -> Exchange:
    """Run `script.csx` for the request; `request` becomes the last one the script sent."""
    outcome = runner.run(request, info.operation_id)
    if outcome.sent:
        last = outcome.sent[-1]
        request.url_override, request.query, request.method = last.url, [], last.method
        request.headers = [
            (k, v) for k, v in last.headers if k.lower() not in ("content-length", "host")
        ]
        request.form, request.files = [], []
        request.has_body = last.content is not None
        request.body = None
        if last.content is not None:
            text = last.content.decode("utf-8", errors="replace")
            try:
                request.body = json.loads(text)
            except ValueError:
                request.body = text
    exchange = Exchange(
        status=outcome.status,
        reason=outcome.reason,
        headers=outcome.headers,
        findings=outcome.findings,
    )
    limit_body(exchange, outcome.content, max_bytes)
    return exchange


def _scrub_data(value: Any, secrets: list[str]) -> Any:
    """JSON data with every secret in its strings replaced by `***`."""
    if isinstance(value, str):
        return scrub(value, secrets)
    if isinstance(value, list):
        return [_scrub_data(item, secrets) for item in value]
    if isinstance(value, dict):
        data = cast("dict[str, Any]", value)
        return {scrub(k, secrets): _scrub_data(v, secrets) for k, v in data.items()}
    return value


def _parse(
    content: bytes,
    headers: dict[str, str],
    findings: list[Diagnostic],
    info: OperationInfo,
    status: int,
) -> tuple[Any, bool]:
    """The body as JSON data (parsed=True), or as text."""
    kind = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    text = content.decode("utf-8", errors="replace")
    if not content.strip():
        return None, True
    jsonish = "json" in kind.lower() or text.lstrip()[:1] in ("{", "[")
    try:
        return json.loads(text), True
    except ValueError:
        if jsonish or _declared_schema(info, status) is not None:
            msg = (
                f"{info.operation_id} answered a body that is not JSON "
                f"(content type {kind or 'none'!r}): {_excerpt(text)}"
            )
            findings.append(finding("harness-not-json", msg, pointer=""))
        return text, False


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= EXCERPT else flat[:EXCERPT] + "...")


def _declared(info: OperationInfo, status: int) -> Any:
    responses = info.operation.responses
    return (
        responses.get(str(status))
        or responses.get(f"{str(status)[0]}XX")
        or responses.get("default")
    )


def _declared_schema(info: OperationInfo, status: int) -> Any:
    response = _declared(info, status)
    schema = getattr(response, "schema_", None)
    return None if schema is None else to_data(schema)


def _check_status(
    source: ConnectorSource,
    info: OperationInfo,
    status: int,
    headers: list[tuple[str, str]],
    body: Any,
    parsed: bool,
) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    where = info.pointer + "/responses"
    if 300 <= status < 400:
        location = next((v for k, v in headers if k.lower() == "location"), "none")
        msg = (
            f"{info.operation_id} answered {status}, a redirect to {location}; the harness does "
            "not follow redirects: point the connector at the final URL"
        )
        found.append(finding("harness-redirect", msg, pointer=where))
        return found
    if status >= 400:
        msg = f"{info.operation_id} answered {status}: {_error_text(body)}"
        found.append(finding("harness-status", msg, pointer=where))
    if _declared(info, status) is None:
        declared = ", ".join(sorted(info.operation.responses)) or "none"
        msg = (
            f"{info.operation_id} answered {status}, which it does not declare "
            f"(declared: {declared})"
        )
        found.append(
            finding(
                "harness-undeclared-status",
                msg,
                pointer=where,
                severity="warning" if status >= 400 else "error",
            )
        )
        return found
    schema = _declared_schema(info, status)
    if schema is None or status >= 400 or not parsed:
        return found
    if isinstance(schema, dict) and (
        "x-ms-dynamic-schema" in schema or "x-ms-dynamic-properties" in schema
    ):
        msg = "the response schema is dynamic; resolve it with Harness.schema() to check the body"
        found.append(finding("harness-schema", msg, severity="info"))
        return found
    if body is None:
        if cast("dict[str, Any]", schema).get("type") not in (None, "object") or schema.get(
            "required"
        ):
            msg = f"{info.operation_id} answered {status} with no body, but a schema is declared"
            found.append(finding("harness-schema", msg, pointer="", severity="warning"))
        return found
    found += check(body, schema, source.data, what=f"{info.operation_id} response body")
    return found


def _error_text(body: Any) -> str:
    if isinstance(body, dict):
        data = cast("dict[str, Any]", body)
        for key in (
            "message",
            "error_description",
            "detail",
            "title",
            "error",
            "errors",
            "developerMessage",
        ):
            if key in data:
                return _excerpt(
                    json.dumps(data[key]) if not isinstance(data[key], str) else data[key]
                )
    if body is None:
        return "no body"
    return _excerpt(body if isinstance(body, str) else json.dumps(body))
