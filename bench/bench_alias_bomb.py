"""Refusing YAML alias bombs ("billion laughs", target: well under 0.5 s each), against
reading a plain YAML document of the same text size as the baseline measured in the same run.

    python bench/bench_alias_bomb.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from connector_dsl.errors import InputError
from connector_dsl.importers import read_bytes
from tests.importers.test_alias_bomb import bomb


def median_seconds(run: Callable[[], object], rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def refuse(text: bytes) -> None:
    try:
        read_bytes(text, file="bomb.yaml", format="yaml")
    except InputError:
        return
    msg = "the alias bomb was read"
    raise AssertionError(msg)


def main() -> None:
    for levels in (10, 30, 100):
        text = bomb(levels).encode()
        plain = "\n".join(f"k{i}: [{', '.join(['lol'] * 9)}]" for i in range(len(text) // 40))
        seconds = median_seconds(lambda text=text: refuse(text))
        baseline = median_seconds(
            lambda plain=plain: read_bytes(plain.encode(), file="plain.yaml", format="yaml")
        )
        print(
            f"alias bomb of {levels} levels ({len(text):,} bytes, 9**{levels} values): refused "
            f"in {seconds * 1000:.1f} ms (target < 500 ms), {seconds / baseline:.1f}x reading "
            f"{len(plain):,} bytes of plain YAML"
        )


if __name__ == "__main__":
    main()
