"""`[tool.connector-dsl.diff]` in pyproject.toml: rules allowed (not reported).

[tool.connector-dsl.diff]
allow = ["host-changed"]
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path

from connector_dsl.diff.rules import DIFF_RULES
from connector_dsl.errors import Diagnostic, InputError, Place
from connector_dsl.validate.jsonview import arr, obj

Hint = Callable[[str], str]
"""The suggestion for an unknown rule id: `; did you mean 'x'?`, or ``."""


def _no_hint(rule: str) -> str:
    return ""


def read_allowed(path: Path | None, hint: Hint = _no_hint) -> frozenset[str]:
    """The `allow` list of `[tool.connector-dsl.diff]`; empty when there is none.

    An id that is not a diff rule is refused, with `hint(id)` in its message.
    """
    if path is None:
        return frozenset()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise InputError([Diagnostic("config", str(error), Place(file=str(path)))]) from error
    table = obj((obj((obj(data.get("tool")) or {}).get("connector-dsl")) or {}).get("diff"))
    if table is None:
        return frozenset()
    place = Place(file=str(path), pointer="/tool/connector-dsl/diff/allow")
    allowed = arr(table.get("allow"))
    if "allow" in table and allowed is None:
        msg = "allow must be a list of diff rule ids"
        raise InputError([Diagnostic("config", msg, place)])
    unknown = [str(rule) for rule in allowed or [] if rule not in DIFF_RULES]
    if unknown:
        raise InputError([unknown_rule(rule, place, hint(rule)) for rule in unknown])
    return frozenset(str(rule) for rule in allowed or [])


def unknown_rule(rule: str, place: Place, hint: str = "") -> Diagnostic:
    """The diagnostic for an allowed rule id that does not exist; `hint` suggests the nearest."""
    if hint:
        message = f"{rule!r} is not a diff rule{hint} (the ids are in docs/diff-rules.md)"
    else:
        message = f"{rule!r} is not a diff rule; see docs/diff-rules.md for the ids"
    return Diagnostic("diff-unknown-rule", message, place)
