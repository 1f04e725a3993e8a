"""Whole-corpus import speed and exactness, in one process, as ratios against the targets.

    python bench/bench_roundtrip.py [CORPUS_DIR] [--limit N] [--step N]

For every corpus connector, in turn: read (`read_swagger`), generate (plan and render,
`codegen.generate`), run the generated module once (pydantic class creation: the
floor), build its connector class and compare with the input, then (not counted in
the round trip) have pydantic alone write the JSON schemas of the module's models, the
part of the build no compiler of pydantic models can do without. All generated modules
are then formatted by one `ruff format` run (the formatter's cost per module, without
starting a process per module). Prints:

- generation alone (read, plan, render, format; no verification): files/s against >= 50,
  timed twice: in a pass of its own over the corpus first (what `import` without its
  check does), and as the first stages of the round trip, where the modules run and
  built in between leave a larger heap for the garbage collector to walk. The
  process-wide caches (`codegen.memo.Memo`s and `functools` caches) are emptied before
  each pass, so that neither pass starts with what the other learned;
- the full round trip (generation, then running and building the generated module):
  files/s against >= 12, beside its floors: the time to merely run the generated modules,
  and that plus pydantic's own JSON schema generation for their models;
- the slowest connector's round trip, and the largest connector's against < 1.5 s;
- every file that does not come back exactly.

Reads `../shared/corpus` by default. Times are wall-clock: measure on an idle machine.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from connector_dsl import build
from connector_dsl.codegen import find_ruff, generate
from connector_dsl.codegen.memo import Memo
from connector_dsl.codegen.verify import run_module
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
CLASS = "ImportedConnector"
GENERATION_TARGET = 50.0
"""Files per second for generation alone (read, plan, render, format)."""
ROUNDTRIP_TARGET = 12.0
"""Files per second for generation then building the generated module."""
LARGEST_TARGET = 1.5
"""Seconds for the largest connector's round trip."""
STAGES = ("read", "generate", "run", "build")
"""Per-file stages, timed in this order; `run` is the floor (pydantic class creation)."""
SCHEMA = "schema"
"""pydantic's `models_json_schema` over the module's models: timed apart, not a stage."""


@dataclass
class Timing:
    """One file's stage times, in seconds."""

    path: Path
    stages: dict[str, float] = field(default_factory=dict)
    format: float = 0.0
    """This file's share of the one `ruff format` run (by its source's length)."""

    @property
    def generation(self) -> float:
        return self.stages.get("read", 0) + self.stages.get("generate", 0) + self.format

    @property
    def roundtrip(self) -> float:
        return self.generation + self.stages.get("run", 0) + self.stages.get("build", 0)


def _timed(timing: Timing, stage: str, work: Callable[[], Any]) -> Any:
    began = time.perf_counter()
    try:
        return work()
    finally:
        timing.stages[stage] = time.perf_counter() - began


def roundtrip(path: Path, timing: Timing) -> tuple[str, bool]:
    """The generated (unformatted) module for `path`, and whether it builds `path` exactly."""
    document = _timed(timing, "read", lambda: read_swagger(path).document)
    data = to_data(document)
    source, _plan = _timed(timing, "generate", lambda: generate(document, class_name=CLASS))
    module = _timed(timing, "run", lambda: run_module(source, CLASS))

    def built() -> Any:
        sys.modules[module.__name__] = module
        try:
            return to_data(build(module.__dict__[CLASS]))
        finally:
            sys.modules.pop(module.__name__, None)

    exact = _timed(timing, "build", built) == data
    _timed(timing, SCHEMA, lambda: _schemas_alone(module))
    return source, exact


def _schemas_alone(module: Any) -> Any:
    """pydantic's JSON schemas of every model class defined in a generated module."""
    models = [
        value
        for value in module.__dict__.values()
        if isinstance(value, type)
        and issubclass(value, BaseModel)
        and value.__module__ == module.__name__
    ]
    return models_json_schema([(model, "validation") for model in models]) if models else None


def format_all(sources: list[str], timings: list[Timing]) -> str | None:
    """Format every module with one `ruff format` run; share its time out by source length."""
    ruff = find_ruff()
    if ruff is None or not sources:
        return "ruff not found: generation is timed without formatting"
    with tempfile.TemporaryDirectory() as tmp:
        for number, source in enumerate(sources):
            Path(tmp, f"m{number}.py").write_text(source, encoding="utf-8")
        began = time.perf_counter()
        result = subprocess.run(
            [ruff, "format", "--no-cache", "--line-length", "100", tmp],
            capture_output=True,
            text=True,
            check=False,
        )
        spent = time.perf_counter() - began
    if result.returncode != 0:
        return f"ruff format failed: {result.stderr.strip()[:300]}"
    total = sum(len(source) for source in sources) or 1
    for timing, source in zip(timings, sources, strict=True):
        timing.format = spent * len(source) / total
    return None


