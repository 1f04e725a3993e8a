"""Building nodes from trusted JSON data without pydantic validation.

The compiler's data comes from typed Python and pydantic's own schema generator,
so validating it again would only cost time (and build every node's validator).
`construct` follows field annotations to make nested nodes; keys without a
field become extension keys, exactly as lenient reading keeps them.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any, TypeVar, Union, get_args, get_origin

from connector_dsl.document.base import Node, swagger_alias
from connector_dsl.document.slots import NEW, SET_DICT, SET_EXTRA, SET_FIELDS, SET_PRIVATE

N = TypeVar("N", bound=Node)

Convert = Callable[[Any], Any]
"""How a field's value becomes what the node holds; None where the value is kept as it is."""

Deep = tuple[str, type[Node], type[Node], Convert | None]
"""A field whose value is converted: (name, class of a dict, class of a `$ref` dict, converter);
with no converter the value is a node (made from a dict) or kept as it is."""

Layout = tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[Deep, ...]] | tuple[()]
"""For one sequence of wire keys: their field names in that order, (wire key, field name) of
every key when some key is not its field's name, and the fields to convert; empty when a key
has no field (the general path)."""

_MAX_LAYOUTS = 4096
"""Layouts kept per class: enough for every real document, bounded for hostile ones."""


class _Kind:
    """What building nodes of one class needs, worked out once per class."""

    __slots__ = ("deep", "defaults", "fields", "layouts", "names", "plain")

    def __init__(self, cls: type[Node]) -> None:
        infos = cls.model_fields
        self.fields: dict[str, tuple[str, Convert | None]] = {}
        """Wire key -> (field name, converter of its values)."""
        self.deep: dict[str, Deep] = {}
        """Wire key -> how the value of a field to convert is converted."""
        for name, info in infos.items():
            key = swagger_alias(name)
            convert = _converter(info.annotation)
            self.fields[key] = (name, convert)
            if convert is not None:
                found = _nodes(info.annotation)
                if found is not None and found[1] is None:
                    self.deep[key] = (name, *_picks(found[0]), None)
                else:
                    self.deep[key] = (name, cls, cls, convert)
        self.plain = frozenset(k for k, (n, _) in self.fields.items() if k == n) - self.deep.keys()
        """Wire keys that are their field's name and whose values are kept as they are."""
        self.defaults: dict[str, Any] = {
            name: info.default for name, info in infos.items() if not info.is_required()
        }
        """Field defaults; every node default is immutable (None or a literal)."""
        self.names = frozenset(infos)
        self.layouts: dict[tuple[str, ...], Layout] = {}

    def layout(self, keys: tuple[str, ...]) -> Layout:
        """The layout of data with these keys, in this order."""
        found: Layout = ()
        if all(key in self.fields for key in keys):
            names = tuple(self.fields[key][0] for key in keys)
            renamed = () if names == keys else tuple(zip(keys, names, strict=True))
            deep = tuple(self.deep[key] for key in keys if key in self.deep)
            found = (names, renamed, deep)
        if len(self.layouts) < _MAX_LAYOUTS:
            self.layouts[keys] = found
        return found


_KINDS: dict[type[Node], _Kind] = {}


def _kind(cls: type[Node]) -> _Kind:
    kind = _KINDS.get(cls)
    if kind is None:
        kind = _KINDS[cls] = _Kind(cls)
    return kind


def construct(cls: type[N], data: dict[str, Any]) -> N:
    """A `cls` node made from JSON data, nested nodes included, without validation.

    This runs for every node the compiler emits, so it is written for speed: data whose
    keys are all plain fields is merged in one step, other data by a layout per key order.
    """
    kind = _KINDS.get(cls) or _kind(cls)
    state = kind.defaults.copy()
    if data.keys() <= kind.plain:
        state.update(data)
        present = set(data)
    else:
        keys = tuple(data)
        layout = kind.layouts.get(keys)
        if layout is None:
            layout = kind.layout(keys)
        if not layout:
            return _with_extra(cls, kind, data)
        names, renamed, deep = layout
        if renamed:  # a loop costs less than `update(zip(...))` for the few keys of a node
            for key, name in renamed:
                state[name] = data[key]
        else:
            state.update(data)
        for name, plain, ref, convert in deep:
            value = state[name]
            if convert is not None:
                state[name] = convert(value)
            elif isinstance(value, dict):
                state[name] = construct(ref if "$ref" in value else plain, value)
        present = set(names)
    node = NEW(cls)
    SET_DICT(node, state)
    SET_FIELDS(node, present)
    SET_EXTRA(node, {})
    SET_PRIVATE(node, None)
    return node


