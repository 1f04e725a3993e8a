"""Object-model schemas given a class already: an equal inline schema is a copy of it.

Equal means equal as JSON, where `1`, `1.0` and `true` differ (`==` takes them
for one value). Schemas are grouped by their number of keys and property names,
which equal schemas share; within a group a schema is compared by `==` first (in
C, stopping at the first difference), and only one found equal so is compared
exactly: by its `marshal` bytes (types, values and key order), else, keys in
another order, by its JSON text with sorted keys (`json_key`). Equal as JSON
implies equal by `==` for JSON data (no NaN, which reading refuses).
"""

from __future__ import annotations

import json
import marshal
from typing import Any

_UNSET: Any = object()


def json_key(schema: Any) -> str:
    """A text equal for values equal as JSON (keys sorted; `1`, `1.0`, `true` told apart)."""
    return json.dumps(schema, sort_keys=True, default=str)


def _exact(value: Any) -> bytes | None:
    """`value`'s `marshal` bytes (no shared references), or None for other objects.

    Equal bytes mean equal types and values in the same order: equal as JSON.
    """
    try:
        return marshal.dumps(value, 2)
    except ValueError:  # an object marshal does not write (or nesting too deep)
        return None


class _Entry:
    """A schema added, its class, and its exact forms once written."""

    __slots__ = ("exact", "key", "name", "schema")

    def __init__(self, schema: dict[str, Any], name: str) -> None:
        self.schema = schema
        self.name = name
        self.exact: bytes | None = _UNSET
        self.key: str | None = None


class Copies:
    """Object-model schemas and their classes: the first class of a schema equal as JSON."""

    def __init__(self) -> None:
        self._groups: dict[tuple[int, frozenset[str]], list[_Entry]] = {}
        self._missed: list[tuple[dict[str, Any], tuple[int, frozenset[str]]]] = []
        """Schemas `get` found no class for, with their groups, the latest last: the class
        made for one is added next, after those of the schemas inside it."""

    @staticmethod
    def _group(schema: dict[str, Any]) -> tuple[int, frozenset[str]]:
        return len(schema), frozenset(schema["properties"])

    def get(self, schema: dict[str, Any]) -> str | None:
        """The first class added with a schema equal to `schema`, if any."""
        group = self._group(schema)
        entries = self._groups.get(group)
        if not entries:
            self._missed.append((schema, group))
            return None
        exact: bytes | None = _UNSET
        key: str | None = None
        for entry in entries:
            if entry.schema != schema:
                continue
            if exact is _UNSET:
                exact = _exact(schema)
            if entry.exact is _UNSET:
                entry.exact = _exact(entry.schema)
            if exact is not None and entry.exact == exact:
                return entry.name
            key = key or json_key(schema)
            entry.key = entry.key or json_key(entry.schema)
            if entry.key == key:
                return entry.name
        self._missed.append((schema, group))
        return None

    def add(self, schema: dict[str, Any], name: str) -> None:
        """Add `schema`'s class (after any class added with an equal schema)."""
        missed = self._missed  # its group found by `get` already, when it was asked for last
        group = missed.pop()[1] if missed and missed[-1][0] is schema else self._group(schema)
        self._groups.setdefault(group, []).append(_Entry(schema, name))
