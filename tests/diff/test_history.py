"""`diff` over real version pairs from ../shared/history: the exact changes, every rule."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from connector_dsl.diff import DIFF_RULES
from tests.diff.history_pairs import PAIRS

pytestmark = pytest.mark.slow  # every version pair of the history

BENCH = Path(__file__).resolve().parents[2] / "bench"
NOT_IN_HISTORY = {
    # no version pair in the history has these; tests/diff/test_rules.py covers them
    "connection-parameter-added",
    "connection-parameter-added-required",
    "connection-parameter-removed",
    "connection-parameter-type-changed",
    "family-revision-not-higher",
    "trigger-kind-changed",
}


def _file(shared: Path, connector: str, name: str) -> Path:
    if name == "apiDefinition.swagger.json":
        return shared / "corpus" / connector / name
    return shared / "history" / connector / name


def test_pairs_cover_every_rule_seen_in_history() -> None:
    seen = {rule for changes in PAIRS.values() for rule, _, _ in changes}
    assert len(PAIRS) >= 30
    assert seen == set(DIFF_RULES) - NOT_IN_HISTORY


@pytest.mark.parametrize("pair", sorted(PAIRS), ids=lambda p: f"{p[0]}:{p[1]}->{p[2]}")
def test_exact_changes(shared: Path, pair: tuple[str, str, str]) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from calibrate_diff import compare_files  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    connector, old, new = pair
    changes = compare_files(_file(shared, connector, old), _file(shared, connector, new))
    found = sorted(
        (c.rule, c.old.pointer if c.old else None, c.new.pointer if c.new else None)
        for c in changes
    )
    assert found == sorted(PAIRS[pair], key=lambda x: (x[0], x[1] or "", x[2] or ""))
