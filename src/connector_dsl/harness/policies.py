"""Applying the policy templates of `apiProperties.json` to a request and its response.

Simulated: setheader, setqueryparameter, setproperty, stringreplace,
routerequesttoendpoint, dynamichosturl, updatenextlink (and pollingtrigger, in
`triggers`). Every other template gives a "not simulated" finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlsplit, urlunsplit

from connector_dsl.errors import Diagnostic
from connector_dsl.harness.expressions import ExpressionError, Scope, evaluate, evaluate_json
from connector_dsl.harness.findings import finding
from connector_dsl.harness.request import OutboundRequest
from connector_dsl.harness.source import ConnectorSource
from connector_dsl.properties.model import PolicyTemplateInstance
from connector_dsl.properties.template_keys import PARAMETER_PREFIX, POLICY_SECTION

TRIGGER_TEMPLATE = "pollingtrigger"


@dataclass(slots=True)
class Reply:
    """A response as the response policies see and change it."""

    status: int
    headers: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    body: Any = None


def instances_for(source: ConnectorSource, operation_id: str) -> list[PolicyTemplateInstance]:
    """The policy instances that apply to an operation, in their order."""
    if source.properties is None:
        return []
    found = source.properties.properties.policy_template_instances or []
    return [
        p
        for p in found
        if isinstance(p, PolicyTemplateInstance)
        and (p.operation_names is None or operation_id in p.operation_names)
    ]


def _param(instance: PolicyTemplateInstance, name: str, default: Any = None) -> Any:
    return (instance.parameters or {}).get(PARAMETER_PREFIX + name, default)


def _section(instance: PolicyTemplateInstance) -> str:
    value = (instance.parameters or {}).get(POLICY_SECTION)
    return value.lower() if isinstance(value, str) else "request"


def _label(instance: PolicyTemplateInstance) -> str:
    return f"policy {instance.template_id!r} ({instance.title or 'untitled'})"


def apply_request_policies(
    request: OutboundRequest,
    instances: list[PolicyTemplateInstance],
    scope: Scope,
    *,
    base_url: str | None,
) -> list[Diagnostic]:
    """Apply the request-section policies; findings say what was not simulated."""
    notes: list[Diagnostic] = []
    for instance in instances:
        kind = instance.template_id.lower()
        if kind not in _REQUEST and kind not in _RESPONSE and kind != TRIGGER_TEMPLATE:
            notes.append(_not_simulated(instance))
            continue
        if kind not in _REQUEST or _section(instance) != "request":
            continue
        scope.headers = dict(request.headers)
        scope.query = dict(request.query)
        scope.body = request.body
        try:
            note = _REQUEST[kind](request, instance, scope, base_url)
        except (ExpressionError, TypeError, KeyError) as error:
            msg = (
                f"{_label(instance)} could not be applied: {error}; the request is sent without it"
            )
            notes.append(finding("harness-policy", msg, severity="warning"))
            continue
        if note:
            notes.append(finding("harness-policy", f"{_label(instance)}: {note}", severity="info"))
    return notes


def apply_response_policies(
    reply: Reply, instances: list[PolicyTemplateInstance], scope: Scope, *, base_url: str | None
) -> list[Diagnostic]:
    """Apply the response- and failure-section policies to the reply."""
    notes: list[Diagnostic] = []
    for instance in instances:
        kind = instance.template_id.lower()
        section = _section(instance)
        if kind == "updatenextlink":
            section = "response"
        if section == "failure" and reply.status < 400:
            continue
        if section not in ("response", "failure") or kind not in _RESPONSE:
            continue
        scope.body = reply.body
        try:
            note = _RESPONSE[kind](reply, instance, scope, base_url)
        except (ExpressionError, TypeError, KeyError) as error:
            msg = f"{_label(instance)} could not be applied to the response: {error}"
            notes.append(finding("harness-policy", msg, severity="warning"))
            continue
        if note:
            notes.append(finding("harness-policy", f"{_label(instance)}: {note}", severity="info"))
    return notes


def _not_simulated(instance: PolicyTemplateInstance) -> Diagnostic:
    msg = (
        f"{_label(instance)} is not simulated by the harness; the request and response "
        "are used without it"
    )
    return finding("harness-not-simulated", msg, severity="warning")


def _set_header(
    request: OutboundRequest, p: PolicyTemplateInstance, s: Scope, _: str | None
) -> str:
    name = str(_param(p, "name"))
    request.set_header(name, str(evaluate(str(_param(p, "value", "")), s)), _exists(p))
    return ""


def _set_query(request: OutboundRequest, p: PolicyTemplateInstance, s: Scope, _: str | None) -> str:
    name = str(_param(p, "name"))
    request.set_query(name, str(evaluate(str(_param(p, "value", "")), s)), _exists(p))
    return ""


def _exists(p: PolicyTemplateInstance) -> str:
    return str(_param(p, "existsAction", "override")).lower()


def _route(request: OutboundRequest, p: PolicyTemplateInstance, s: Scope, _: str | None) -> str:
    new_path = str(_param(p, "newPath", request.path))
    for name, value in request.path_values.items():
        new_path = new_path.replace("{" + name + "}", value)
    new_path, _sep, query = new_path.partition("?")
    request.path = new_path
    for pair in filter(None, query.split("&")):
        key, _eq, value = pair.partition("=")
        request.set_query(key, value)
    method = _param(p, "httpMethod")
    if isinstance(method, str) and method and not method.startswith("@"):
        request.method = method.upper()
    return f"routed to {request.method} {new_path}"


def _host(request: OutboundRequest, p: PolicyTemplateInstance, s: Scope, base: str | None) -> str:
    url = str(evaluate(str(_param(p, "urlTemplate", "")), s))
    if base:
        return f"the host URL would be {url}; sent to the base URL {base} instead"
    parts = urlsplit(url)
    request.origin = f"{parts.scheme}://{parts.netloc}"
    request.base_path = parts.path or "/"
    return f"sent to {url}"


def _json_parent(target: Any, path: str, s: Scope) -> Any:
    """The object or array a `@body().a.b` parent path names in `target`."""
    s.body = target
    return evaluate(path, s) if path.strip() not in ("", "@body()") else target


def _set_property(target_of: Callable[[Any], Any]) -> Callable[..., str]:
    def apply(holder: Any, p: PolicyTemplateInstance, s: Scope, _: str | None) -> str:
        body = target_of(holder)
        parent = _json_parent(body, str(_param(p, "newPropertyParentPathTemplate", "@body()")), s)
        s.body = body
        value = evaluate_json(str(_param(p, "propertyValuePathTemplate", "")), s)
        name = str(_param(p, "newPropertySubPathTemplate", ""))
        if not isinstance(parent, dict) or not name:
            msg = "its parent path is not an object in the body"
            raise TypeError(msg)
        cast("dict[str, Any]", parent)[name] = value
        return ""

    return apply


def _string_replace(target_of: Callable[[Any], Any]) -> Callable[..., str]:
    def apply(holder: Any, p: PolicyTemplateInstance, s: Scope, _: str | None) -> str:
        body = target_of(holder)
        parent = _json_parent(body, str(_param(p, "propertyParentPath", "@body()")), s)
        items = parent if isinstance(parent, list) else [parent]
        sub = _param(p, "propertySubPath")
        source, replacement = (
            str(_param(p, "sourceString", "")),
            str(_param(p, "replacementString", "")),
        )
        new_path = str(_param(p, "newPropertyPath", "") or "")
        new_name = new_path.rsplit(".", 1)[-1].rstrip(")").removeprefix("@item(")
        for item in items:
            if not isinstance(item, dict):
                continue
            node = cast("dict[str, Any]", item)
            key = str(sub) if sub not in (None, "", "null") else None
            old = node.get(key) if key else None
            if isinstance(old, str):
                node[new_name or key or ""] = old.replace(source, replacement)
        return ""

    return apply


def _next_link(reply: Reply, p: PolicyTemplateInstance, s: Scope, base: str | None) -> str:
    name = str(_param(p, "nextLinkPropertyName", "@odata.nextLink"))
    parent_path = _param(p, "nextLinkParentPropertyPath")
    parent = reply.body
    if isinstance(parent_path, str) and parent_path:
        parent = _json_parent(reply.body, parent_path, s)
    if not isinstance(parent, dict) or not isinstance(parent.get(name), str):
        return ""
    node = cast("dict[str, Any]", parent)
    link = str(node[name])
    if base:
        parts, over = urlsplit(link), urlsplit(base)
        node[name] = urlunsplit((over.scheme, over.netloc, parts.path, parts.query, parts.fragment))
    return f"next link {link!r} rewritten to go through the connector: {node[name]!r}"


def _request_body(request: OutboundRequest) -> Any:
    if request.body is None:
        request.body, request.has_body = {}, True
    return request.body


def _reply_body(reply: Reply) -> Any:
    return reply.body


def _reply_header(reply: Reply, p: PolicyTemplateInstance, s: Scope, _: str | None) -> str:
    name = str(_param(p, "name"))
    value = str(evaluate(str(_param(p, "value", "")), s))
    action = _exists(p)
    present = any(k.lower() == name.lower() for k, _v in reply.headers)
    if present and action == "skip":
        return ""
    if present and action != "append":
        reply.headers = [(k, v) for k, v in reply.headers if k.lower() != name.lower()]
    reply.headers.append((name, value))
    return ""


_REQUEST: dict[str, Callable[..., str]] = {
    "setheader": _set_header,
    "setqueryparameter": _set_query,
    "routerequesttoendpoint": _route,
    "dynamichosturl": _host,
    "setproperty": _set_property(_request_body),
    "stringreplace": _string_replace(_request_body),
}

_RESPONSE: dict[str, Callable[..., str]] = {
    "setheader": _reply_header,
    "setproperty": _set_property(_reply_body),
    "stringreplace": _string_replace(_reply_body),
    "updatenextlink": _next_link,
}
