"""What an input may hold: one depth limit, one size cap, and values JSON can carry.

Every command reads its files through `importers.reading`, which calls
`check_values` on the data it read (for JSON, only when `NumberWatch` or
`json_text_within_limits` says a value may be past the limits). Past these
limits the input is refused with an `InputError` naming the file, line, column
and pointer, so nothing below the reader ever meets a value it cannot write back
or a nesting it cannot recurse into.

- `MAX_DEPTH` (64) levels of objects and arrays; the deepest of the 409 corpus
  connectors has 28.
- Integers from -2**63 to 2**64 - 1 (what JSON writers and the platform read);
  larger ones must be written as strings or floats.
- Floats must be finite (`NaN`, `Infinity`, `1e999` are not JSON values).
- Strings and keys may not hold a lone UTF-16 surrogate (`"\\ud800"`): no UTF-8
  text can, so such a file could not be written back.
- `MAX_INPUT_BYTES` (64 MiB) per input file, overridable with the environment
  variable `CONNECTOR_DSL_MAX_INPUT_BYTES` (a number of bytes).
"""

from __future__ import annotations

import itertools
import math
import os
import re
from collections.abc import Callable
from typing import Any

from connector_dsl.errors import Diagnostic, InputError, Place, escape_pointer_token

MAX_DEPTH = 64
"""Most levels of objects and arrays an input may nest."""

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""Largest input file read, unless `CONNECTOR_DSL_MAX_INPUT_BYTES` says otherwise."""

SIZE_VARIABLE = "CONNECTOR_DSL_MAX_INPUT_BYTES"

INT_MIN = -(2**63)
INT_MAX = 2**64 - 1
MAX_INT_DIGITS = 40
"""Digit strings longer than this are never parsed as integers (they are out of range)."""

_SURROGATE = re.compile("[\ud800-\udfff]")


class TooLongNumber(str):
    """An integer literal too long to convert: kept as its text until it is refused."""

    __slots__ = ()


def input_cap() -> int:
    """The size cap in bytes: `CONNECTOR_DSL_MAX_INPUT_BYTES` when it is a positive integer."""
    value = os.environ.get(SIZE_VARIABLE, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return MAX_INPUT_BYTES


def parse_int(text: str) -> int | TooLongNumber:
    """`json.loads(parse_int=...)`: an int, or the text when it is too long to convert."""
    digits = text.lstrip("+-")
    if len(digits) > MAX_INT_DIGITS:
        return TooLongNumber(text)
    return int(text)


def parse_constant(text: str) -> float:
    """`json.loads(parse_constant=...)`: NaN and Infinity are read, then refused."""
    return float(text)


_DOUBTFUL_DIGITS = 19
"""Integers with fewer digits are always within range (`INT_MIN` has 19)."""


class NumberWatch:
    """`json.loads` number hooks that note whether a number may be past the limits.

    When none was, `check_values` has nothing to find among the numbers.
    """

    __slots__ = ("doubtful",)

    def __init__(self) -> None:
        self.doubtful = False

    def parse_int(self, text: str) -> int | TooLongNumber:
        """As `parse_int`, noting a long integer."""
        if len(text.lstrip("+-")) >= _DOUBTFUL_DIGITS:
            self.doubtful = True
        return parse_int(text)

    def parse_float(self, text: str) -> float:
        """As `float`, noting a value too large to be finite."""
        value = float(text)
        if not math.isfinite(value):
            self.doubtful = True
        return value

    def parse_constant(self, text: str) -> float:
        """As `parse_constant`, noting that a NaN or infinity was read."""
        self.doubtful = True
        return parse_constant(text)


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
"""Strings, then what is not a bracket, are stripped in two passes (one pass is slower)."""
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def json_text_within_limits(text: str) -> bool:
    """True when valid JSON `text` certainly has no surrogate and no nesting past `MAX_DEPTH`.

    Both are seen in the text with regular expressions (no walk over the values);
    with `NumberWatch` for the numbers this tells when `check_values` would find
    nothing. False means "maybe": then `check_values` decides.
    """
    if ("\\ud" in text or "\\uD" in text) and _SURROGATE_ESCAPE.search(text):
        return False
    if not text.isascii() and _SURROGATE.search(text):
        return False
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    deepest = max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0)
    return deepest <= MAX_DEPTH


_DEEP_LINE = b"\n" + b" " * (2 * MAX_DEPTH)
"""How a line starts in `orjson.dumps(..., option=OPT_INDENT_2)` whose value is nested in
`MAX_DEPTH` levels of objects and arrays: each level indents its members by two spaces."""
_TOO_DEEP_LINE = re.compile(rb'\n {%d}(?: |[\[{]|"(?:[^"\\]|\\.)*": [\[{])' % (2 * MAX_DEPTH))
"""A line that is deeper still, or opens an object or array there (a level past the limit)."""


def indented_json_within_depth(dumped: bytes) -> bool:
    """True when JSON written by `orjson.dumps` with `OPT_INDENT_2` nests at most `MAX_DEPTH`
    levels of objects and arrays.

    orjson writes every member on a line of its own, indented two spaces per level, and
    escapes line breaks in strings, so a value past the limit is on a line indented more
    than `2 * MAX_DEPTH` spaces, or is an object or array opened on a line indented just
    that much. Such lines are only looked for when a line is indented that much at all.
    """
    return _DEEP_LINE not in dumped or _TOO_DEEP_LINE.search(dumped) is None


Locate = Callable[[str], Place]


Where = tuple[Any, str | int] | None
"""Where a value is, as a chain of (parent, key or index) pairs: its pointer is only
written out for a value that is refused (the check visits every value of the document)."""


def pointer_of(path: Where) -> str:
    """The JSON pointer of a path chain (keys made printable, then escaped)."""
    tokens: list[str] = []
    while path is not None:
        path, token = path
        tokens.append(
            str(token) if isinstance(token, int) else escape_pointer_token(_printable(token))
        )
    return "".join("/" + token for token in reversed(tokens))


def check_values(data: Any, locate: Locate) -> None:
    """Raise `InputError` for every value past the limits, all at once (at most 20)."""
    found: list[Diagnostic] = []
    stack: list[tuple[Any, Where, int]] = [(data, None, 0)]
    while stack and len(found) < 20:
        value, where, depth = stack.pop()
        if isinstance(value, dict | list) and depth >= MAX_DEPTH:
            msg = (
                f"the document nests objects and arrays deeper than {MAX_DEPTH} levels here; "
                "connector-dsl reads at most that many: flatten this value or move it into "
                "a definition"
            )
            found.append(_error(msg, locate(pointer_of(where))))
            continue
        if isinstance(value, dict):
            items: dict[Any, Any] = value  # pyright: ignore[reportUnknownVariableType]
            for key, child in items.items():
                text = str(key)
                if _SURROGATE.search(text):
                    found.append(_error(_surrogate_message("key"), locate(pointer_of(where))))
                stack.append((child, (where, text), depth + 1))
        elif isinstance(value, list | tuple):
            elements: list[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
            stack.extend((child, (where, i), depth + 1) for i, child in enumerate(elements))
        elif isinstance(value, TooLongNumber):
            found.append(
                _error(_number_message(f"has {len(value)} digits"), locate(pointer_of(where)))
            )
        elif isinstance(value, str):
            if _SURROGATE.search(value):
                found.append(_error(_surrogate_message("string"), locate(pointer_of(where))))
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if not INT_MIN <= value <= INT_MAX:
                message = _number_message("is outside the 64-bit range")
                found.append(_error(message, locate(pointer_of(where))))
        elif isinstance(value, float):
            if not math.isfinite(value):
                msg = (
                    f"{value} is not a JSON number (no NaN or infinity): write a finite "
                    "number, or the value as a string"
                )
                found.append(_error(msg, locate(pointer_of(where))))
        else:
            kind = type(value).__name__
            msg = f"a {kind} value is not JSON: write it as a string, number, list or object"
            found.append(_error(msg, locate(pointer_of(where))))
    if found:
        found.sort(key=lambda d: (d.place.line or 0, d.place.column or 0, d.place.pointer or ""))
        raise InputError(found)


def _printable(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


def _number_message(problem: str) -> str:
    return (
        f"this integer {problem}; connector-dsl keeps integers from -2**63 to 2**64-1: "
        "write it as a string, or as a float if an approximate value will do"
    )


def _surrogate_message(kind: str) -> str:
    return (
        f"this {kind} holds a lone UTF-16 surrogate escape (\\ud800-\\udfff), which no "
        "UTF-8 file can hold: write the character itself, or its escaped pair"
    )


def _error(message: str, place: Place) -> Diagnostic:
    return Diagnostic(code="input-value", message=message, place=place)
