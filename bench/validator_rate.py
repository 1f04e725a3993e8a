"""How often the validator's error level fires on connectors certification accepted.

Every merged (certified and independent-publisher) connector in ../shared/corpus and every
earlier version of it in ../shared/history was accepted by Microsoft's certification in its
time, so an error-level finding on one of them is, unless explained in
docs/validator-rules.md, a false error. This runs the certification profile over all of
them and prints, per rule and in total, how many documents (one swagger version each) and
how many distinct connectors (any of its versions) get an error-level finding.

The rate is counted per document: each merged version is one decision certification took.
Per connector (a connector counts when any of its versions has an error) is printed too.
Connectors whose name starts with N-Z (and all their history) are held out: rule changes are
decided on A-M only, and the held-out part estimates the rate on connectors never looked at.

    python bench/validator_rate.py [--shared PATH] [--examples RULE]... [--cases]

Exits 1 when more than 3% of the documents have an error-level finding.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from connector_dsl.errors import InputError
from connector_dsl.validate import validate
from connector_dsl.validate.inputs import load

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
GROUPS = ("certified-connectors", "independent-publisher-connectors")
MAX_ERROR_SHARE = 0.03
PARTS = ("all", "corpus", "history", "tuning (A-M)", "held out (N-Z)")


@dataclass(frozen=True, slots=True)
class Document:
    """One merged version: `connector` is `group/name`, `version` `corpus` or a history file."""

    connector: str
    version: str
    path: Path

    @property
    def label(self) -> str:
        """`group/name` for the corpus version, `group/name @ 1-abc.swagger.json` otherwise."""
        return self.connector if self.version == "corpus" else f"{self.connector} @ {self.version}"

    @property
    def held_out(self) -> bool:
        """Connectors named N-Z (case-insensitive) are never looked at while tuning."""
        return self.connector.split("/", 1)[1][:1].upper() >= "N"

    def parts(self) -> tuple[str, ...]:
        """The tallies this document counts in."""
        source = "corpus" if self.version == "corpus" else "history"
        return ("all", source, "held out (N-Z)" if self.held_out else "tuning (A-M)")


def documents(shared: Path = SHARED) -> list[Document]:
    """Every merged version: corpus folders, then history files, each sorted."""
    found: list[Document] = []
    for group in GROUPS:
        for file in sorted((shared / "corpus" / group).glob("*/apiDefinition.swagger.json")):
            found.append(Document(f"{group}/{file.parent.name}", "corpus", file.parent))
    for group in GROUPS:
        for file in sorted((shared / "history" / group).glob("*/*.swagger.json")):
            found.append(Document(f"{group}/{file.parent.name}", file.name, file))
    return found


@dataclass
class Tally:
    """Documents and connectors read, and which of them have error-level findings by rule."""

    unreadable: list[str] = field(default_factory=list)
    read: set[str] = field(default_factory=set)
    connectors: set[str] = field(default_factory=set)
    errors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """rule -> labels of documents with an error from it."""
    error_connectors: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    warnings: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def documents_with_errors(self) -> set[str]:
        """Labels of documents with any error-level finding."""
        return set().union(*self.errors.values()) if self.errors else set()

    def connectors_with_errors(self) -> set[str]:
        """Connectors with an error-level finding in any of their versions."""
        found = self.error_connectors.values()
        return set().union(*found) if found else set()

    def document_share(self) -> float:
        """Share of documents with an error-level finding."""
        return len(self.documents_with_errors()) / len(self.read) if self.read else 0.0

    def connector_share(self) -> float:
        """Share of connectors with an error-level finding in any version."""
        count = len(self.connectors_with_errors())
        return count / len(self.connectors) if self.connectors else 0.0


@dataclass(frozen=True, slots=True)
class Case:
    """One error-level finding on a merged document."""

    document: str
    rule: str
    pointer: str
    message: str


def measure(shared: Path = SHARED) -> tuple[dict[str, Tally], list[Case]]:
    """Tallies for each part (see PARTS) and every error-level finding, in document order."""
    tallies = {part: Tally() for part in PARTS}
    cases: list[Case] = []
    for doc in documents(shared):
        kept = [tallies[part] for part in doc.parts()]
        try:
            loaded = load(doc.path)
        except InputError:
            for tally in kept:
                tally.unreadable.append(doc.label)
            continue
        findings = validate(
            loaded.swagger, api_properties=loaded.properties, profile="certification"
        )
        for tally in kept:
            tally.read.add(doc.label)
            tally.connectors.add(doc.connector)
        for finding in findings:
            if finding.severity == "error":
                cases.append(Case(doc.label, finding.rule, finding.pointer, finding.message))
            for tally in kept:
                if finding.severity == "error":
                    tally.errors[finding.rule].add(doc.label)
                    tally.error_connectors[finding.rule].add(doc.connector)
                else:
                    tally.warnings[finding.rule].add(doc.label)
    return tallies, cases


def _share(count: int, total: int) -> str:
    return f"{count:4} ({count / total:5.1%})" if total else f"{count:4}"


def report(tallies: dict[str, Tally]) -> list[str]:
    """The per-rule table over all documents, then the totals per part."""
    total = tallies["all"]
    held = tallies["held out (N-Z)"]
    docs, conns = len(total.read), len(total.connectors)
    lines = [
        f"{'rule (error level)':58} {'documents':>13} {'connectors':>13} {'held-out docs':>13}",
    ]
    rules = sorted(total.errors, key=lambda r: (-len(total.errors[r]), r))
    for rule in rules:
        lines.append(
            f"{rule:58} {_share(len(total.errors[rule]), docs):>13} "
            f"{_share(len(total.error_connectors[rule]), conns):>13} "
            f"{_share(len(held.errors.get(rule, ())), len(held.read)):>13}"
        )
    lines.append("")
    for part, tally in tallies.items():
        lines.append(
            f"{part:15} documents {_share(len(tally.documents_with_errors()), len(tally.read))}"
            f" of {len(tally.read):3} with errors;"
            f" connectors {_share(len(tally.connectors_with_errors()), len(tally.connectors))}"
            f" of {len(tally.connectors):3}; unreadable {len(tally.unreadable)}"
        )
    return lines


def main() -> int:
    """Print the table (and examples or all cases when asked); exit 1 above 3%."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--examples", action="append", default=[], metavar="RULE")
    parser.add_argument("--cases", action="store_true", help="list every error-level finding")
    args = parser.parse_args()
    if not (args.shared / "corpus").is_dir():
        print(f"error: {args.shared / 'corpus'} not found; pass --shared PATH", file=sys.stderr)
        return 2
    tallies, cases = measure(args.shared)
    print("\n".join(report(tallies)))
    for case in cases:
        if args.cases or case.rule in args.examples:
            print(f"{case.rule}: {case.document}: {case.pointer}: {case.message}")
    return 0 if tallies["all"].document_share() <= MAX_ERROR_SHARE else 1


if __name__ == "__main__":
    sys.exit(main())
