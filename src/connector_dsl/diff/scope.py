"""Reporting inside one operation: the operation's key and the way to change it safely."""

from __future__ import annotations

from dataclasses import dataclass

from connector_dsl.diff.context import Differ
from connector_dsl.diff.rules import DIFF_RULES
from connector_dsl.diff.view import OperationView


def family_of(op: OperationView) -> tuple[str, int]:
    """The operation's `x-ms-api-annotation` family and revision (defaults: its id, 1)."""
    annotation = op.data.get("x-ms-api-annotation")
    family: object = None
    revision: object = None
    if isinstance(annotation, dict):
        family = annotation.get("family")
        revision = annotation.get("revision")
    name = family if isinstance(family, str) and family else op.key
    number = revision if isinstance(revision, int) and not isinstance(revision, bool) else 1
    return name, number


def advice(op: OperationView) -> str:
    """How Power Platform authors make a breaking change to `op` without breaking flows."""
    family, revision = family_of(op)
    return (
        f"To change it without breaking flows, keep {op.key} as it was with "
        "`deprecated: true` and `x-ms-visibility: internal`, and add the changed operation "
        f"under a new operationId with `x-ms-api-annotation: {{family: {family}, "
        f"revision: {revision + 1}}}`."
    )


@dataclass(slots=True)
class Scope:
    """Where comparisons inside one operation report."""

    differ: Differ
    old: OperationView
    new: OperationView

    def report(self, rule: str, message: str, old: str | None, new: str | None) -> None:
        """Record a change of this operation; breaking ones say how to avoid them."""
        if DIFF_RULES[rule].severity == "breaking":
            message = f"{message}. {advice(self.old)}"
        elif not message.endswith("."):
            message += "."
        self.differ.report(rule, message, old, new, self.old.key)
