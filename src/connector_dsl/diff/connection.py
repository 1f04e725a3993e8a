"""Comparing what connections depend on: sign-in, connection parameters, host and base path."""

from __future__ import annotations

from typing import Any

from connector_dsl.diff import rules as r
from connector_dsl.diff.context import Differ
from connector_dsl.diff.view import route_shape
from connector_dsl.errors import escape_pointer_token
from connector_dsl.validate.finding import DocumentKind
from connector_dsl.validate.jsonview import JsonObj, obj

_DEFINITIONS = "/securityDefinitions"
_PARAMETERS = "/properties/connectionParameters"
_CONNECTIONS = (
    "Existing connections were made for the old one; to change it without breaking them, "
    "publish the new version as a new connector, or keep the old way beside the new one "
    "(`connectionParameterSets`)."
)


def compare_service(differ: Differ) -> None:
    """Host, base path and title."""
    for key, rule in (("host", r.HOST_CHANGED), ("basePath", r.BASE_PATH_CHANGED)):
        a, b = differ.old.data.get(key), differ.new.data.get(key)
        if key == "basePath" and ((a or "/") == (b or "/") or _same_urls(differ)):
            continue
        if a != b:
            differ.report(
                rule,
                f"{key} {a!r} -> {b!r}: every flow now calls another address. Keep the old "
                "address answering, or allow this rule if the old one forwards to the new.",
                f"/{key}" if a is not None else None,
                f"/{key}" if b is not None else None,
            )
    info_a = obj(differ.old.data.get("info")) or {}
    info_b = obj(differ.new.data.get("info")) or {}
    for key in ("title", "description"):
        if info_a.get(key) != info_b.get(key):
            differ.report(
                r.TEXT_CHANGED,
                f"connector {key} {info_a.get(key)!r} -> {info_b.get(key)!r}.",
                f"/info/{key}",
                f"/info/{key}",
            )


def _same_urls(differ: Differ) -> bool:
    """Whether every operation kept its URL path (basePath and path moved together)."""
    old_base, new_base = differ.old.data.get("basePath"), differ.new.data.get("basePath")
    old_ops, new_ops = differ.old.operations, differ.new.operations
    shared = old_ops.keys() & new_ops.keys()
    return bool(shared) and all(
        route_shape(old_ops[k].path, old_base) == route_shape(new_ops[k].path, new_base)
        for k in shared
    )


def _schemes(data: JsonObj) -> dict[str, JsonObj]:
    return {k: v for k, v in (obj(data.get("securityDefinitions")) or {}).items() if obj(v)}


def _kinds(data: JsonObj) -> list[str]:
    kinds: list[str] = []
    for scheme in _schemes(data).values():
        kind = str(scheme.get("type"))
        if kind == "oauth2":
            kind += f" ({scheme.get('flow')})"
        kinds.append(kind)
    return sorted(kinds)


def _scopes(data: JsonObj, properties: JsonObj | None) -> set[str]:
    found: set[str] = set()
    for scheme in _schemes(data).values():
        found.update(str(s) for s in (obj(scheme.get("scopes")) or {}))
    for _, parameter in _connection_parameters(properties).items():
        settings = obj(parameter.get("oAuthSettings")) or {}
        scopes = settings.get("scopes")
        if isinstance(scopes, list):
            found.update(str(s) for s in scopes)
    return found


def _identity_providers(properties: JsonObj | None) -> list[str]:
    found: list[str] = []
    for parameter in _connection_parameters(properties).values():
        settings = obj(parameter.get("oAuthSettings")) or {}
        provider = settings.get("identityProvider")
        if isinstance(provider, str):
            found.append(provider)
    return sorted(found)


def _connection_parameters(properties: JsonObj | None) -> dict[str, JsonObj]:
    """Connection parameters by name (`set/name` inside `connectionParameterSets`)."""
    inner = obj((properties or {}).get("properties")) or {}
    found: dict[str, JsonObj] = {}
    for name, value in (obj(inner.get("connectionParameters")) or {}).items():
        if obj(value) is not None:
            found[name] = value
    sets = obj(inner.get("connectionParameterSets")) or {}
    for entry in sets.get("values") or []:
        entry_obj = obj(entry) or {}
        set_name = entry_obj.get("name")
        for name, value in (obj(entry_obj.get("parameters")) or {}).items():
            if obj(value) is not None:
                found[f"{set_name}/{name}"] = value
    return found


