"""Diagnostics and the one exception family of connector-dsl.

    ConnectorError                 base of every error this package raises
    ├── AuthoringError (TypeError)  a connector written in Python is wrong
    ├── InputError (ValueError)     an input file cannot be read or converted
    ├── OutputError (OSError)       an output file, folder or stdout cannot be written
    └── ValidationFailed            a document has error-level findings

Every error carries the `Diagnostic`s that caused it, all at once, each naming
its place: the Python class and field, or the file, line, column and JSON pointer.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]


def escape_pointer_token(token: str) -> str:
    """One RFC 6901 reference token: `~` becomes `~0`, `/` becomes `~1`."""
    return token.replace("~", "~0").replace("/", "~1")


def pointer(*tokens: str | int) -> str:
    """An RFC 6901 JSON pointer made of the given tokens."""
    return "".join("/" + escape_pointer_token(str(token)) for token in tokens)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding is: a Python place, an input file position, a JSON pointer."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    python: str | None = None
    """`CreateIssue.project_id`: the class and field an author wrote."""
    pointer: str | None = None
    """RFC 6901 pointer into the JSON document."""

    def __str__(self) -> str:
        parts: list[str] = []
        if self.file is not None:
            where = f'File "{self.file}"'
            if self.line is not None:
                where += f", line {self.line}"
                if self.column is not None:
                    where += f", column {self.column}"
            parts.append(where)
        if self.python is not None:
            parts.append(f"in {self.python}")
        if self.pointer is not None:
            parts.append(f"at #{self.pointer}")
        return ", ".join(parts) if parts else "<unknown place>"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: a code, a severity, a message that says what to do, and a place."""

    code: str
    message: str
    place: Place = field(default_factory=Place)
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.place}: {self.severity} [{self.code}] {self.message}"


class ConnectorError(Exception):
    """Base of every error connector-dsl raises; carries all its diagnostics."""

    def __init__(self, diagnostics: Sequence[Diagnostic] | str) -> None:
        if isinstance(diagnostics, str):
            diagnostics = [Diagnostic(code="error", message=diagnostics)]
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__(self._render())

    def _render(self) -> str:
        if len(self.diagnostics) == 1:
            return str(self.diagnostics[0])
        lines = [f"{len(self.diagnostics)} problems:"]
        lines.extend(f"  {diagnostic}" for diagnostic in self.diagnostics)
        return "\n".join(lines)

    @property
    def codes(self) -> list[str]:
        """The codes of the diagnostics, in order."""
        return [diagnostic.code for diagnostic in self.diagnostics]


class AuthoringError(ConnectorError, TypeError):
    """A connector written with the authoring layer is wrong; fix the named class and field."""


class InputError(ConnectorError, ValueError):
    """An input file cannot be read or converted; the place names file, line and pointer."""


class OutputError(ConnectorError, OSError):
    """An output cannot be written; the place names the file or folder, nothing was written."""


class ValidationFailed(ConnectorError):
    """A document has error-level findings."""


def raise_if_errors(
    diagnostics: Iterable[Diagnostic], error: type[ConnectorError] = AuthoringError
) -> None:
    """Raise `error` with every error-level diagnostic, if there is any."""
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        raise error(errors)
