"""Writing documents as canonical, deterministic JSON."""

from __future__ import annotations

import json
from typing import Any, Literal

import orjson

from connector_dsl.document.base import Node


def to_data(node: Node) -> Any:
    """The document as plain JSON data, in canonical key order."""
    return node.model_dump(mode="json", by_alias=True, exclude_unset=True)


def dumps(node: Node | Any, *, indent: Literal[2, 4] = 2) -> bytes:
    """The document as UTF-8 JSON bytes, ending in a newline; the same bytes every run."""
    data = to_data(node) if isinstance(node, Node) else node
    if indent == 2:
        return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
    text = json.dumps(data, indent=4, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode()
