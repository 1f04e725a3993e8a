"""Calibrate the validator on connectors Microsoft's own validator accepted.

Runs the certification profile over every certified and independent-publisher
connector in ../shared/corpus and prints, per rule, how many connectors it flags
(errors / warnings), then the share of connectors with error-level findings.

    python bench/calibrate_validator.py [--examples RULE]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from connector_dsl.errors import InputError
from connector_dsl.validate import validate
from connector_dsl.validate.inputs import load

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
GROUPS = ("certified-connectors", "independent-publisher-connectors")


def folders(corpus: Path = CORPUS) -> list[Path]:
    """Every connector folder of the calibration groups."""
    return sorted(
        p.parent for g in GROUPS for p in (corpus / g).glob("*/apiDefinition.swagger.json")
    )


def calibrate(
    corpus: Path = CORPUS,
) -> tuple[int, int, dict[str, Counter[str]], dict[str, list[str]]]:
    """(connectors read, connectors with errors, severity counts per rule, examples per rule)."""
    read = with_errors = 0
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for folder in folders(corpus):
        try:
            loaded = load(folder)
        except InputError:
            continue
        read += 1
        findings = validate(
            loaded.swagger, api_properties=loaded.properties, profile="certification"
        )
        seen: set[tuple[str, str]] = set()
        for finding in findings:
            seen.add((finding.rule, finding.severity))
            if len(examples[finding.rule]) < 50:
                examples[finding.rule].append(
                    f"{folder.name}: {finding.pointer}: {finding.message}"
                )
        for rule, severity in seen:
            counts[rule][severity] += 1
        with_errors += any(f.severity == "error" for f in findings)
    return read, with_errors, counts, examples


def main() -> int:
    """Print the table; exit 1 when more than 5% of connectors have errors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--examples", action="append", default=[], metavar="RULE")
    args = parser.parse_args()
    read, with_errors, counts, examples = calibrate()
    print(f"{'rule':70} {'errors':>7} {'warnings':>8}")
    for rule in sorted(counts, key=lambda r: (-counts[r]["error"], -counts[r]["warning"], r)):
        print(f"{rule:70} {counts[rule]['error']:7} {counts[rule]['warning']:8}")
    share = with_errors / read if read else 0.0
    print(f"\n{read} connectors; {with_errors} with error-level findings ({share:.1%})")
    for rule in args.examples:
        print(f"\n{rule}:")
        for line in examples.get(rule, []):
            print("  " + line)
    return 0 if share <= 0.05 else 1


if __name__ == "__main__":
    sys.exit(main())
