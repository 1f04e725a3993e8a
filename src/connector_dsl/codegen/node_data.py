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

_SCALARS = (str, int, float, bool, type(None))


def plain(value: Any) -> bool:
    """Whether `value` is JSON data alone: dicts with text keys, lists and scalars."""
    stack = [value]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is dict:
            for key, item in value.items():
                if type(key) is not str:
                    return False
                stack.append(item)
        elif kind is list:
            stack.extend(value)
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
    if not all(
        type(key) is str and (key in unread or plain(value)) for key, value in data.items()
    ):
        built: dict[str, Any] = to_data(construct(cls, data))
        return built
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
