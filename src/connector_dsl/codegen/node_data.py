"""The data of a node the compiler would make from data, without making the node.

`compile.emit` makes its nodes from data (`document.construct`) and the generator
compares only their data (`dump.to_data`). Made and written back, data of JSON
values alone (objects with text keys, arrays, text, numbers, booleans, null) is the
same data, its top-level keys in the node class's field order, then its other keys
as they came; so it is had by ordering those keys. Any other value (a tuple, an
object) takes the round trip itself, as then the two may differ.
"""

from __future__ import annotations

import functools
from typing import Any

from connector_dsl.document.base import Node, swagger_alias
from connector_dsl.document.construct import construct
from connector_dsl.dump import to_data

_SCALARS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> bool:
    """Whether `value` is JSON data alone: dicts with text keys, lists and scalars."""
    if type(value) not in (dict, list):
        return type(value) in _SCALARS
    stack = [value]
    while stack:
        value = stack.pop()
        items = value.values() if type(value) is dict else value
        if type(value) is dict and not all(type(key) is str for key in value):
            return False
        for item in items:
            kind = type(item)
            if kind is dict or kind is list:
                stack.append(item)
            elif kind not in _SCALARS:
                return False
    return True


def node_data(
    cls: type[Node], data: dict[str, Any], unread: tuple[str, ...] = ()
) -> dict[str, Any]:
    """`to_data(construct(cls, data))`: `data` with its keys in `cls`'s order, when plain.

    The values of `unread` keys are left as they are, whatever they hold: the caller
    reads only the other values (and which keys there are). The result may share
    values with `data`: callers only read it.
    """
    read = [value for key, value in data.items() if key not in unread] if unread else data
    if not (plain(read) and all(type(key) is str for key in data)):
        built: dict[str, Any] = to_data(construct(cls, data))
        return built
    return in_order(cls, data)


def in_order(cls: type[Node], data: dict[str, Any]) -> dict[str, Any]:
    """`data` with its keys in `cls`'s field order, then its other keys as they came.

    What `node_data` gives for plain data (the caller knows it is plain).
    """
    order = _order(cls)
    known = sorted((key for key in data if key in order), key=order.__getitem__)
    out = {key: data[key] for key in known}
    if len(known) < len(data):
        out.update((key, value) for key, value in data.items() if key not in order)
    return out


@functools.cache
def _order(cls: type[Node]) -> dict[str, int]:
    """Each field's wire key and its place in the node's data."""
    return {swagger_alias(name): index for index, name in enumerate(cls.model_fields)}
