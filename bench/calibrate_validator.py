"""Calibrate the validator on connectors Microsoft's own validator accepted.

Runs the certification profile over every merged (certified and independent-publisher)
connector in ../shared/corpus and every earlier version of them in ../shared/history
(each accepted in its time; history holds no apiProperties), and prints, per rule, how
many documents it flags (errors / warnings), then the share with error-level findings:
for all, for the tuning part, and for the held-back part (every third connector by
sorted name, never looked at while choosing rule changes).

    python bench/calibrate_validator.py [--shared PATH] [--examples RULE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from connector_dsl.errors import InputError
from connector_dsl.validate import validate
from connector_dsl.validate.inputs import load

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
CORPUS = SHARED / "corpus"
GROUPS = ("certified-connectors", "independent-publisher-connectors")
MAX_ERROR_SHARE = 0.03


def folders(corpus: Path = CORPUS) -> list[Path]:
    """Every connector folder of the calibration groups."""
    return sorted(
        p.parent for g in GROUPS for p in (corpus / g).glob("*/apiDefinition.swagger.json")
    )


def documents(shared: Path) -> list[tuple[str, Path]]:
    """(connector, path) of every merged version: corpus folders, then history files."""
    found = [(f"{f.parent.name}/{f.name}", f) for f in folders(shared / "corpus")]
    for group in GROUPS:
        for file in sorted((shared / "history" / group).glob("*/*.swagger.json")):
            found.append((f"{group}/{file.parent.name}", file))
    return found


def held_back(connector: str, names: list[str]) -> bool:
    """Every third connector by sorted name is held back from tuning."""
    return names.index(connector) % 3 == 2


@dataclass
class Tally:
    """Documents read and with errors, and per-rule document counts."""

    read: int = 0
    with_errors: int = 0
    counts: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    @property
    def share(self) -> float:
        """Share of documents with an error-level finding."""
        return self.with_errors / self.read if self.read else 0.0


def calibrate(
    corpus: Path = CORPUS,
) -> tuple[int, int, dict[str, Counter[str]], dict[str, list[str]]]:
    """The corpus only: (read, with errors, counts per rule, examples per rule)."""
    tally = Tally()
    for folder in folders(corpus):
        _one(tally, folder, folder.name)
    return tally.read, tally.with_errors, tally.counts, tally.examples


def _one(tally: Tally, path: Path, name: str) -> None:
    try:
        loaded = load(path)
    except InputError:
        return
    tally.read += 1
    findings = validate(loaded.swagger, api_properties=loaded.properties, profile="certification")
    seen: set[tuple[str, str]] = set()
    for finding in findings:
        seen.add((finding.rule, finding.severity))
        if finding.severity == "error" and len(tally.examples[finding.rule]) < 60:
            tally.examples[finding.rule].append(f"{name}: {finding.pointer}: {finding.message}")
    for rule, severity in seen:
        tally.counts[rule][severity] += 1
    tally.with_errors += any(f.severity == "error" for f in findings)


def calibrate_all(shared: Path = SHARED) -> dict[str, Tally]:
    """Tallies for `all`, `corpus`, `history`, `tuning` and `held back`."""
    found = documents(shared)
    names = sorted({connector for connector, _ in found})
    tallies = {k: Tally() for k in ("all", "corpus", "history", "tuning", "held back")}
    for connector, path in found:
        part = "held back" if held_back(connector, names) else "tuning"
        source = "corpus" if path.is_dir() else "history"
        label = f"{connector} {path.name if source == 'history' else ''}".strip()
        for key in ("all", source, part):
            _one(tallies[key], path, label)
    return tallies


def main() -> int:
    """Print the table; exit 1 when more than 3% of the documents have errors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--examples", action="append", default=[], metavar="RULE")
    args = parser.parse_args()
    tallies = calibrate_all(args.shared)
    total = tallies["all"]
    print(f"{'rule':70} {'errors':>7} {'warnings':>8}")
    counts = total.counts
    for rule in sorted(counts, key=lambda r: (-counts[r]["error"], -counts[r]["warning"], r)):
        print(f"{rule:70} {counts[rule]['error']:7} {counts[rule]['warning']:8}")
    print()
    for key, tally in tallies.items():
        print(
            f"{key:10} {tally.read:4} documents; "
            f"{tally.with_errors:3} with errors ({tally.share:.1%})"
        )
    for rule in args.examples:
        print(f"\n{rule}:")
        for line in tallies["tuning"].examples.get(rule, []):
            print("  " + line)
    return 0 if total.share <= MAX_ERROR_SHARE else 1


if __name__ == "__main__":
    sys.exit(main())
