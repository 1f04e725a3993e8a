"""Writing changes as text, JSON, GitHub Actions annotations or a markdown table."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal, TypeAlias

from connector_dsl.diff.change import Change
from connector_dsl.errors import Place

Format: TypeAlias = Literal["text", "json", "github", "markdown"]
FORMATS: tuple[Format, ...] = ("text", "json", "github", "markdown")


def _where(place: Place | None) -> str:
    if place is None:
        return "-"
    where = place.file or "<document>"
    if place.line is not None:
        where += f":{place.line}"
    if place.python is not None:
        where += f" ({place.python})"
    return where + f"#{place.pointer}" if place.pointer is not None else where


def _count(changes: Sequence[Change]) -> str:
    counts = {s: sum(c.severity == s for c in changes) for s in ("breaking", "warning", "info")}
    return ", ".join(f"{n} {s}" for s, n in counts.items())


def as_text(changes: Sequence[Change]) -> str:
    """One line per change, its places on the next lines, then the counts."""
    lines: list[str] = []
    for change in changes:
        lines.append(f"{change.severity} {change.rule}: {change.message}")
        if change.old is not None:
            lines.append(f"  old: {_where(change.old)}")
        if change.new is not None:
            lines.append(f"  new: {_where(change.new)}")
    lines.append(_count(changes))
    return "\n".join(lines) + "\n"


def _place_data(place: Place | None) -> dict[str, object] | None:
    if place is None:
        return None
    return {
        "file": place.file,
        "line": place.line,
        "pointer": place.pointer,
        "python": place.python,
    }


def as_json(changes: Sequence[Change]) -> str:
    """A JSON array of changes: rule, severity, operation, message, old and new place."""
    rows = [
        {
            "rule": c.rule,
            "severity": c.severity,
            "operation": c.operation,
            "message": c.message,
            "old": _place_data(c.old),
            "new": _place_data(c.new),
        }
        for c in changes
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


_LEVEL = {"breaking": "error", "warning": "warning", "info": "notice"}


def as_github(changes: Sequence[Change]) -> str:
    """`::error file=...,line=...,title=RULE::message` workflow commands (info as notice)."""
    lines: list[str] = []
    for change in changes:
        place = change.place
        props: list[str] = []
        if place.file and ":" not in place.file:  # not `REV:PATH`, which is no file
            props.append(f"file={_escape(place.file, prop=True)}")
            if place.line is not None:
                props.append(f"line={place.line}")
        props.append(f"title={_escape(change.rule, prop=True)}")
        message = _escape(f"{change.message} (at #{place.pointer or ''})")
        lines.append(f"::{_LEVEL[change.severity]} {','.join(props)}::{message}")
    return "".join(line + "\n" for line in lines)


def _cell(value: str) -> str:
    return value.replace("|", "\\|").replace("\n", " ")


def as_markdown(changes: Sequence[Change]) -> str:
    """A pull-request comment: counts, then a table of breaking changes and warnings first."""
    order = {"breaking": 0, "warning": 1, "info": 2}
    lines = [f"**connector-dsl diff**: {_count(changes)}", ""]
    if changes:
        lines += ["| severity | rule | where | change |", "|---|---|---|---|"]
        for change in sorted(changes, key=lambda c: order[c.severity]):
            where = change.place.python or f"`#{change.place.pointer or ''}`"
            cells = (change.severity, f"`{change.rule}`", _cell(where), _cell(change.message))
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def render(changes: Sequence[Change], fmt: Format) -> str:
    """Changes in the chosen format."""
    if fmt == "json":
        return as_json(changes)
    if fmt == "github":
        return as_github(changes)
    if fmt == "markdown":
        return as_markdown(changes)
    return as_text(changes)
