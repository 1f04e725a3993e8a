"""What the comparisons share: both versions, and the list changes are reported to."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from connector_dsl.diff.rules import DIFF_RULES
from connector_dsl.diff.view import Document, refs_of
from connector_dsl.validate.finding import DocumentKind
from connector_dsl.validate.jsonview import JsonObj


@dataclass(frozen=True, slots=True)
class RawChange:
    """A change before it is placed in files: rule, message, pointers, operation."""

    rule: str
    message: str
    old: str | None
    new: str | None
    operation: str | None
    document: DocumentKind = "swagger"
    """The file the pointers point into."""


class Differ:
    """Two versions of a swagger (and of apiProperties) and the changes found so far."""

    def __init__(
        self,
        old: Any,
        new: Any,
        old_properties: JsonObj | None = None,
        new_properties: JsonObj | None = None,
    ) -> None:
        self.old = Document(old)
        self.new = Document(new)
        self.old_properties = old_properties
        self.new_properties = new_properties
        self.found: list[RawChange] = []

    @functools.cached_property
    def stable(self) -> frozenset[str]:
        """Definitions that are the same in both versions, with all they refer to."""
        return self.old.stable_definitions(self.new)

    def same(self, old: Any, new: Any) -> bool:
        """Whether two JSON values mean the same in their documents (equal, stable refs)."""
        return bool(old == new and set(refs_of(old)) <= self.stable)

    def report(
        self,
        rule: str,
        message: str,
        old: str | None,
        new: str | None,
        operation: str | None = None,
        *,
        document: DocumentKind = "swagger",
    ) -> None:
        """Record a change of a declared rule."""
        if rule not in DIFF_RULES:  # pragma: no cover - a programming error
            msg = f"undeclared diff rule {rule}"
            raise ValueError(msg)
        self.found.append(RawChange(rule, message, old, new, operation, document))
