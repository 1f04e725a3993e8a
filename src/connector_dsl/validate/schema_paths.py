"""Following a slash-separated property path through a schema, `$ref`s resolved."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from connector_dsl.validate.index import Index, Op
from connector_dsl.validate.jsonview import JsonObj, arr, obj


@dataclass(frozen=True, slots=True)
class Walked:
    """Where a path led: a node, a missing segment, or somewhere the schema leaves open."""

    outcome: Literal["found", "missing", "open"]
    node: JsonObj | None = None
    segment: str = ""


def response_schema(index: Index, op: Op) -> JsonObj | None:
    """The schema of the operation's success response (200 first), `$ref` resolved."""
    responses = obj(op.data.get("responses")) or {}
    codes = sorted(code for code in responses if code.startswith("2"))
    for code in codes:
        response = index.resolve(responses[code]) or {}
        if "schema" in response:
            return index.resolve(response["schema"])
    return None


def _properties(index: Index, node: JsonObj) -> dict[str, object] | None:
    props = dict(obj(node.get("properties")) or {})
    for part in arr(node.get("allOf")) or []:
        resolved = index.resolve(part)
        if resolved is not None:
            props.update(obj(resolved.get("properties")) or {})
    return props or None


def follow(index: Index, schema: JsonObj | None, path: str) -> Walked:
    """Follow `a/b/c` from `schema`; `open` when the schema does not say enough."""
    node = schema
    for segment in [s for s in path.strip("/").split("/") if s]:
        if node is None or "x-ms-dynamic-schema" in node or "x-ms-dynamic-properties" in node:
            return Walked("open")
        props = _properties(index, node)
        if props is None:
            return Walked("open")
        if segment not in props:
            if node.get("additionalProperties") not in (None, False):
                return Walked("open")
            return Walked("missing", segment=segment)
        node = index.resolve(props[segment])
    if node is None:
        return Walked("open")
    return Walked("found", node)


def is_array(index: Index, node: JsonObj) -> bool | None:
    """True or False when the schema says, None when it does not."""
    kind = node.get("type")
    if kind == "array" or "items" in node:
        return True
    if kind is not None or "properties" in node:
        return False
    return None


def items(index: Index, node: JsonObj) -> JsonObj | None:
    """The item schema of an array schema, resolved."""
    return index.resolve(node.get("items"))
