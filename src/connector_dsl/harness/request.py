"""Building the HTTP request of an operation as Power Platform sends it.

Inputs are keyed by parameter name; body properties by their path string
(`scope/folder`, or `scope__folder` in Python keywords), or the whole body by the
body parameter's name. Defaults fill what is not given; path parameters are
URL-encoded once, or twice with `x-ms-url-encoding: double`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import quote, urlencode, urlsplit

from connector_dsl.document import Parameter
from connector_dsl.dump import to_data
from connector_dsl.errors import Diagnostic, pointer
from connector_dsl.harness.findings import HarnessError, finding
from connector_dsl.harness.schemas import (
    property_schema,
    required,
    resolve,
    set_path,
    walk_properties,
)
from connector_dsl.harness.source import ConnectorSource, OperationInfo

_FORMATS = {"csv": ",", "ssv": " ", "tsv": "\t", "pipes": "|"}


@dataclass(slots=True)
class OutboundRequest:
    """A request about to be sent; policies change it in place."""

    method: str
    origin: str
    """`scheme://host`."""
    base_path: str
    path: str
    """The operation path, parameters substituted and encoded."""
    query: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    headers: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    body: Any = None
    has_body: bool = False
    form: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    files: list[tuple[str, bytes]] = field(default_factory=list[tuple[str, bytes]])
    path_values: dict[str, str] = field(default_factory=dict[str, str])
    """Encoded path parameter values, for `routerequesttoendpoint`'s `{name}`."""
    url_override: str | None = None
    """A whole URL (a webhook's `Location`), used instead of origin, base path and path."""

    def url(self) -> str:
        """The full URL with its query string."""
        if self.url_override is not None:
            base = self.url_override
        else:
            prefix = self.base_path.rstrip("/")
            path = self.path if self.path.startswith("/") else "/" + self.path
            base = self.origin.rstrip("/") + prefix + path
        if not self.query:
            return base
        joiner = "&" if "?" in base else "?"
        return base + joiner + urlencode(self.query, quote_via=quote, safe="")

    def header(self, name: str) -> str | None:
        """A header's value (case-insensitive)."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    def set_header(self, name: str, value: str, action: str = "override") -> None:
        """Set a header: `override`, `skip` when present, or `append`."""
        present = self.header(name) is not None
        if present and action == "skip":
            return
        if present and action != "append":
            self.headers = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        self.headers.append((name, value))

    def set_query(self, name: str, value: str, action: str = "override") -> None:
        """Set a query parameter: `override`, `skip` when present, or `append`."""
        present = any(k == name for k, _ in self.query)
        if present and action == "skip":
            return
        if present and action != "append":
            self.query = [(k, v) for k, v in self.query if k != name]
        self.query.append((name, value))


def text(value: Any) -> str:
    """A scalar as Power Platform writes it into a URL or header."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"))
    return str(value)


def encode_path_value(value: Any, encoding: str | None) -> str:
    """A path parameter value, URL-encoded once or (`double`) twice."""
    once = quote(text(value), safe="")
    return quote(once, safe="") if encoding == "double" else once


def origin_and_base(
    source: ConnectorSource, info: OperationInfo, base_url: str | None
) -> tuple[str, str]:
    """`scheme://host` and the base path: the document's, or the override's."""
    document = source.document
    base_path = document.base_path or "/"
    if base_url:
        parts = urlsplit(base_url)
        if parts.path not in ("", "/"):
            base_path = parts.path
        return f"{parts.scheme}://{parts.netloc}", base_path
    schemes = info.operation.schemes or document.schemes or ["https"]
    scheme = "https" if "https" in schemes else schemes[0]
    return f"{scheme}://{document.host or 'localhost'}", base_path


def build_request(
    source: ConnectorSource,
    info: OperationInfo,
    values: Mapping[str, Any],
    *,
    base_url: str | None = None,
) -> OutboundRequest:
    """The request for `info` with these inputs; `HarnessError` lists every input problem."""
    origin, base_path = origin_and_base(source, info, base_url)
    request = OutboundRequest(info.method.upper(), origin, base_path, info.path)
    problems: list[Diagnostic] = []
    body_param = info.body()
    by_name = {p.name: p for p in info.parameters if p.in_ != "body"}
    body_values: dict[str, Any] = {}
    whole_body: Any = None
    has_whole = False
    for key, value in values.items():
        name = key if key in by_name or body_param is None else _body_key(key, body_param)
        if name in by_name:
            continue
        if body_param is not None and name == body_param.name:
            whole_body, has_whole = value, True
        elif body_param is not None and _is_body_path(source, body_param, name):
            body_values[name] = value
        else:
            known = ", ".join(sorted(by_name) + ([body_param.name] if body_param else []))
            msg = f"{info.operation_id} has no input {key!r}; its inputs are: {known or 'none'}"
            problems.append(finding("harness-input", msg, pointer=info.pointer))
    path = info.path
    for parameter in info.parameters:
        if parameter.in_ == "body":
            continue
        where = info.parameter_pointer(parameter)
        if parameter.name in values:
            value = values[parameter.name]
        elif parameter.default is not None:
            value = parameter.default
        else:
            if parameter.required or parameter.in_ == "path":
                msg = (
                    f"{info.operation_id} needs a value for {parameter.in_} "
                    f"parameter {parameter.name!r}"
                )
                problems.append(finding("harness-input", msg, pointer=where))
            continue
        _place(request, parameter, value)
        if parameter.in_ == "path":
            encoded = encode_path_value(value, parameter.x_ms_url_encoding)
            request.path_values[parameter.name] = encoded
            path = path.replace("{" + parameter.name + "}", encoded)
    request.path = path
    if body_param is not None:
        body = _body(source, info, body_param, whole_body, has_whole, body_values, problems)
        if body is not None:
            request.body, request.has_body = body, True
    if problems:
        raise HarnessError(problems)
    return request


