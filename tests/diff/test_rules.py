"""Every diff rule has a section in docs/diff-rules.md whose example reports it."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.diff import DIFF_RULES, compare

PAGE = Path(__file__).resolve().parents[2] / "docs" / "diff-rules.md"
_SECTION = re.compile(r"^## `(?P<rule>[a-z-]+)`\n\n\*\*(?P<severity>\w+)\*\*", re.MULTILINE)
_JSON = re.compile(r"```json\n(.*?)```", re.DOTALL)
BASE: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Items", "version": "1.0"},
    "host": "api.example.com",
    "basePath": "/",
    "paths": {},
}


def sections() -> dict[str, tuple[str, dict[str, Any], dict[str, Any]]]:
    """(severity, before, after) of every rule section of the page."""
    text = PAGE.read_text(encoding="utf-8")
    starts = list(_SECTION.finditer(text))
    found: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {}
    for match, following in zip(starts, [*starts[1:], None], strict=True):
        body = text[match.end() : following.start() if following else len(text)]
        before, after = (json.loads(block) for block in _JSON.findall(body)[:2])
        found[match["rule"]] = (match["severity"], before, after)
    return found


def _split(fragment: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any] | None]:
    fragment = dict(fragment)
    properties = fragment.pop("apiProperties", None)
    return {**BASE, **fragment}, properties


def test_every_rule_has_a_section() -> None:
    assert sorted(sections()) == sorted(DIFF_RULES)


@pytest.mark.parametrize("rule", sorted(DIFF_RULES))
def test_example_reports_rule(rule: str) -> None:
    severity, before, after = sections()[rule]
    assert severity == DIFF_RULES[rule].severity
    old, old_properties = _split(before)
    new, new_properties = _split(after)
    changes = compare(old, new, old_properties=old_properties, new_properties=new_properties)
    assert rule in [change.rule for change in changes], [c.rule for c in changes]
    change = next(c for c in changes if c.rule == rule)
    assert change.severity == severity
    assert (change.old or change.new) is not None
    if severity == "breaking" and change.operation is not None:
        assert "deprecated: true" in change.message
        assert "x-ms-api-annotation" in change.message


def test_allowed_rules_are_left_out() -> None:
    _, before, after = sections()["operation-removed"]
    changes = compare(_split(before)[0], _split(after)[0], allowed={"operation-removed"})
    assert changes == []
