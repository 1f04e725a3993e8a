"""Breaking changes between two versions of a connector, with Power Platform's meaning.

`compare()` lists every change between two swagger documents (and, when both are
given, their apiProperties): operations, inputs as flows store them, outputs flows
read, triggers, sign-in, connection parameters, host. Each change has a rule id
(`DIFF_RULES`), a severity (breaking, warning, info) and a place on each side.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from connector_dsl.diff.change import Change
from connector_dsl.diff.connection import compare_connection, compare_service
from connector_dsl.diff.context import Differ, RawChange
from connector_dsl.diff.operations import compare_operations
from connector_dsl.diff.rules import DIFF_RULES, ChangeSeverity, DiffRule
from connector_dsl.diff.sides import Side, load_side
from connector_dsl.errors import Place
from connector_dsl.validate.jsonview import JsonObj


def compare(
    old: Any,
    new: Any,
    *,
    old_properties: JsonObj | None = None,
    new_properties: JsonObj | None = None,
    allowed: Collection[str] = (),
) -> list[Change]:
    """Every change from `old` to `new` (swagger data), sorted; `allowed` rules are left out."""
    return diff(Side(old, old_properties, "old"), Side(new, new_properties, "new"), allowed=allowed)


def diff(old: Side, new: Side, *, allowed: Collection[str] = ()) -> list[Change]:
    """Every change between two loaded sides, placed in their files; `allowed` left out."""
    differ = Differ(old.swagger, new.swagger, old.properties, new.properties)
    compare_service(differ)
    compare_connection(differ)
    compare_operations(differ)
    changes: dict[tuple[Any, ...], Change] = {}
    for raw in differ.found:
        if raw.rule in allowed:
            continue
        message = raw.message
        severity = DIFF_RULES[raw.rule].severity
        if severity == "breaking" and raw.operation is not None and new.python is not None:
            message += _PYTHON_WAY
        change = Change(
            raw.rule,
            severity,
            message,
            _place(old, raw, raw.old),
            _place(new, raw, raw.new),
            raw.operation,
        )
        changes.setdefault(change.sort_key(), change)
    return sorted(changes.values(), key=Change.sort_key)


_PYTHON_WAY = (
    " In Python: `route = Route(...).retired()` on the old class, and "
    "`annotation=Annotation.after(OldClass)` on the new one."
)


def _place(side: Side, raw: RawChange, pointer: str | None) -> Place | None:
    if pointer is None:
        return None
    swagger = raw.document == "swagger"
    locate = side.locate if swagger else side.locate_properties
    line = column = None
    if locate is not None:
        found = locate(pointer)
        if found is not None:
            line, column = found
    python = None
    file = side.source if swagger else side.properties_source
    if side.python is not None:
        known = side.python.place(pointer, raw.document)
        python, file, line = known.python, known.file or file, known.line
    return Place(
        file=file,
        line=line,
        column=column if python is None else None,
        python=python,
        pointer=pointer,
    )


__all__ = [
    "DIFF_RULES",
    "Change",
    "ChangeSeverity",
    "DiffRule",
    "Side",
    "compare",
    "diff",
    "load_side",
]