def _parameter_pointer(properties: JsonObj | None, name: str) -> str:
    inner = obj((properties or {}).get("properties")) or {}
    if name in (obj(inner.get("connectionParameters")) or {}):
        return "/properties/connectionParameters/" + escape_pointer_token(name)
    set_name, _, parameter = name.partition("/")
    values = (obj(inner.get("connectionParameterSets")) or {}).get("values") or []
    for index, entry in enumerate(values):
        if (obj(entry) or {}).get("name") == set_name:
            return (
                f"/properties/connectionParameterSets/values/{index}/parameters/"
                + escape_pointer_token(parameter)
            )
    return "/properties"


def _required(parameter: JsonObj) -> bool:
    ui = obj(parameter.get("uiDefinition")) or {}
    constraints = obj(ui.get("constraints")) or {}
    value: Any = constraints.get("required")
    return value is True or (isinstance(value, str) and value.lower() == "true")


def compare_connection(differ: Differ) -> None:
    """Sign-in kind, scopes, and (when both sides have apiProperties) connection parameters."""
    old, new = differ.old.data, differ.new.data
    old_props, new_props = differ.old_properties, differ.new_properties
    both_props = old_props is not None and new_props is not None
    swagger_a, swagger_b = _kinds(old), _kinds(new)
    if both_props:  # the connection is what apiProperties defines; parameters are compared below
        kinds_a = [f"oauth2 ({p})" for p in _identity_providers(old_props)]
        kinds_b = [f"oauth2 ({p})" for p in _identity_providers(new_props)]
        where: tuple[str | None, str | None] = (_PARAMETERS, _PARAMETERS)
    else:
        kinds_a, kinds_b = swagger_a, swagger_b
        where = (_DEFINITIONS if kinds_a else None, _DEFINITIONS if kinds_b else None)
    if kinds_a != kinds_b:
        before = ", ".join(kinds_a) or "none"
        after = ", ".join(kinds_b) or "none"
        differ.report(
            r.SECURITY_TYPE_CHANGED,
            f"sign-in {before} -> {after}. {_CONNECTIONS}",
            *where,
            document="properties" if both_props else "swagger",
        )
    scopes_a = _scopes(old, old_props if both_props else None)
    scopes_b = _scopes(new, new_props if both_props else None)
    at: tuple[str | None, str | None] = (
        _DEFINITIONS if swagger_a else None,
        _DEFINITIONS if swagger_b else None,
    )
    document: DocumentKind = "swagger"
    if at == (None, None):  # the scopes are in apiProperties' oAuthSettings
        at, document = (_PARAMETERS, _PARAMETERS), "properties"
    if scopes_b - scopes_a:
        differ.report(
            r.SECURITY_SCOPES_ADDED,
            f"new OAuth scopes {', '.join(sorted(scopes_b - scopes_a))}: existing connections "
            "were not granted them. Ask users to sign in again, or keep the calls that need "
            "them in a new connector version.",
            *at,
            document=document,
        )
    if scopes_a - scopes_b:
        differ.report(
            r.SECURITY_SCOPES_REMOVED,
            f"OAuth scopes no longer asked for: {', '.join(sorted(scopes_a - scopes_b))}.",
            *at,
            document=document,
        )
    if both_props:
        _compare_parameters(differ)


def _compare_parameters(differ: Differ) -> None:
    old_props, new_props = differ.old_properties, differ.new_properties
    old, new = _connection_parameters(old_props), _connection_parameters(new_props)
    for name in sorted(old.keys() - new.keys()):
        differ.report(
            r.CONNECTION_PARAMETER_REMOVED,
            f"connection parameter {name!r} was removed. {_CONNECTIONS}",
            _parameter_pointer(old_props, name),
            None,
            document="properties",
        )
    for name in sorted(new.keys() - old.keys()):
        pointer = _parameter_pointer(new_props, name)
        if _required(new[name]):
            differ.report(
                r.CONNECTION_PARAMETER_ADDED_REQUIRED,
                f"new connection parameter {name!r} is required: existing connections have no "
                f"value for it. {_CONNECTIONS}",
                None,
                pointer,
                document="properties",
            )
        else:
            differ.report(
                r.CONNECTION_PARAMETER_ADDED,
                f"new optional connection parameter {name!r}.",
                None,
                pointer,
                document="properties",
            )
    for name in sorted(old.keys() & new.keys()):
        if old[name].get("type") != new[name].get("type"):
            differ.report(
                r.CONNECTION_PARAMETER_TYPE_CHANGED,
                f"connection parameter {name!r}: type {old[name].get('type')!r} -> "
                f"{new[name].get('type')!r}. {_CONNECTIONS}",
                _parameter_pointer(old_props, name),
                _parameter_pointer(new_props, name),
                document="properties",
            )
