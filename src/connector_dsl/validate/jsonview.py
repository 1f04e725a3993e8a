"""Typed views of plain JSON data: the validator reads what is in the file, as it is."""

from __future__ import annotations

from typing import Any, TypeAlias, cast

JsonObj: TypeAlias = dict[str, Any]
Token: TypeAlias = str | int
Ptr: TypeAlias = tuple[Token, ...]
"""A JSON pointer as a tuple of tokens; rendered with `errors.pointer` when reported."""


def obj(value: object) -> JsonObj | None:
    """`value` as a JSON object, or None when it is not one."""
    return cast(JsonObj, value) if isinstance(value, dict) else None


def arr(value: object) -> list[Any] | None:
    """`value` as a JSON array, or None when it is not one."""
    if not isinstance(value, list):
        return None
    found: list[Any] = value
    return found


def text(value: object) -> str | None:
    """`value` as a string, or None when it is not one."""
    return value if isinstance(value, str) else None


def items_of(value: object) -> list[tuple[str, Any]]:
    """The members of a JSON object, or nothing when `value` is not one."""
    found = obj(value)
    return list(found.items()) if found is not None else []


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between two strings, cut short above `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
