"""Schemas as plain JSON data: `$ref`s, path strings, and where properties are."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, cast

MAX_REFS = 32
"""How many `$ref`s in a row are followed before giving up (a cycle)."""

MISSING: Any = object()
"""What `at_path` gives when the path leads nowhere."""


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve(root: dict[str, Any], schema: Any) -> dict[str, Any]:
    """`schema` with its `$ref`s (local `#/...` ones) followed; `{}` when there is none."""
    for _ in range(MAX_REFS):
        if not isinstance(schema, dict):
            return {}
        node = cast("dict[str, Any]", schema)
        ref = node.get("$ref")
        if not isinstance(ref, str) or not ref.startswith("#"):
            return node
        target: Any = root
        for token in ref[1:].split("/")[1:]:
            target = target.get(_unescape(token)) if isinstance(target, dict) else None
        schema = target
    return {}


def properties(root: dict[str, Any], schema: Any) -> dict[str, Any]:
    """The properties of an object schema, `allOf` parts included."""
    node = resolve(root, schema)
    found: dict[str, Any] = dict(cast("dict[str, Any]", node.get("properties") or {}))
    for part in node.get("allOf") or []:
        found.update(properties(root, part))
    return found


def required(root: dict[str, Any], schema: Any) -> list[str]:
    """The required property names of an object schema, `allOf` parts included."""
    node = resolve(root, schema)
    found = [str(name) for name in node.get("required") or []]
    for part in node.get("allOf") or []:
        found.extend(required(root, part))
    return found


def property_schema(
    root: dict[str, Any], schema: Any, path: str, *, through_arrays: bool = False
) -> dict[str, Any] | None:
    """The schema of the property at a path string (`scope/folder`), or None.

    With `through_arrays`, an array on the way is crossed to its items, as a dropdown
    on the items of an array is named: `assignedTo/id` is the `id` of each item.
    """
    node: dict[str, Any] | None = resolve(root, schema)
    for token in path.split("/"):
        if node is None:
            return None
        if through_arrays and node.get("type") == "array" and "items" in node:
            node = resolve(root, node["items"])
        found = properties(root, node).get(token)
        node = None if found is None else resolve(root, found)
    return node


def walk_properties(
    root: dict[str, Any], schema: Any, prefix: str = "", depth: int = 0
) -> Iterator[tuple[str, dict[str, Any]]]:
    """(path string, schema) of every property under an object schema, depth first."""
    if depth > 8:
        return
    for name, child in properties(root, schema).items():
        path = f"{prefix}{name}"
        node = resolve(root, child)
        yield path, node
        yield from walk_properties(root, node, path + "/", depth + 1)


def at_path(value: Any, path: str | None) -> Any:
    """The value at a path string (`data/attributes/name`) in JSON data; `MISSING` if absent."""
    if not path:
        return value
    for token in path.strip("/").split("/"):
        if isinstance(value, dict):
            value = cast("dict[str, Any]", value).get(token, MISSING)
        elif isinstance(value, list) and token.isdigit():
            items = value
            value = items[int(token)] if int(token) < len(items) else MISSING
        else:
            return MISSING
        if value is MISSING:
            return MISSING
    return value


def set_path(target: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a path string in nested objects, making the objects on the way."""
    tokens = path.strip("/").split("/")
    node = target
    for token in tokens[:-1]:
        child = node.get(token)
        if not isinstance(child, dict):
            child = {}
            node[token] = child
        node = cast("dict[str, Any]", child)
    node[tokens[-1]] = value
