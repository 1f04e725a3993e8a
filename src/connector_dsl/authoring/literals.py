"""Checking `Literal`-typed arguments of a declaration when it is made.

mypy and pyright flag a wrong literal only where the value is written as one;
a value read from a variable or a file reaches the constructor unchecked.
"""

from __future__ import annotations

import dataclasses
import functools
import types
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints


@functools.cache
def literal_arguments(cls: type) -> dict[str, tuple[Any, ...]]:
    """The allowed values of every `Literal` (or `Literal | None`) field of a dataclass."""
    hints = get_type_hints(cls)
    found: dict[str, tuple[Any, ...]] = {}
    for item in dataclasses.fields(cls):
        hint = hints.get(item.name)
        allowed: list[Any] = []
        for part in get_args(hint) if get_origin(hint) in (Union, types.UnionType) else (hint,):
            if get_origin(part) is Literal:
                allowed.extend(get_args(part))
            elif part is type(None):
                allowed.append(None)
            else:
                allowed = []
                break
        if allowed:
            found[item.name] = tuple(allowed)
    return found


def literal_problems(instance: Any) -> list[str]:
    """`name=value must be one of ...` for each `Literal` argument outside its values."""
    problems: list[str] = []
    kind: type = type(instance)
    for name, allowed in literal_arguments(kind).items():
        value = getattr(instance, name)
        if not any(value == choice and type(value) is type(choice) for choice in allowed):
            choices = ", ".join(repr(choice) for choice in allowed if choice is not None)
            problems.append(f"{name}={value!r} must be one of {choices}")
    return problems