def _with_extra(cls: type[N], kind: _Kind, data: dict[str, Any]) -> N:
    """`construct` for data with keys that have no field: they become extension keys."""
    fields = kind.fields
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        found = fields.get(key)
        if found is None:
            extra[key] = value
        else:
            name, convert = found
            values[name] = value if convert is None else convert(value)
    return _new(cls, kind, values, extra)


def new_node(cls: type[N], **values: Any) -> N:
    """`cls.model_construct(**values)` by field name, with defaults worked out once per class."""
    kind = _kind(cls)
    if not values.keys() <= kind.names:
        unknown = sorted(values.keys() - kind.names)
        msg = f"{cls.__name__} has no field {', '.join(unknown)}"
        raise TypeError(msg)
    return _new(cls, kind, values, {})


def node_with(cls: type[N], values: dict[str, Any], extra: dict[str, Any]) -> N:
    """A `cls` node with `values` set (by field name) and `extra` keys, without validation.

    Its set fields name the extra keys too, as pydantic's validation does.
    """
    node = _new(cls, _kind(cls), values, extra)
    SET_FIELDS(node, set(values) | set(extra))
    return node


def _new(cls: type[N], kind: _Kind, values: dict[str, Any], extra: dict[str, Any]) -> N:
    """What `model_construct` does, without resolving every default again per node."""
    node = NEW(cls)
    state = kind.defaults.copy()
    state.update(values)
    SET_DICT(node, state)
    SET_FIELDS(node, set(values))
    SET_EXTRA(node, extra)
    SET_PRIVATE(node, None)
    return node


def _nodes(annotation: Any) -> tuple[list[type[Node]], Convert | None] | None:
    """The node classes an annotation offers and the converter of its other values, if any."""
    if isinstance(annotation, type) and issubclass(annotation, Node):
        return [annotation], None
    if get_origin(annotation) not in (Union, types.UnionType):
        return None
    choices = get_args(annotation)
    nodes = [a for a in choices if isinstance(a, type) and issubclass(a, Node)]
    others = [a for a in choices if a not in nodes and a is not type(None)]
    if not nodes:
        return None
    return nodes, _converter(others[0]) if len(others) == 1 else None


def _picks(nodes: list[type[Node]]) -> tuple[type[Node], type[Node]]:
    """The classes of a dict without and with `$ref` (a `Reference` if one is offered)."""
    plain = next((n for n in nodes if n.__name__ != "Reference"), nodes[0])
    return plain, next((n for n in nodes if n.__name__ == "Reference"), plain)


def _converter(annotation: Any) -> Convert | None:
    """How values of a field annotated `annotation` become nodes; None if they stay as they are."""
    found = _nodes(annotation)
    if found is not None:
        return _to_node(*found)
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        others = [a for a in get_args(annotation) if a is not type(None)]
        return _converter(others[0]) if len(others) == 1 else None
    if origin is list:
        (item,) = get_args(annotation)
        return _to_list(item)
    if origin is dict:
        _, item = get_args(annotation)
        return _to_dict(item)
    return None


def _to_node(nodes: list[type[Node]], other: Convert | None) -> Convert:
    plain, ref = _picks(nodes)
    if other is not None:
        keep: Convert = other

        def node_or_other(value: Any) -> Any:
            if isinstance(value, dict):
                return construct(ref if "$ref" in value else plain, value)
            return keep(value)

        return node_or_other

    def node(value: Any) -> Any:
        if isinstance(value, dict):
            return construct(ref if "$ref" in value else plain, value)
        return value

    return node


def _to_list(item: Any) -> Convert:
    # A fresh list even of plain values: nodes never share a list with the input.
    found = _nodes(item)
    if found is not None and found[1] is None:
        plain, ref = _picks(found[0])

        def nodes(value: Any) -> Any:
            if not isinstance(value, list):
                return value
            return [
                construct(ref if "$ref" in v else plain, v) if isinstance(v, dict) else v
                for v in value
            ]

        return nodes
    each = _converter(item)
    if each is None:
        return lambda value: list(value) if isinstance(value, list) else value
    convert: Convert = each
    return lambda value: [convert(v) for v in value] if isinstance(value, list) else value


def _to_dict(item: Any) -> Convert:
    found = _nodes(item)
    if found is not None and found[1] is None:
        plain, ref = _picks(found[0])

        def nodes(value: Any) -> Any:
            if not isinstance(value, dict):
                return value
            return {
                k: construct(ref if "$ref" in v else plain, v) if isinstance(v, dict) else v
                for k, v in value.items()
            }

        return nodes
    each = _converter(item)
    if each is None:
        return lambda value: dict(value) if isinstance(value, dict) else value
    convert: Convert = each
    return lambda value: (
        {k: convert(v) for k, v in value.items()} if isinstance(value, dict) else value
    )
