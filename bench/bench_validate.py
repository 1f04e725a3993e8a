"""Benchmark: the validator as a whole process against Microsoft's schema in jsonschema.

Validates every connector folder of ../shared/corpus with

    connector-dsl validate <all folders> --profile certification --format json > /dev/null

(one process, start-up included), then validates the same swagger files with
`jsonschema.Draft4Validator` and Microsoft's official schema alone, in this process,
and prints both times and their ratio (target: at most 0.25).

    python bench/bench_validate.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SCHEMA = SHARED / "schemas" / "apiDefinition.swagger.schema.json"


def folders() -> list[Path]:
    """Every connector folder of the corpus."""
    return sorted(p.parent for p in (SHARED / "corpus").glob("*/*/apiDefinition.swagger.json"))


def time_cli(paths: list[Path]) -> float:
    """Seconds for one `connector-dsl validate` process over all folders."""
    command = [
        sys.executable,
        "-c",
        "import sys; from connector_dsl.cli import main; sys.exit(main())",
        "validate",
        *map(str, paths),
        "--profile",
        "certification",
        "--format",
        "json",
    ]
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def time_jsonschema(paths: list[Path]) -> float:
    """Seconds to read and check every swagger with Draft4Validator and the official schema."""
    import jsonschema

    start = time.perf_counter()
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for folder in paths:
        raw = (folder / "apiDefinition.swagger.json").read_bytes()
        try:
            document = json.loads(raw.decode("utf-8-sig"))
        except ValueError:
            continue
        for _ in validator.iter_errors(document):
            pass
    return time.perf_counter() - start


def main() -> int:
    """Run both, print the figures; exit 1 when the ratio is above 0.25."""
    paths = folders()
    ours = time_cli(paths)
    theirs = time_jsonschema(paths)
    ratio = ours / theirs
    print(f"{len(paths)} connectors")
    print(f"connector-dsl validate (process, certification, json): {ours:.2f} s")
    print(f"jsonschema Draft4Validator + official schema:          {theirs:.2f} s")
    print(f"ratio: {ratio:.3f} (target <= 0.25)")
    return 0 if ratio <= 0.25 else 1


if __name__ == "__main__":
    sys.exit(main())
