"""A finding: a `Diagnostic` whose code is a rule id, with the file it is about."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

from connector_dsl.errors import Diagnostic, Severity

DocumentKind: TypeAlias = Literal["swagger", "properties"]


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule broken at one place; `diagnostic.code` is the rule id."""

    diagnostic: Diagnostic
    document: DocumentKind = "swagger"
    """Which file the pointer points into: the swagger or `apiProperties.json`."""

    @property
    def rule(self) -> str:
        """The rule id."""
        return self.diagnostic.code

    @property
    def severity(self) -> Severity:
        """`error` or `warning`."""
        return self.diagnostic.severity

    @property
    def message(self) -> str:
        """What is wrong and what to do."""
        return self.diagnostic.message

    @property
    def pointer(self) -> str:
        """RFC 6901 pointer into the document (empty for the whole document)."""
        return self.diagnostic.place.pointer or ""

    @property
    def file(self) -> str | None:
        """The file, when known."""
        return self.diagnostic.place.file

    @property
    def python(self) -> str | None:
        """`Class.field` of the Python that made the pointer, for a connector built from Python."""
        return self.diagnostic.place.python

    @property
    def line(self) -> int | None:
        """1-based line, when a locator knew it."""
        return self.diagnostic.place.line

    @property
    def column(self) -> int | None:
        """1-based column, when a locator knew it."""
        return self.diagnostic.place.column

    def sort_key(self) -> tuple[str, str, int, int, str, str, str]:
        """Deterministic order: file, document, position, pointer, rule, message."""
        return (
            self.file or "",
            self.document,
            self.line or 0,
            self.column or 0,
            self.pointer,
            self.rule,
            self.message,
        )

    def __str__(self) -> str:
        return str(self.diagnostic)
