"""Writing documents as canonical, deterministic JSON."""

from __future__ import annotations

import functools
import json
import types
from collections.abc import Callable
from typing import Any, Literal, Union, get_args, get_origin

import orjson

from connector_dsl.document.base import Node, swagger_alias

Dump = Callable[[Any], Any] | None
"""How a field's value becomes JSON data; None when it already is (strings, numbers, ...)."""

_PLAIN = (str, int, float, bool, type(None))


def _is_plain(annotation: Any) -> bool:
    """Whether every value of the annotation is JSON data as it is (no node can be inside)."""
    origin = get_origin(annotation)
    if origin is Literal:
        return True
    if origin in (Union, types.UnionType, list):
        return all(_is_plain(arg) for arg in get_args(annotation))
    return annotation in _PLAIN


@functools.cache
def _dumper(annotation: Any) -> Dump:
    if _is_plain(annotation):
        return None
    if isinstance(annotation, type) and issubclass(annotation, Node):
        return lambda value: _node_data(value) if isinstance(value, Node) else to_data(value)
    return to_data


@functools.cache
def _plan(cls: type[Node]) -> tuple[dict[str, int], tuple[tuple[str, str, Dump], ...]]:
    """Each field's place in canonical order, and its (name, wire key, dump), for a node class."""
    fields: list[tuple[str, str, Dump]] = []
    for name, info in cls.model_fields.items():
        annotation: Any = info.annotation
        fields.append((name, swagger_alias(name), _dumper(annotation)))
    return {name: index for index, (name, _, _) in enumerate(fields)}, tuple(fields)


def _node_data(node: Node) -> dict[str, Any]:
    order, fields = _plan(type(node))
    values = node.__dict__
    present = node.__pydantic_fields_set__
    out: dict[str, Any] = {}
    # Most nodes set a few of many fields: sort those few rather than test every field.
    for index in sorted(order[name] for name in present if name in order):
        name, key, dump = fields[index]
        value = values[name]
        out[key] = value if dump is None else dump(value)
    extra = node.__pydantic_extra__
    if extra:
        for key, item in extra.items():
            out[key] = to_data(item)
    return out


def to_data(value: Any) -> Any:
    """A node as plain JSON data: set fields in canonical order, then extension keys."""
    if isinstance(value, Node):
        return _node_data(value)
    if isinstance(value, list | tuple):
        return [to_data(item) for item in value]
    if isinstance(value, dict):
        return {key: to_data(item) for key, item in value.items()}
    return value


def _shallow(value: Any) -> dict[str, Any]:
    """One node's own keys, its children left as they are: orjson calls this for each node."""
    if not isinstance(value, Node):
        msg = f"not a JSON value: {type(value).__name__}"
        raise TypeError(msg)
    order, fields = _plan(type(value))
    values = value.__dict__
    out = {}
    for index in sorted(order[n] for n in value.__pydantic_fields_set__ if n in order):
        name, key, _ = fields[index]
        out[key] = values[name]
    extra = value.__pydantic_extra__
    if extra:
        out.update(extra)
    return out


def dumps(node: Any, *, indent: Literal[2, 4] = 2) -> bytes:
    """A node (or plain data) as UTF-8 JSON bytes ending in a newline; the same bytes every run.

    With the default indent, orjson walks the document itself and asks for one node's
    keys at a time, so the only Python work is one small dict per node.
    """
    if indent == 2:
        option = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
        return orjson.dumps(node, default=_shallow, option=option)
    text = json.dumps(to_data(node), indent=4, ensure_ascii=False, allow_nan=False)
    return (text + "\n").encode()
