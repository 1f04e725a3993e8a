"""Run `diff` over every consecutive pair of versions in ../shared/history and ../shared/corpus.

Prints, per rule, how many pairs it fires on and how many changes it reports, and
how many pairs have a breaking change. Every version there was accepted in its time,
so breaking changes found are ones Microsoft's reviewers let through (or waived).

    python bench/calibrate_diff.py [--shared PATH] [--examples RULE]
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from connector_dsl.diff import Change, compare
from connector_dsl.errors import InputError
from connector_dsl.validate.inputs import read_json

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def versions(shared: Path, folder: Path) -> list[Path]:
    """The versions of one connector, newest first: the corpus file, then 1-*, 2-*, 3-*."""
    relative = folder.relative_to(shared / "history")
    current = shared / "corpus" / relative / "apiDefinition.swagger.json"
    older = sorted(folder.glob("*.swagger.json"), key=lambda p: int(p.name.split("-")[0]))
    return ([current] if current.is_file() else []) + older


def pairs(shared: Path = SHARED) -> Iterator[tuple[str, Path, Path]]:
    """(name, old, new) for every consecutive pair, sorted by connector."""
    history = shared / "history"
    for versions_file in sorted(history.glob("*/*/versions.txt")):
        folder = versions_file.parent
        found = versions(shared, folder)
        name = str(folder.relative_to(history))
        for newer, older in itertools.pairwise(found):
            yield name, older, newer


def compare_files(old: Path, new: Path) -> list[Change]:
    """The changes between two swagger files (history keeps no apiProperties)."""
    return compare(read_json(old)[0], read_json(new)[0])


def main() -> int:
    """Print the per-rule table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--examples", action="append", default=[], metavar="RULE")
    args = parser.parse_args()
    pair_counts: Counter[str] = Counter()
    change_counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    read = breaking = unreadable = 0
    for name, old, new in pairs(args.shared):
        try:
            changes = compare_files(old, new)
        except InputError:
            unreadable += 1
            continue
        read += 1
        breaking += any(c.severity == "breaking" for c in changes)
        rules = Counter(c.rule for c in changes)
        pair_counts.update(rules.keys())
        change_counts.update(rules)
        for change in changes:
            if change.rule in args.examples and len(examples[change.rule]) < 40:
                examples[change.rule].append(f"{name} {old.name}: {change.message[:160]}")
    print(f"{'rule':40} {'pairs':>6} {'changes':>8}")
    for rule in sorted(pair_counts, key=lambda r: (-pair_counts[r], r)):
        print(f"{rule:40} {pair_counts[rule]:6} {change_counts[rule]:8}")
    print(f"\n{read} pairs compared ({unreadable} unreadable); {breaking} with a breaking change")
    for rule in args.examples:
        print(f"\n{rule}:")
        for line in examples[rule]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
