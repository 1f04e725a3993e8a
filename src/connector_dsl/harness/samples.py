"""Sample JSON values made from a schema: what a generated fake service answers."""

from __future__ import annotations

from typing import Any

from connector_dsl.harness.schemas import properties, resolve

_FORMATS = {
    "date-time": "2024-05-01T12:00:00Z",
    "date": "2024-05-01",
    "uri": "https://example.com/item",
    "email": "someone@example.com",
    "uuid": "3fa85f64-5717-4562-b3fc-2c963f66afa6",
}


def sample(
    root: dict[str, Any], schema: Any, name: str = "value", index: int = 0, depth: int = 0
) -> Any:
    """A value that fits `schema`; array items differ by `index` so dropdowns have choices."""
    node = resolve(root, schema)
    enum = node.get("enum")
    if isinstance(enum, list) and enum:
        return enum[index % len(enum)]
    if node.get("default") is not None and depth > 0:
        return node["default"]
    kind = node.get("type")
    if kind is None and (node.get("properties") or node.get("allOf")):
        kind = "object"
    if kind == "object" or (kind is None and depth == 0 and node):
        if depth > 6:
            return {}
        return {
            key: sample(root, child, key, index, depth + 1)
            for key, child in properties(root, node).items()
        }
    if kind == "array":
        if depth > 6:
            return []
        return [sample(root, node.get("items"), name, i, depth + 1) for i in range(2)]
    if kind == "integer":
        return index + 1
    if kind == "number":
        return index + 1.5
    if kind == "boolean":
        return index % 2 == 0
    if kind == "string":
        fmt = node.get("format")
        if isinstance(fmt, str) and fmt in _FORMATS:
            return _FORMATS[fmt]
        return f"{name}-{index + 1}"
    return None if kind is None else f"{name}-{index + 1}"
