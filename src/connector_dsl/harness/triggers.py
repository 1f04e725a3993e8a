"""Triggers: register a webhook and receive its notification; poll as Power Platform does."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import unquote, urljoin, urlsplit

from connector_dsl.dump import to_data
from connector_dsl.errors import Diagnostic
from connector_dsl.harness.callback import CallbackServer, Notification
from connector_dsl.harness.calls import CallContext, CallResult, call
from connector_dsl.harness.expressions import ExpressionError, Scope, evaluate
from connector_dsl.harness.findings import HarnessError, finding
from connector_dsl.harness.policies import TRIGGER_TEMPLATE, _param, instances_for
from connector_dsl.harness.request import to_schema
from connector_dsl.harness.responses import check
from connector_dsl.harness.schemas import MISSING, walk_properties
from connector_dsl.harness.source import OperationInfo

NOTIFICATION_URL = "x-ms-notification-url"


def notification_slot(context: CallContext, info: OperationInfo) -> str:
    """The input that takes the callback URL: a parameter name or a body property path."""
    for parameter in info.parameters:
        if parameter.extensions().get(NOTIFICATION_URL) is True:
            return parameter.name
        if parameter.in_ == "body":
            for path, node in walk_properties(context.source.data, to_schema(parameter)):
                if node.get(NOTIFICATION_URL) is True:
                    return path
    msg = f"{info.operation_id} has no parameter or body property with x-ms-notification-url: true"
    raise HarnessError([finding("harness-webhook", msg, pointer=info.pointer)])


@dataclass(frozen=True, slots=True)
class ReceivedNotification:
    """A notification and how it fits `x-ms-notification-content`."""

    headers: dict[str, str]
    body: Any
    findings: tuple[Diagnostic, ...] = ()

    @property
    def ok(self) -> bool:
        """No error-level finding."""
        return not any(f.severity == "error" for f in self.findings)


@dataclass(slots=True)
class WebhookSession:
    """A registered webhook: wait for notifications; leaving the `with` unsubscribes."""

    context: CallContext
    info: OperationInfo
    server: CallbackServer
    registration: CallResult
    inputs: dict[str, Any]
    wait_default: float = 30.0
    notifications: list[ReceivedNotification] = field(default_factory=list[ReceivedNotification])
    unsubscribed: CallResult | None = None
    findings: list[Diagnostic] = field(default_factory=list[Diagnostic])

    @property
    def callback_url(self) -> str:
        """Where the service posts."""
        return self.server.url

    def wait(self, timeout: float | None = None) -> ReceivedNotification:
        """The next notification, checked; `HarnessError` after `timeout` seconds without one."""
        seconds = self.wait_default if timeout is None else timeout
        received = self.server.wait(seconds)
        if received is None:
            msg = (
                f"no notification reached the callback URL within {seconds:g} s "
                f"({self.info.operation_id}); {self._hint()}"
            )
            raise HarnessError([finding("harness-notification", msg)])
        result = self._checked(received)
        self.notifications.append(result)
        return result

    def _hint(self) -> str:
        hint = self.info.operation.x_ms_trigger_hint
        return hint if hint else "make the service fire the event, or wait longer"

    def _checked(self, received: Notification) -> ReceivedNotification:
        content = self.info.path_item.x_ms_notification_content
        try:
            body: Any = received.json() if received.content else None
        except ValueError:
            msg = "the notification body is not JSON"
            text = received.content.decode("utf-8", errors="replace")[:300]
            return ReceivedNotification(
                received.headers, text, (finding("harness-not-json", msg, pointer=""),)
            )
        if content is None or content.schema_ is None:
            note = finding(
                "harness-notification",
                "the trigger declares no x-ms-notification-content",
                severity="warning",
            )
            return ReceivedNotification(received.headers, body, (note,))
        schema = to_data(content.schema_)
        found = check(body, schema, self.context.source.data, what="the notification")
        return ReceivedNotification(received.headers, body, tuple(found))

    def unsubscribe(self) -> CallResult | None:
        """Delete the hook (once) and stop the callback server."""
        try:
            if self.unsubscribed is None and self.registration.ok:
                self.unsubscribed = _unsubscribe(self)
        finally:
            self.server.close()
        return self.unsubscribed


def _location(result: CallResult) -> str | None:
    value = next((v for k, v in result.headers.items() if k.lower() == "location"), None)
    return urljoin(result.url, value) if value else None


def _unsubscribe(session: WebhookSession) -> CallResult | None:
    context, info, registration = session.context, session.info, session.registration
    source = context.source
    location = _location(registration)
    if location is not None:
        matched = _match_delete(session, location)
        if matched is not None:
            return call(context, matched[0], matched[1])
        return call(context, info, {}, url=location, method="DELETE")
    named = source.unsubscribe.get(info.operation_id)
    target = source.operations.get(named) if named else None
    if target is None:
        target = next(
            (
                op
                for op in source.operations.values()
                if op.method == "delete"
                and re.fullmatch(re.escape(info.path.rstrip("/")) + r"/\{[^/]+\}", op.path)
            ),
            None,
        )
    if target is None:
        msg = (
            f"{info.operation_id}: no Location header and no delete operation; "
            "the hook was left registered"
        )
        session.findings.append(finding("harness-webhook", msg, severity="warning"))
        return None
    inputs = {
        k: v
        for k, v in session.inputs.items()
        if any(p.name == k and p.in_ != "body" for p in target.parameters)
    }
    body = registration.body if isinstance(registration.body, dict) else {}
    for parameter in target.parameters:
        if parameter.in_ == "path" and parameter.name not in inputs:
            data = cast("dict[str, Any]", body)
            value = data.get(parameter.name, data.get("id", data.get("hookId")))
            if value is None:
                msg = (
                    f"the registration answered no id for {target.operation_id}: {parameter.name!r}"
                )
                session.findings.append(finding("harness-webhook", msg, severity="warning"))
                return None
            inputs[parameter.name] = value
    return call(context, target, inputs)


def _match_delete(
    session: WebhookSession, location: str
) -> tuple[OperationInfo, dict[str, Any]] | None:
    """The connector's DELETE operation whose path the Location is, with its path values."""
    source = session.context.source
    path = urlsplit(location).path
    base = (source.document.base_path or "/").rstrip("/")
    if base and path.startswith(base):
        path = path[len(base) :]
    for op in source.operations.values():
        if op.method != "delete":
            continue
        names = re.findall(r"\{([^}]+)\}", op.path)
        pattern = re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(op.path))
        match = re.fullmatch(pattern, path)
        if match:
            encodings = {p.name: p.x_ms_url_encoding for p in op.parameters}
            values: dict[str, Any] = {}
            for name, raw in zip(names, match.groups(), strict=True):
                value = unquote(raw)
                values[name] = unquote(value) if encodings.get(name) == "double" else value
            return op, values
    return None


