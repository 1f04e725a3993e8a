"""Python literals for JSON values, safe for any input string.

Strings are written with `repr()`, which escapes quotes, backslashes, control
characters and non-printable code points, so no input can end the literal or
inject code. Nothing from the input is ever put into code any other way.
"""

from __future__ import annotations

import math
from typing import Any


def literal(value: Any) -> str:
    """The Python source of a JSON value (`None`, bools, numbers, strings, lists, dicts)."""
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:  # the most common
        return repr(value)
    if kind is dict:  # text items (the most) written here, without a call each
        items = [
            f"{str(key)!r}: {item!r}" if type(item) is str else f"{str(key)!r}: {literal(item)}"
            for key, item in value.items()
        ]
        return "{" + ", ".join(items) + "}"
    if kind is list:
        return f"[{', '.join([repr(v) if type(v) is str else literal(v) for v in value])}]"
    return _other(value)


def _other(value: Any) -> str:
    """`literal` of a value of another type (a float, a tuple, a subclass)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f"float({str(value)!r})"
        return repr(value)
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, list | tuple):
        inner = ", ".join(literal(item) for item in value)
        return (
            f"[{inner}]"
            if isinstance(value, list)
            else f"({inner}{',' if len(value) == 1 else ''})"
        )
    if isinstance(value, dict):
        items = ", ".join(f"{literal(str(key))}: {literal(item)}" for key, item in value.items())
        return "{" + items + "}"
    msg = f"not a JSON value: {type(value).__name__}"
    raise TypeError(msg)


def string_tuple(values: list[str] | tuple[str, ...]) -> str:
    """A tuple literal of strings."""
    return literal(tuple(values))


def docstring(text: str) -> str | None:
    """A `\"\"\"...\"\"\"` docstring for plain one-line text that `inspect.getdoc` keeps as is."""
    plain = text.strip() == text and text and text.isprintable()
    if plain and '"' not in text and "\\" not in text:
        return f'"""{text}"""'
    return None