def forget_caches() -> int:
    """Empty every process-wide cache of connector_dsl's modules; how many there were."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if name != "connector_dsl" and not name.startswith("connector_dsl."):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, Memo):
                value.clear()
            elif callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
            else:
                continue
            emptied += 1
    return emptied


def _rate(count: int, seconds: float) -> float:
    return count / seconds if seconds > 0 else float("inf")


def generation_pass(files: list[Path]) -> tuple[float, int, str | None]:
    """Read and generate every file with nothing else in between, then format them all.

    The seconds spent, the files generated, and why formatting was left out (or None).
    """
    sources: list[str] = []
    forget_caches()
    began = time.perf_counter()
    for path in files:
        try:
            sources.append(generate(read_swagger(path).document, class_name=CLASS)[0])
        except Exception:  # counted apart: the round trip pass reports every failure
            sources.append("")
    spent = time.perf_counter() - began
    timings = [Timing(path) for path in files]
    problem = format_all(sources, timings)
    return spent + sum(t.format for t in timings), sum(1 for s in sources if s), problem


def report_generation_pass(seconds: float, count: int) -> None:
    """Print the own-pass generation figure against its target."""
    rate = _rate(count, seconds)
    print(
        f"generation alone, in a pass of its own: {seconds:.1f} s, {rate:.2f} files/s,"
        f" {rate / GENERATION_TARGET:.2f}x the target {GENERATION_TARGET:g}/s"
    )


def report(timings: list[Timing], failed: list[tuple[Path, str]]) -> None:
    """Print the figures against their targets."""
    count = len(timings)
    totals = {stage: sum(t.stages.get(stage, 0) for t in timings) for stage in STAGES}
    formatting = sum(t.format for t in timings)
    generation = sum(t.generation for t in timings)
    whole = sum(t.roundtrip for t in timings)
    floor = totals["run"]
    schemas = sum(t.stages.get(SCHEMA, 0) for t in timings)
    print(f"{count} files")
    print(
        "  stages (s): "
        + ", ".join(f"{stage} {totals[stage]:.1f}" for stage in STAGES)
        + f", format {formatting:.1f} (one ruff run)"
    )
    gen_rate = _rate(count, generation)
    print(
        f"generation alone, within the round trip: {generation:.1f} s, {gen_rate:.2f} files/s,"
        f" {gen_rate / GENERATION_TARGET:.2f}x the target {GENERATION_TARGET:g}/s"
    )
    rt_rate = _rate(count, whole)
    print(
        f"round trip: {whole:.1f} s, {rt_rate:.2f} files/s,"
        f" {rt_rate / ROUNDTRIP_TARGET:.2f}x the target {ROUNDTRIP_TARGET:g}/s"
    )
    print(
        f"  floor (running the generated modules: pydantic class creation): {floor:.1f} s,"
        f" {_rate(count, floor):.2f} files/s; round trip / floor = {whole / floor:.2f}"
        if floor > 0
        else "  floor: nothing ran"
    )
    both = floor + schemas
    print(
        f"  floor with pydantic's JSON schemas of the same models: {both:.1f} s,"
        f" {_rate(count, both):.2f} files/s; round trip / this floor = {whole / both:.2f}"
        if both > 0
        else "  floor with schemas: nothing ran"
    )
    slowest = max(timings, key=lambda t: t.roundtrip)
    print(f"slowest: {slowest.path.parent.name} in {slowest.roundtrip:.2f} s ({_stages(slowest)})")
    largest = max(timings, key=lambda t: t.path.stat().st_size)
    print(
        f"largest: {largest.path.parent.name} ({largest.path.stat().st_size // 1024} KB)"
        f" in {largest.roundtrip:.2f} s, {largest.roundtrip / LARGEST_TARGET:.2f}x the"
        f" limit {LARGEST_TARGET:g} s ({_stages(largest)})"
    )
    largest_floor = largest.stages.get("run", 0) + largest.stages.get(SCHEMA, 0)
    print(
        f"  its floor: running its module {largest.stages.get('run', 0):.2f} s; with pydantic's"
        f" JSON schemas of its models {largest_floor:.2f} s,"
        f" {largest_floor / LARGEST_TARGET:.2f}x the limit"
    )
    print(f"exact: {count - len(failed)} of {count}")
    for path, reason in failed:
        print(f"  {path.parent.name}: {reason}")


def _stages(timing: Timing) -> str:
    parts = [f"{stage} {timing.stages.get(stage, 0):.2f}" for stage in STAGES]
    return ", ".join([*parts, f"format {timing.format:.2f}"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--step", type=int, default=1, help="every Nth file only")
    args = parser.parse_args()
    files = sorted(
        p for p in args.corpus.rglob("*.json") if p.name.lower() == "apidefinition.swagger.json"
    )[:: args.step]
    if args.limit:
        files = files[: args.limit]
    if not files:
        print(f"no corpus at {args.corpus}")
        return
    own_seconds, own_count, own_problem = generation_pass(files)
    forget_caches()
    timings: list[Timing] = []
    sources: list[str] = []
    failed: list[tuple[Path, str]] = []
    for path in files:
        timing = Timing(path)
        timings.append(timing)
        try:
            source, exact = roundtrip(path, timing)
        except Exception as error:  # a bench reports every failure and goes on
            failed.append((path, f"{type(error).__name__}: {str(error)[:200]}"))
            sources.append("")
            continue
        sources.append(source)
        if not exact:
            failed.append((path, "not exact"))
    problem = format_all(sources, timings)
    if problem is not None:
        print(problem)
    if own_problem is not None and own_problem != problem:
        print(own_problem)
    report_generation_pass(own_seconds, own_count)
    report(timings, failed)


if __name__ == "__main__":
    main()
