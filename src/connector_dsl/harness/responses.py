"""Checking JSON data against a swagger schema, as the designer relies on it.

Every mismatch is a finding with the RFC 6901 pointer of the value: a wrong
type (a number sent as a string is one), a missing required property, a value
outside its `enum`, a `null` where the schema has no `x-nullable`.
"""

from __future__ import annotations

from typing import Any, cast

from connector_dsl.errors import Diagnostic, escape_pointer_token
from connector_dsl.harness.findings import finding
from connector_dsl.harness.schemas import properties, resolve
from connector_dsl.jsontypes import fits_type, json_type

MAX_FINDINGS = 200


def check(
    value: Any, schema: Any, root: dict[str, Any], *, what: str = "response body"
) -> list[Diagnostic]:
    """Every mismatch between `value` and `schema` (refs resolved against `root`)."""
    found: list[Diagnostic] = []
    _check(value, schema, root, "", found, what, 0)
    return found[:MAX_FINDINGS]


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _check(
    value: Any,
    schema: Any,
    root: dict[str, Any],
    where: str,
    found: list[Diagnostic],
    what: str,
    depth: int,
) -> None:
    if len(found) >= MAX_FINDINGS or depth > 64:
        return
    node = resolve(root, schema)
    if not node:
        return
    for part in node.get("allOf") or []:
        _check(value, part, root, where, found, what, depth + 1)
    at = where or "the root"
    if value is None:
        if node.get("x-nullable") is not True and node.get("type") not in (None, "null"):
            msg = (
                f"{what} has null at {at}, but the schema is {node.get('type')} without "
                "x-nullable: add `x-nullable: true` or send a value"
            )
            found.append(finding("harness-schema", msg, pointer=where))
        return
    kind = node.get("type")
    if isinstance(kind, str) and not fits_type(value, kind):
        msg = (
            f"{what} has {json_type(value)} {_show(value)} at {at}, but the schema says {kind}: "
            "fix the service or the schema"
        )
        found.append(finding("harness-schema", msg, pointer=where))
        return
    enum = node.get("enum")
    if isinstance(enum, list) and enum and value not in enum:
        allowed = ", ".join(_show(v) for v in enum[:10])
        msg = f"{what} has {_show(value)} at {at}, which is not one of its enum: {allowed}"
        found.append(finding("harness-schema", msg, pointer=where))
    if isinstance(value, dict):
        _check_object(cast("dict[str, Any]", value), node, root, where, found, what, depth)
    elif isinstance(value, list):
        items = node.get("items")
        if items is not None:
            for index, item in enumerate(value):
                _check(item, items, root, f"{where}/{index}", found, what, depth + 1)


def _check_object(
    value: dict[str, Any],
    node: dict[str, Any],
    root: dict[str, Any],
    where: str,
    found: list[Diagnostic],
    what: str,
    depth: int,
) -> None:
    declared = properties(root, node)
    for name in node.get("required") or []:
        if isinstance(name, str) and name not in value:
            msg = f"{what} lacks the required property {name!r} at {where or 'the root'}"
            found.append(finding("harness-schema", msg, pointer=where))
    extra = node.get("additionalProperties")
    for key, item in value.items():
        child = declared.get(key, extra if isinstance(extra, dict) else None)
        if child is not None:
            token = escape_pointer_token(key)
            _check(item, child, root, f"{where}/{token}", found, what, depth + 1)
