"""Writing documents as canonical, deterministic JSON."""

from __future__ import annotations

import json
import types
from typing import Any, Literal, Union, get_args, get_origin

import orjson

from connector_dsl.document.base import Node, swagger_alias

_PLAIN = (str, int, float, bool, type(None))
_EXACT = frozenset(_PLAIN)
"""Value types `to_data` returns as they are, tested by exact type before anything else."""

Layout = tuple[tuple[tuple[str, str, bool], ...], tuple[tuple[str, str], ...]]
"""For one set of set fields, in canonical order: (wire key, field name, whether the value
needs `to_data`), and (wire key, field name) alone for `dumps`, which never copies values."""

_MAX_LAYOUTS = 4096
"""Layouts kept per class: enough for every real document, bounded for hostile ones."""


def _is_plain(annotation: Any) -> bool:
    """Whether every value of the annotation is JSON data as it is (no node can be inside)."""
    origin = get_origin(annotation)
    if origin is Literal:
        return True
    if origin in (Union, types.UnionType, list):
        return all(_is_plain(arg) for arg in get_args(annotation))
    return annotation in _PLAIN


class _Plan:
    """A node class's fields in canonical order, and its layouts by set-field names."""

    __slots__ = ("deep", "keys", "layouts", "order")

    def __init__(self, cls: type[Node]) -> None:
        fields = cls.model_fields
        self.order = {name: index for index, name in enumerate(fields)}
        self.keys = tuple(swagger_alias(name) for name in fields)
        self.deep = frozenset(
            name for name, info in fields.items() if not _is_plain(info.annotation)
        )
        self.layouts: dict[frozenset[str], Layout] = {}

    def layout(self, present: frozenset[str]) -> Layout:
        """The layout of a node whose set fields are `present` (names without a field skipped)."""
        order = self.order
        names = sorted((name for name in present if name in order), key=order.__getitem__)
        fields = tuple((self.keys[order[name]], name, name in self.deep) for name in names)
        found = (fields, tuple((key, name) for key, name, _ in fields))
        if len(self.layouts) < _MAX_LAYOUTS:
            self.layouts[present] = found
        return found


_PLANS: dict[type[Node], _Plan] = {}
_LAYOUTS: dict[type[Node], dict[frozenset[str], Layout]] = {}
"""Each planned class's layouts, looked up by exact type: what tells `to_data` a node."""


def _plan(cls: type[Node]) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _Plan(cls)
        _LAYOUTS[cls] = plan.layouts
    return plan


def to_data(value: Any) -> Any:
    """A node as plain JSON data: set fields in canonical order, then extension keys.

    Lists, tuples and dicts are copied (as lists and dicts); other values are kept.
    This runs once per node and value of every document, so it is written for speed:
    exact types, one layout per set of set fields, and no call for plain values.
    """
    kind = type(value)
    layouts = _LAYOUTS.get(kind)  # nodes first: most values are nodes
    if layouts is None:
        if kind in _EXACT:
            return value
        if kind is dict:
            return {key: to_data(item) for key, item in value.items()}
        if kind is list:
            return [to_data(item) for item in value]
        if isinstance(value, Node):
            layouts = _plan(kind).layouts
    if layouts is not None:
        present = frozenset(value.__pydantic_fields_set__)
        layout = layouts.get(present)
        if layout is None:
            layout = _PLANS[kind].layout(present)
        values = value.__dict__
        out = {}
        for key, name, deep in layout[0]:
            out[key] = to_data(values[name]) if deep else values[name]
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


def _shallow(value: Any) -> dict[str, Any]:
    """One node's own keys, its children left as they are: orjson calls this for each node."""
    if not isinstance(value, Node):
        msg = f"not a JSON value: {type(value).__name__}"
        raise TypeError(msg)
    plan = _plan(type(value))
    present = frozenset(value.__pydantic_fields_set__)
    layout = plan.layouts.get(present)
    pairs = (plan.layout(present) if layout is None else layout)[1]
    values = value.__dict__
    out = {key: values[name] for key, name in pairs}
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