Caller = Callable[[OperationInfo, Mapping[str, Any], Mapping[str, str]], CallResult]


@dataclass(frozen=True, slots=True)
class PollResult:
    """One poll: the items the trigger fires for, the call, and findings."""

    items: list[Any]
    result: CallResult
    findings: tuple[Diagnostic, ...] = ()


@dataclass(slots=True)
class Poller:
    """Calls a polling trigger again and again, carrying the `pollingtrigger` state."""

    context: CallContext
    info: OperationInfo
    inputs: dict[str, Any]
    state: dict[str, str] = field(default_factory=dict[str, str])

    def poll(self) -> PollResult:
        """Call the trigger once; the items, with state kept for the next poll."""
        policy = next(
            (
                p
                for p in instances_for(self.context.source, self.info.operation_id)
                if p.template_id.lower() == TRIGGER_TEMPLATE
            ),
            None,
        )
        declared = {p.name for p in self.info.parameters}
        inputs = dict(self.inputs)
        extra: dict[str, str] = {}
        for key, value in self.state.items():
            if key in declared:
                inputs[key] = value
            else:
                extra[key] = value
        result = call(self.context, self.info, inputs, extra_query=extra)
        findings: list[Diagnostic] = []
        if result.status == 202 or not result.ok:
            return PollResult([], result, tuple(findings))
        items = self._items(result.body, policy, findings)
        if items and policy is not None:
            self._advance(result.body, policy, findings)
        return PollResult(items, result, tuple(findings))

    def _items(self, body: Any, policy: Any, findings: list[Diagnostic]) -> list[Any]:
        path = _param(policy, "triggerDataPath") if policy is not None else None
        if isinstance(path, str) and path:
            try:
                found = evaluate(path, Scope(trigger_body=body))
            except ExpressionError as error:
                findings.append(finding("harness-polling", f"triggerDataPath {path!r}: {error}"))
                return []
            if found is MISSING or not isinstance(found, list):
                msg = f"triggerDataPath {path!r} gives no array in the response"
                findings.append(finding("harness-polling", msg))
                return []
            return found
        if self.info.operation.x_ms_trigger == "single":
            return [] if body is None else [body]
        if isinstance(body, list):
            return body
        arrays = (
            [v for v in cast("dict[str, Any]", body).values() if isinstance(v, list)]
            if isinstance(body, dict)
            else []
        )
        if len(arrays) == 1:
            return arrays[0]
        findings.append(
            finding(
                "harness-polling", "a batch trigger must answer an array (or name triggerDataPath)"
            )
        )
        return []

    def _advance(self, body: Any, policy: Any, findings: list[Diagnostic]) -> None:
        config = _param(policy, "triggerConfig")
        if not isinstance(config, dict):
            return
        for key, expression in cast("dict[str, Any]", config).items():
            if key == "x-ms-triggerConfig-nextLink" or not isinstance(expression, str):
                continue
            try:
                value = evaluate(expression, Scope(trigger_body=body))
            except ExpressionError as error:
                msg = f"triggerConfig {key!r} could not be evaluated: {error}; it keeps its value"
                findings.append(finding("harness-polling", msg, severity="warning"))
                continue
            self.state[key] = value if isinstance(value, str) else str(value)
