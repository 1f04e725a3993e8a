"""Writing findings as text (grouped by file), JSON, or GitHub Actions annotations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from itertools import groupby
from typing import Literal, TypeAlias

from connector_dsl.validate.finding import Finding

Format: TypeAlias = Literal["text", "json", "github"]
FORMATS: tuple[Format, ...] = ("text", "json", "github")


def _where(finding: Finding) -> str:
    file = finding.file or "<document>"
    if finding.line is not None:
        return f"{file}:{finding.line}:{finding.column or 1}"
    return file


def _pointer(finding: Finding) -> str:
    """`#/pointer`, after `in Class.field` when the finding has a Python place."""
    if finding.python is not None:
        return f"in {finding.python}, #{finding.pointer}"
    return f"#{finding.pointer}"


def as_text(findings: Sequence[Finding]) -> str:
    """One block per file, one line per finding, then a count."""
    lines: list[str] = []
    for file, group in groupby(findings, key=lambda f: f.file or "<document>"):
        lines.append(file)
        for finding in group:
            lines.append(
                f"  {_where(finding)}: {finding.severity} {finding.rule}: {finding.message}"
                f"  [{_pointer(finding)}]"
            )
    errors = sum(f.severity == "error" for f in findings)
    lines.append(f"{errors} error(s), {len(findings) - errors} warning(s)")
    return "\n".join(lines) + "\n"


def as_json(findings: Sequence[Finding]) -> str:
    """A JSON array of findings: rule, severity, message, pointer, file, line, column, python."""
    rows = [
        {
            "rule": f.rule,
            "severity": f.severity,
            "message": f.message,
            "pointer": f.pointer,
            "document": f.document,
            "file": f.file,
            "line": f.line,
            "column": f.column,
            "python": f.python,
        }
        for f in findings
    ]
    return json.dumps(rows, indent=2, ensure_ascii=False) + "\n"


def _escape(value: str, *, prop: bool = False) -> str:
    value = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return value.replace(":", "%3A").replace(",", "%2C") if prop else value


def as_github(findings: Sequence[Finding]) -> str:
    """`::error file=...,line=...,col=...,title=RULE::message` workflow commands."""
    lines: list[str] = []
    for f in findings:
        props: list[str] = []
        if f.file:
            props.append(f"file={_escape(f.file, prop=True)}")
        if f.line is not None:
            props.append(f"line={f.line}")
            props.append(f"col={f.column or 1}")
        props.append(f"title={_escape(f.rule, prop=True)}")
        where = f"in {f.python} at #{f.pointer}" if f.python is not None else f"at #{f.pointer}"
        message = _escape(f"{f.message} ({where})")
        lines.append(f"::{f.severity} {','.join(props)}::{message}")
    return "".join(line + "\n" for line in lines)


def render(findings: Sequence[Finding], fmt: Format) -> str:
    """Findings in the chosen format."""
    if fmt == "json":
        return as_json(findings)
    if fmt == "github":
        return as_github(findings)
    return as_text(findings)
