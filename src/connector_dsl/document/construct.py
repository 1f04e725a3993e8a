"""Building nodes from trusted JSON data without pydantic validation.

The compiler's data comes from typed Python and pydantic's own schema generator,
so validating it again would only cost time (and build every node's validator).
`construct` follows field annotations to make nested nodes; keys without a
field become extension keys, exactly as lenient reading keeps them.
"""

from __future__ import annotations

import functools
import types
from typing import Any, TypeVar, Union, get_args, get_origin

from connector_dsl.document.base import Node, swagger_alias

N = TypeVar("N", bound=Node)


@functools.cache
def _fields(cls: type[Node]) -> dict[str, tuple[str, Any]]:
    """Wire key -> (field name, annotation) for a node class."""
    return {swagger_alias(name): (name, info.annotation) for name, info in cls.model_fields.items()}


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
            name, annotation = found
            values[name] = _convert(annotation, value)
    return _new(cls, values, extra)


@functools.cache
def _defaults(cls: type[Node]) -> dict[str, Any]:
    """Field defaults of a node class; every node default is immutable (None or a literal)."""
    return {name: info.default for name, info in cls.model_fields.items() if not info.is_required()}


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


def _convert(annotation: Any, value: Any) -> Any:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        nodes = [a for a in get_args(annotation) if isinstance(a, type) and issubclass(a, Node)]
        if isinstance(value, dict) and nodes:
            return construct(_pick(nodes, value), value)
        others = [a for a in get_args(annotation) if a not in nodes and a is not type(None)]
        return _convert(others[0], value) if len(others) == 1 else value
    if isinstance(annotation, type) and issubclass(annotation, Node) and isinstance(value, dict):
        return construct(annotation, value)
    if origin is list and isinstance(value, list):
        (item,) = get_args(annotation)
        return [_convert(item, v) for v in value]
    if origin is dict and isinstance(value, dict):
        _, item = get_args(annotation)
        return {k: _convert(item, v) for k, v in value.items()}
    return value


def _pick(nodes: list[type[Node]], value: dict[str, Any]) -> type[Node]:
    """The node class a dict is: a `$ref`-only object is a `Reference` when one is offered."""
    if "$ref" in value:
        for node in nodes:
            if node.__name__ == "Reference":
                return node
    return next((n for n in nodes if n.__name__ != "Reference"), nodes[0])
