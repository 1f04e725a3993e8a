"""Request URLs: the base (`{{baseUrl}}` or a literal host), the path template, the query."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote_plus, urlsplit

from connector_dsl.importers.postman_reader import Reporter, Tokens
from connector_dsl.importers.postman_variables import VARIABLE, Variables

_LEADING_VARIABLE = re.compile(r"^\{\{\s*([^{}]+?)\s*\}\}")
_SCHEME = re.compile(r"^([A-Za-z][\w+.-]*)://")
_BARE_HOST = re.compile(r"^[\w.-]+(?::\d+)?(?=/|$)")
_PATH_PIECE = re.compile(r"\{\{\s*([^{}]+?)\s*\}\}|(?<=/):([A-Za-z_][\w-]*)")
_NAME_CHARS = re.compile(r"[^\w.-]")

PLACEHOLDER_HOST = "api.example.com"
"""The host written when the collection does not say which host it calls."""


@dataclass(frozen=True, slots=True)
class Field:
    """A key/value entry (query item, path variable, header, form field) with its place."""

    key: str
    value: str
    description: str
    disabled: bool
    at: Tokens
    kind: str = "text"


@dataclass(frozen=True, slots=True)
class Base:
    """Where requests go: scheme, host and a base path (no trailing slash)."""

    scheme: str
    host: str
    path: str


@dataclass(frozen=True, slots=True)
class RequestUrl:
    """A readable request URL, split into its parts; the base is resolved later."""

    base_key: str
    """`{{name}}` when the URL starts with a variable, else `scheme://host`."""
    rest: str
    """The path after the base, starting with `/`."""
    query: list[Field]
    variables: dict[str, Field]


def read_url(reporter: Reporter, value: object, at: Tokens) -> RequestUrl | None:
    """The parts of a request's `url`; None when it cannot be read as a URL."""
    if isinstance(value, str):
        return _split_raw(value, None, {}, at)
    url = reporter.mapping(value, at)
    raw = url.get("raw")
    text = reporter.text(raw, (*at, "raw")) if raw is not None else _rebuild(reporter, url, at)
    query = url.get("query")
    fields = _fields(reporter, query, (*at, "query")) if query is not None else None
    variables = {f.key: f for f in _fields(reporter, url.get("variable"), (*at, "variable"))}
    return _split_raw(text, fields, variables, at)


def _rebuild(reporter: Reporter, url: dict[str, Any], at: Tokens) -> str:
    protocol = reporter.text(url.get("protocol"), (*at, "protocol"))
    host = url.get("host")
    if isinstance(host, list):
        parts = reporter.sequence(host, (*at, "host"))
        host = ".".join(reporter.text(p, (*at, "host", i)) for i, p in enumerate(parts))
    path = url.get("path")
    if isinstance(path, list):
        parts = reporter.sequence(path, (*at, "path"))
        path = "/".join(reporter.text(p, (*at, "path", i)) for i, p in enumerate(parts))
    text = reporter.text(host, (*at, "host"))
    path_text = reporter.text(path, (*at, "path"))
    if path_text:
        text += "/" + path_text.lstrip("/")
    return f"{protocol}://{text}" if protocol else text


def _fields(reporter: Reporter, value: object, at: Tokens) -> list[Field]:
    fields: list[Field] = []
    for index, entry in enumerate(reporter.sequence(value, at)):
        where = (*at, index)
        item = reporter.mapping(entry, where)
        key = reporter.text(item.get("key", item.get("id")), (*where, "key"))
        if not key:
            continue
        value_text = item.get("value", item.get("src"))
        fields.append(
            Field(
                key=key,
                value=value_text if isinstance(value_text, str) else _scalar(value_text),
                description=reporter.description(item.get("description"), (*where, "description")),
                disabled=item.get("disabled") is True,
                at=where,
                kind=reporter.text(item.get("type"), (*where, "type")) or "text",
            )
        )
    return fields


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return ""


def _split_raw(
    raw: str,
    query: list[Field] | None,
    variables: dict[str, Field],
    at: Tokens,
) -> RequestUrl | None:
    text = raw.strip().split("#", 1)[0]
    text, _, query_text = text.partition("?")
    if query is None:
        query = _parse_query(query_text, (*at, "raw"))
    leading = _LEADING_VARIABLE.match(text)
    scheme = _SCHEME.match(text)
    if leading:
        base_key, rest = "{{" + leading.group(1) + "}}", text[leading.end() :]
    elif scheme:
        host = re.match(r"^[^/\s]+", text[scheme.end() :])
        if host is None:
            return None
        base_key, rest = scheme.group(0) + host.group(0), text[scheme.end() + host.end() :]
    else:
        bare = _BARE_HOST.match(text)
        if bare is None:
            return None
        base_key, rest = "https://" + bare.group(0), text[bare.end() :]
    if re.search(r"\s", rest):
        return None
    rest = re.sub(r"/{2,}", "/", "/" + rest.lstrip("/"))
    return RequestUrl(base_key=base_key, rest=rest, query=query, variables=variables)


def _parse_query(text: str, at: Tokens) -> list[Field]:
    fields: list[Field] = []
    for part in text.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        fields.append(Field(unquote_plus(key), unquote_plus(value), "", False, at))
    return fields


def resolve_base(variables: Variables, base_key: str) -> Base | None:
    """The scheme, host and base path a base key stands for; None when unknown."""
    text = base_key
    leading = _LEADING_VARIABLE.match(base_key)
    if leading:
        value = variables.lookup(leading.group(1))
        if value is None:
            return None
        text = value.strip()
    else:
        text = variables.substitute(text)
    if VARIABLE.search(text):
        return None
    if not _SCHEME.match(text):
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = parts.netloc.rsplit("@", 1)[-1]
    except ValueError:
        return None
    if not host or re.search(r"[\s{}/\\]", host):
        return None
    return Base(scheme=parts.scheme.lower(), host=host, path=parts.path.rstrip("/"))


@dataclass(frozen=True, slots=True)
class PathTemplate:
    """A Swagger path with its parameter names, in order, and whether it was cleaned."""

    path: str
    names: list[str]
    cleaned: bool


def path_template(path: str) -> PathTemplate:
    """`/projects/:projectId/rfis/{{rfi_id}}` as `/projects/{projectId}/rfis/{rfi_id}`."""
    pieces: list[str] = []
    names: list[str] = []
    cleaned = False
    position = 0
    for match in _PATH_PIECE.finditer(path):
        literal = path[position : match.start()]
        pieces.append(re.sub(r"[{}]", "", literal))
        cleaned = cleaned or literal != pieces[-1]
        name = parameter_name(match.group(1) or match.group(2))
        pieces.append("{" + name + "}")
        if name not in names:
            names.append(name)
        position = match.end()
    tail = path[position:]
    pieces.append(re.sub(r"[{}]", "", tail))
    cleaned = cleaned or tail != pieces[-1]
    return PathTemplate(path="".join(pieces), names=names, cleaned=cleaned)


def parameter_name(name: str) -> str:
    """A name usable inside a path template: spaces and symbols become `_`."""
    return _NAME_CHARS.sub("_", name.strip()) or "value"
