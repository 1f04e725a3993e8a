"""Building nodes from trusted JSON data without pydantic validation.

The compiler's data comes from typed Python and pydantic's own schema generator,
so validating it again would only cost time (and build every node's validator).
`construct` follows field annotations to make nested nodes; keys without a
field become extension keys, exactly as lenient reading keeps them.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable
from typing import Any, TypeVar, Union, get_args, get_origin

from connector_dsl.document.base import Node, swagger_alias

N = TypeVar("N", bound=Node)


Convert = Callable[[Any], Any]


@functools.cache
def _fields(cls: type[Node]) -> dict[str, tuple[str, Convert]]:
    """Wire key -> (field name, converter of its values) for a node class."""
    found: dict[str, tuple[str, Convert]] = {}
    for name, info in cls.model_fields.items():
        annotation: Any = info.annotation
        found[swagger_alias(name)] = (name, _converter(annotation))
    return found


def construct(cls: type[N], data: dict[str, Any]) -> N:
    """A `cls` node made from JSON data, nested nodes included, without validation."""
    fields = _fields(cls)
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        found = fields.get(key)
        if found is None:
            extra[key] = value
        else:
            name, convert = found
            values[name] = convert(value)
    return _new(cls, values, extra)


def new_node(cls: type[N], **values: Any) -> N:
    """`cls.model_construct(**values)` by field name, with defaults worked out once per class."""
    names = _defaults(cls).keys() | _required(cls)
    if not values.keys() <= names:
        unknown = sorted(values.keys() - names)
        msg = f"{cls.__name__} has no field {', '.join(unknown)}"
        raise TypeError(msg)
    return _new(cls, values, {})


def node_with(cls: type[N], values: dict[str, Any], extra: dict[str, Any]) -> N:
    """A `cls` node with `values` set (by field name) and `extra` keys, without validation.

    Its set fields name the extra keys too, as pydantic's validation does.
    """
    node = _new(cls, values, extra)
    object.__setattr__(node, "__pydantic_fields_set__", set(values) | set(extra))
    return node


@functools.cache
def _defaults(cls: type[Node]) -> dict[str, Any]:
    """Field defaults of a node class; every node default is immutable (None or a literal)."""
    return {name: info.default for name, info in cls.model_fields.items() if not info.is_required()}


@functools.cache
def _required(cls: type[Node]) -> frozenset[str]:
    return frozenset(name for name, info in cls.model_fields.items() if info.is_required())


def _new(cls: type[N], values: dict[str, Any], extra: dict[str, Any]) -> N:
    """What `model_construct` does, without resolving every default again per node."""
    node = cls.__new__(cls)
    state = dict(_defaults(cls))
    state.update(values)
    object.__setattr__(node, "__dict__", state)
    object.__setattr__(node, "__pydantic_fields_set__", set(values))
    object.__setattr__(node, "__pydantic_extra__", extra)
    object.__setattr__(node, "__pydantic_private__", None)
    return node


def _same(value: Any) -> Any:
    return value


@functools.cache
def _converter(annotation: Any) -> Convert:
    """How values of a field annotated `annotation` become nodes, worked out once per annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        choices = get_args(annotation)
        nodes = [a for a in choices if isinstance(a, type) and issubclass(a, Node)]
        others = [a for a in choices if a not in nodes and a is not type(None)]
        other = _converter(others[0]) if len(others) == 1 else _same
        if not nodes:
            return other

        def union(value: Any) -> Any:
            return (
                construct(_pick(nodes, value), value) if isinstance(value, dict) else other(value)
            )

        return union
    if isinstance(annotation, type) and issubclass(annotation, Node):
        node: type[Node] = annotation
        return lambda value: construct(node, value) if isinstance(value, dict) else value
    if origin is list:
        (item,) = get_args(annotation)
        each = _converter(item)
        if each is _same:  # a fresh list all the same: nodes never share a list with the input
            return lambda value: list(value) if isinstance(value, list) else value
        return lambda value: [each(v) for v in value] if isinstance(value, list) else value
    if origin is dict:
        _, item = get_args(annotation)
        each = _converter(item)
        if each is _same:
            return lambda value: dict(value) if isinstance(value, dict) else value
        return lambda value: (
            {k: each(v) for k, v in value.items()} if isinstance(value, dict) else value
        )
    return _same


def _pick(nodes: list[type[Node]], value: dict[str, Any]) -> type[Node]:
    """The node class a dict is: a `$ref`-only object is a `Reference` when one is offered."""
    if "$ref" in value:
        for node in nodes:
            if node.__name__ == "Reference":
                return node
    return next((n for n in nodes if n.__name__ != "Reference"), nodes[0])
