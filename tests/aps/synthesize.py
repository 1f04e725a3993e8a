"""JSON values shaped by an OpenAPI schema, with chosen values (a hint) where given.

`synthesize(schema, resolve, hint)` walks the schema: where the hint has a value
it is kept (a `oneOf` option is picked to fit the hint's properties), elsewhere
a value of the schema's type is made up, so the result has every property the
schema declares and the values a test chose.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

Resolve = Callable[[Any], Any]
JsonDict = dict[str, Any]

_STRINGS = {
    "date-time": "2024-05-01T12:00:00.000Z",
    "date": "2024-05-01",
    "uri": "https://developer.api.autodesk.com/example",
    "url": "https://developer.api.autodesk.com/example",
    "email": "someone@example.com",
    "uuid": "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
}
NO_HINT: Any = object()
_DEEP = 6
"""Below this depth, arrays are left empty (recursive schemas such as manifest children)."""


def _fits(option: JsonDict, hint: Any, resolve: Resolve) -> bool:
    if not isinstance(hint, dict):
        return True
    props = cast("JsonDict", option.get("properties") or {})
    for key, value in cast("JsonDict", hint).items():
        if key not in props:
            return False
        enum = resolve(props[key]).get("enum") if isinstance(resolve(props[key]), dict) else None
        if enum and value not in enum:
            return False
    return True


def synthesize(
    schema: Any, resolve: Resolve, hint: Any = NO_HINT, name: str = "value", depth: int = 0
) -> Any:
    """A value valid for `schema` that keeps the values of `hint` (a given None too)."""
    if hint is None:
        return None
    schema = resolve(schema)
    if not isinstance(schema, dict) or depth > 20:
        return None if hint is NO_HINT else hint
    node = cast("JsonDict", schema)
    if "allOf" in node:
        merged: JsonDict = {}
        for part in node["allOf"]:
            value = synthesize(part, resolve, hint, name, depth + 1)
            if isinstance(value, dict):
                merged.update(cast("JsonDict", value))
        return merged
    for key in ("oneOf", "anyOf"):
        if node.get(key):
            options = [resolve(o) for o in node[key]]
            chosen = next((o for o in options if _fits(o, hint, resolve)), options[0])
            return synthesize(chosen, resolve, hint, name, depth + 1)
    if hint is not NO_HINT and not isinstance(hint, (dict, list)):
        return hint
    if node.get("enum"):
        return node["enum"][0]
    kind = node.get("type") or ("object" if "properties" in node else "string")
    if kind == "object":
        given = cast("JsonDict", hint) if isinstance(hint, dict) else {}
        made = {
            key: synthesize(sub, resolve, given.get(key, NO_HINT), key, depth + 1)
            for key, sub in cast("JsonDict", node.get("properties") or {}).items()
        }
        return {**given, **made}
    if kind == "array":
        items = node.get("items", {})
        if isinstance(hint, list):
            return [synthesize(items, resolve, h, name, depth + 1) for h in hint]
        count = (
            max(1, int(node.get("minItems", 1))) if depth < _DEEP else int(node.get("minItems", 0))
        )
        return [synthesize(items, resolve, NO_HINT, name, depth + 1) for _ in range(count)]
    if kind == "integer":
        return int(node.get("minimum", 1))
    if kind == "number":
        return float(node.get("minimum", 1))
    if kind == "boolean":
        return True
    text = _STRINGS.get(str(node.get("format", "")), name)
    return text.ljust(int(node.get("minLength", 0)), "x")
