"""Running the checks of a profile over one connector."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any, Protocol

from connector_dsl.errors import Diagnostic, Place
from connector_dsl.validate import (  # noqa: F401  (importing registers the rules)
    rules_dynamic,
    rules_extensions,
    rules_metadata,
    rules_properties,
    rules_references,
    rules_schemas,
    rules_strings,
    rules_structure,
    rules_webhooks,
)
from connector_dsl.validate.context import Context
from connector_dsl.validate.finding import DocumentKind, Finding
from connector_dsl.validate.jsonview import obj
from connector_dsl.validate.profiles import Profile, RuleSeverity
from connector_dsl.validate.registry import CHECKS, RULES

Locate = Callable[[str], tuple[int, int] | None]


class PythonPlaces(Protocol):
    """Maps a pointer into a built connector's files to the Python that made it."""

    def place(self, at: str, document: DocumentKind = "swagger", /) -> Place:
        """The Python place (file, line, `Class.field`) with the pointer kept."""
        ...


def active_rules(
    profile: Profile,
    disabled: Collection[str] = (),
    severities: Mapping[str, RuleSeverity] | None = None,
) -> dict[str, RuleSeverity]:
    """The rules a run reports, with their severity, after config and `--disable`."""
    active: dict[str, RuleSeverity] = {}
    for rule in RULES.values():
        severity = rule.severity(profile)
        if severity is not None and rule.id not in disabled:
            active[rule.id] = severity
    for rule_id, severity in (severities or {}).items():
        if rule_id in RULES and rule_id not in disabled:
            active[rule_id] = severity
    return active


def run(
    swagger: Any,
    api_properties: Any,
    active: dict[str, RuleSeverity],
    profile: Profile,
) -> Context:
    """Run every check that can report an active rule."""
    ctx = Context(obj(swagger) or {}, obj(api_properties), profile, active)
    for rule_ids, function in CHECKS:
        if not rule_ids.isdisjoint(active):
            function(ctx)
    return ctx


def place(
    ctx: Context,
    source: str | None,
    locate: Locate | None,
    properties_source: str | None,
    locate_properties: Locate | None,
    python: PythonPlaces | None = None,
) -> list[Finding]:
    """Turn raw findings into sorted `Finding`s with file, line and column.

    With `python` (a built connector's source map) each finding is placed at the
    Python file, line and `Class.field` that made its pointer.
    """
    findings: list[Finding] = []
    seen: set[tuple[str, str, str, str]] = set()
    for raw in ctx.found:
        key = (raw.document, raw.pointer, raw.rule, raw.message)
        if key in seen:
            continue
        seen.add(key)
        if python is not None:
            where = python.place(raw.pointer, raw.document)
            diagnostic = Diagnostic(raw.rule, raw.message, where, raw.severity)
            findings.append(Finding(diagnostic, raw.document))
            continue
        swagger = raw.document == "swagger"
        finder = locate if swagger else locate_properties
        position = finder(raw.pointer) if finder is not None else None
        line, column = position if position is not None else (None, None)
        where = Place(
            file=source if swagger else properties_source,
            line=line,
            column=column,
            pointer=raw.pointer,
        )
        diagnostic = Diagnostic(raw.rule, raw.message, where, raw.severity)
        findings.append(Finding(diagnostic, raw.document))
    findings.sort(key=Finding.sort_key)
    return findings
