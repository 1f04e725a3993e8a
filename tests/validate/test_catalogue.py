"""Every Microsoft rule id is implemented or listed, with a reason, in the docs."""

from __future__ import annotations

import json
import re
from pathlib import Path

from connector_dsl.validate import RULES

DOCS = Path(__file__).resolve().parents[2] / "docs" / "validator-rules.md"


def test_our_ids_use_our_prefix(shared: Path) -> None:
    microsoft = {
        r["id"] for r in json.loads((shared / "rules/swagger_validator_rules.json").read_text())
    }
    for rule_id in RULES:
        assert rule_id in microsoft or rule_id.startswith("cdsl-"), rule_id


def test_every_microsoft_rule_is_accounted_for(shared: Path) -> None:
    microsoft = {
        r["id"] for r in json.loads((shared / "rules/swagger_validator_rules.json").read_text())
    }
    text = DOCS.read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `([A-Za-z-]+)` \| no \|", text, re.MULTILINE))
    missing = microsoft - set(RULES) - listed
    assert not missing, sorted(missing)


def test_docs_list_every_implemented_rule() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for rule_id in RULES:
        assert f"| `{rule_id}` | yes |" in text, rule_id


def test_every_implemented_rule_has_a_broken_connector() -> None:
    """Each rule id is asserted by some test in this folder (a case or a direct check)."""
    here = Path(__file__).parent
    texts = "".join(
        path.read_text(encoding="utf-8")
        for path in here.glob("test_rules_*.py")
        if path.name != Path(__file__).name
    )
    untested = [rule_id for rule_id in RULES if f'"{rule_id}"' not in texts]
    assert untested == []
