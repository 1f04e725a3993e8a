"""Writing documents as canonical, deterministic JSON."""

from __future__ import annotations

import functools
import json
from typing import Any, Literal

import orjson

from connector_dsl.document.base import Node, swagger_alias


@functools.cache
def _keys(cls: type[Node]) -> tuple[tuple[str, str], ...]:
    """(field name, wire key) of a node class, in canonical (field) order."""
    return tuple((name, swagger_alias(name)) for name in cls.model_fields)


def to_data(value: Any) -> Any:
    """A node as plain JSON data: set fields in canonical order, then extension keys."""
    if isinstance(value, Node):
        out: dict[str, Any] = {}
        present = value.__pydantic_fields_set__
        for name, key in _keys(type(value)):
            if name in present:
                out[key] = to_data(getattr(value, name))
        extra = value.__pydantic_extra__
        if extra:
            for key, item in extra.items():
                out[key] = to_data(item)
        return out
    if isinstance(value, list | tuple):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {key: to_data(item) for key, item in value.items()}
    return value


def dumps(node: Any, *, indent: Literal[2, 4] = 2) -> bytes:
    """A node (or plain data) as UTF-8 JSON bytes ending in a newline; the same bytes every run."""
    data = to_data(node)
    if indent == 2:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    text = json.dumps(data, indent=4, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode()
