"""Running the checks of a profile over one connector."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

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
from connector_dsl.validate.finding import Finding
from connector_dsl.validate.jsonview import obj
from connector_dsl.validate.profiles import Profile, RuleSeverity
from connector_dsl.validate.registry import CHECKS, RULES

Locate = Callable[[str], tuple[int, int] | None]


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
) -> list[Finding]:
    """Turn raw findings into sorted `Finding`s with file, line and column."""
    findings: list[Finding] = []
    seen: set[tuple[str, str, str, str]] = set()
    for raw in ctx.found:
        key = (raw.document, raw.pointer, raw.rule, raw.message)
        if key in seen:
            continue
        seen.add(key)
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
