"""Benchmark: `diff` over every consecutive version pair of ../shared/history, both directions.

Reads every version once (not timed), then times `connector_dsl.diff.compare` in this
process over every pair old -> new and new -> old, and prints connector pairs per second.
Then times the diff of the largest corpus connector that has history against its previous
version (target: under 0.5 s in-process, reading included) and exits 1 when it is slower.

    python bench/bench_diff.py [--shared PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from calibrate_diff import SHARED, pairs

from connector_dsl.diff import compare, diff, load_side
from connector_dsl.errors import InputError
from connector_dsl.validate.inputs import read_json

TARGET_SECONDS = 0.5


def _read(path: Path, cache: dict[Path, Any]) -> Any:
    if path not in cache:
        cache[path] = read_json(path)[0]
    return cache[path]


def main() -> int:
    """Print pairs/s over the history and the time of the largest connector's diff."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cache: dict[Path, Any] = {}
    loaded: list[tuple[Any, Any]] = []
    for _, old, new in pairs(args.shared):
        try:
            loaded.append((_read(old, cache), _read(new, cache)))
        except InputError:
            continue
    best = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        for old, new in loaded:
            compare(old, new)
            compare(new, old)
        best = min(best, time.perf_counter() - start)
    count = 2 * len(loaded)
    print(
        f"{count} diffs (both directions of {len(loaded)} pairs) in {best:.2f} s: "
        f"{count / best:.0f} connector pairs/s"
    )
    _, old_path, new_path = max(
        (p for p in pairs(args.shared) if p[2].name == "apiDefinition.swagger.json"),
        key=lambda p: p[2].stat().st_size,
    )
    largest = float("inf")
    for _ in range(args.repeat):
        start = time.perf_counter()
        diff(load_side(str(old_path)), load_side(str(new_path.parent)))
        largest = min(largest, time.perf_counter() - start)
    size = new_path.stat().st_size // 1024
    print(
        f"largest: {new_path.parent.name} ({size} KB) against {old_path.name}: {largest:.3f} s "
        f"(target {TARGET_SECONDS} s, reading both sides included)"
    )
    return 0 if largest <= TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