def _body_key(key: str, body: Parameter) -> str:
    name = key.replace("__", "/")
    prefix = body.name + "/"
    return name[len(prefix) :] if name.startswith(prefix) else name


def _is_body_path(source: ConnectorSource, body: Parameter, path: str) -> bool:
    schema = to_schema(body)
    return property_schema(source.data, schema, path) is not None


def to_schema(parameter: Parameter) -> dict[str, Any]:
    """A body parameter's schema as JSON data."""

    data = to_data(parameter.schema_) if parameter.schema_ is not None else {}
    return cast("dict[str, Any]", data) if isinstance(data, dict) else {}


def _place(request: OutboundRequest, parameter: Parameter, value: Any) -> None:
    if parameter.in_ == "query":
        if isinstance(value, list):
            items = [text(v) for v in value]
            fmt = parameter.collection_format or "csv"
            if fmt == "multi":
                request.query.extend((parameter.name, item) for item in items)
            else:
                request.query.append((parameter.name, _FORMATS.get(fmt, ",").join(items)))
        else:
            request.query.append((parameter.name, text(value)))
    elif parameter.in_ == "header":
        request.set_header(parameter.name, text(value))
    elif parameter.in_ == "formData":
        if isinstance(value, bytes):
            request.files.append((parameter.name, value))
        else:
            request.form.append((parameter.name, text(value)))


def _body(
    source: ConnectorSource,
    info: OperationInfo,
    body_param: Parameter,
    whole: Any,
    has_whole: bool,
    paths: dict[str, Any],
    problems: list[Diagnostic],
) -> Any:
    schema = to_schema(body_param)
    node = resolve(source.data, schema)
    where = info.parameter_pointer(body_param)
    if has_whole:
        body = copy.deepcopy(whole)
    elif paths or node.get("type") == "object" or "properties" in node:
        body = {}
    elif body_param.default is not None:
        body = copy.deepcopy(body_param.default)
    else:
        if body_param.required:
            msg = f"{info.operation_id} needs its body {body_param.name!r}"
            problems.append(finding("harness-input", msg, pointer=where))
        return None
    if isinstance(body, dict):
        typed = cast("dict[str, Any]", body)
        for path, value in paths.items():
            set_path(typed, path, value)
        _fill_defaults(source, schema, typed)
        _check_required(source, info, schema, typed, where, problems)
        if not typed and not body_param.required and not has_whole:
            return None
    return body


def _fill_defaults(source: ConnectorSource, schema: Any, body: dict[str, Any]) -> None:
    """Defaults of the properties of objects that are sent, as the designer pre-fills them."""
    for path, node in walk_properties(source.data, schema):
        parent, _, name = path.rpartition("/")
        target: Any = body
        for token in parent.split("/") if parent else []:
            target = target.get(token) if isinstance(target, dict) else None
        if isinstance(target, dict) and name not in target and node.get("default") is not None:
            cast("dict[str, Any]", target)[name] = copy.deepcopy(node["default"])


def _check_required(
    source: ConnectorSource,
    info: OperationInfo,
    schema: Any,
    body: dict[str, Any],
    where: str,
    problems: list[Diagnostic],
    prefix: str = "",
    depth: int = 0,
) -> None:
    if depth > 8:
        return
    for name in required(source.data, schema):
        if name not in body:
            msg = f"{info.operation_id} needs a value for body property {prefix + name!r}"
            problems.append(finding("harness-input", msg, pointer=where + pointer("schema")))
    for name, value in body.items():
        child = property_schema(source.data, schema, name)
        if isinstance(value, dict) and child is not None:
            nested = cast("dict[str, Any]", value)
            _check_required(
                source, info, child, nested, where, problems, f"{prefix}{name}/", depth + 1
            )
