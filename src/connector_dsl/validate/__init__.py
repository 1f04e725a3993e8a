"""Offline validation of a connector, the way Microsoft's certification pipeline does it.

`validate()` runs the rules of a profile (`custom`: what blocks an import;
`certification`: also strings, metadata and documentation) over a swagger document
and, optionally, its `apiProperties.json`, and returns sorted `Finding`s.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.validate.engine import Locate, PythonPlaces, active_rules, place, run
from connector_dsl.validate.finding import Finding
from connector_dsl.validate.profiles import PROFILES, Profile, RuleSeverity
from connector_dsl.validate.registry import RULES, Rule


def validate(
    document: SwaggerDocument | dict[str, Any],
    *,
    api_properties: dict[str, Any] | None = None,
    profile: Profile = "custom",
    disabled: Collection[str] = (),
    severities: Mapping[str, RuleSeverity] | None = None,
    source: str | None = None,
    locate: Locate | None = None,
    properties_source: str | None = None,
    locate_properties: Locate | None = None,
    python: PythonPlaces | None = None,
) -> list[Finding]:
    """Every finding of `profile` on the connector, sorted by file, place and rule.

    `disabled` turns rules off by id; `severities` overrides a rule's severity.
    `locate` maps a JSON pointer into the swagger to a (line, column), and
    `locate_properties` does the same for apiProperties.json. `python`, the
    source map of a connector built from Python (`connector_dsl.compile.compiled`),
    places each finding at the author's file, line and `Class.field` instead.
    """
    if profile not in PROFILES:
        msg = f"unknown profile {profile!r}; use one of {', '.join(PROFILES)}"
        raise ValueError(msg)
    if isinstance(document, SwaggerDocument):
        data: Any = to_data(document)
    else:
        data = document
    active = active_rules(profile, disabled, severities)
    ctx = run(data, api_properties, active, profile)
    return place(ctx, source, locate, properties_source, locate_properties, python)


__all__ = [
    "PROFILES",
    "RULES",
    "Finding",
    "Profile",
    "PythonPlaces",
    "Rule",
    "RuleSeverity",
    "validate",
]
