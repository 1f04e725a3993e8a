"""A change between two versions of a connector."""

from __future__ import annotations

from dataclasses import dataclass

from connector_dsl.diff.rules import ChangeSeverity
from connector_dsl.errors import Diagnostic, Place, Severity

_AS_DIAGNOSTIC: dict[ChangeSeverity, Severity] = {
    "breaking": "error",
    "warning": "warning",
    "info": "info",
}


@dataclass(frozen=True, slots=True)
class Change:
    """One change: rule id, severity, message, and its place in the old and new version.

    `old` and `new` hold file, line, JSON pointer and, for a connector written in
    Python, the class and field; one of them is None for something added or removed
    that has no counterpart.
    """

    rule: str
    severity: ChangeSeverity
    message: str
    old: Place | None
    new: Place | None
    operation: str | None = None
    """The operationId the change belongs to, if any."""

    @property
    def place(self) -> Place:
        """The place to show first: the new side when there is one."""
        return self.new or self.old or Place()

    def diagnostic(self) -> Diagnostic:
        """The change as a `Diagnostic` (breaking is error-level)."""
        return Diagnostic(self.rule, self.message, self.place, _AS_DIAGNOSTIC[self.severity])

    def sort_key(self) -> tuple[str, str, str, str, str]:
        """Deterministic order: operation, new pointer, old pointer, rule, message."""
        return (
            self.operation or "",
            (self.new.pointer or "") if self.new else "",
            (self.old.pointer or "") if self.old else "",
            self.rule,
            self.message,
        )
