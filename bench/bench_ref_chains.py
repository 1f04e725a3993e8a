"""`validate` on 10,000-link `$ref` chains (target: each under 1 s), against reading the same
document with `json.loads` of its text as the baseline measured in the same run.

    python bench/bench_ref_chains.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connector_dsl.validate import validate
from tests.robustness.test_ref_chains import LINKS, bare_chain, required_chain


def median_seconds(run: object, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    for name, make in (("bare", bare_chain), ("required", required_chain)):
        for loop in (False, True):
            data = make(LINKS, loop=loop)
            text = json.dumps(data)
            seconds = median_seconds(lambda data=data: validate(data, profile="custom"))
            baseline = median_seconds(lambda text=text: json.loads(text))
            label = f"{name} chain of {LINKS} links{' ending in a loop' if loop else ''}"
            print(
                f"{label}: validate {seconds:.2f} s (target < 1 s), "
                f"{seconds / baseline:.0f}x json.loads of the document"
            )


if __name__ == "__main__":
    main()
