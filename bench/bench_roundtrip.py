"""Whole-corpus round trip: parse, generate Python, import it, build, compare.

    python bench/bench_roundtrip.py [CORPUS_DIR] [--limit N]

Prints files per second, the slowest file and its time, and every file that does
not come back exactly. Reads `../shared/corpus` by default.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from connector_dsl import build
from connector_dsl.codegen import generate_module
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _read(path: Path) -> Any:
    try:
        from connector_dsl.importers.swagger import read_swagger
    except ImportError:
        return json.loads(path.read_bytes().decode("utf-8-sig"))
    return to_data(read_swagger(path).document)


def roundtrip(path: Path, directory: Path, number: int) -> bool:
    """Whether `path` comes back exactly through generated Python."""
    data = _read(path)
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source = generate_module(document, format=False)
    name = f"bench_generated_{number}"
    target = directory / f"{name}.py"
    target.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(name, target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        built = to_data(build(module.ImportedConnector))
    finally:
        sys.modules.pop(name, None)
    return bool(built == data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    args = parser.parse_args()
    files = sorted(
        p for p in args.corpus.rglob("*.json") if p.name.lower() == "apidefinition.swagger.json"
    )
    if args.limit:
        files = files[: args.limit]
    times: list[tuple[float, Path]] = []
    failed: list[tuple[Path, str]] = []
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for number, path in enumerate(files):
            began = time.perf_counter()
            try:
                if not roundtrip(path, Path(tmp), number):
                    failed.append((path, "not exact"))
            except Exception as error:
                failed.append((path, f"{type(error).__name__}: {str(error)[:200]}"))
            times.append((time.perf_counter() - began, path))
    total = time.perf_counter() - start
    slowest, slow_path = max(times, key=lambda item: item[0])
    print(f"{len(files)} files in {total:.1f} s: {len(files) / total:.2f} files/s")
    print(f"slowest: {slow_path.parent.name} in {slowest:.2f} s")
    print(f"exact: {len(files) - len(failed)} of {len(files)}")
    for path, reason in failed:
        print(f"  {path.parent.name}: {reason}")


if __name__ == "__main__":
    main()
