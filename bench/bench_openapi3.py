"""Time `connector-dsl convert` against `api-spec-converter` on an OpenAPI 3 spec.

Each tool runs as a whole process (start-up included), a few times; the script
prints the best times, their ratio, and whether each output passes Microsoft's
official schema and openapi-spec-validator. Without node it prints a note and
times connector-dsl alone.

    python bench/bench_openapi3.py [SPEC] [--runs N]

api-spec-converter is taken from `/tmp/asc` (`npm install --prefix /tmp/asc
api-spec-converter`) when it is there, else through `npx --yes`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from connector_dsl.testing.oracles import official_schema_errors, shared_dir, spec_validator_errors

LOCAL_ASC = Path("/tmp/asc/node_modules/.bin/api-spec-converter")


def _default_spec() -> Path | None:
    shared = shared_dir()
    return None if shared is None else shared / "aps/openapi/datamanagement/datamanagement.yaml"


def _ours(spec: Path) -> list[str]:
    exe = shutil.which("connector-dsl")
    if exe is not None:
        return [exe, "convert", str(spec)]
    code = (
        "import sys, yaml; from connector_dsl.importers.openapi3 import convert_openapi3; "
        "from connector_dsl.dump import dumps; "
        "c = convert_openapi3(yaml.safe_load(open(sys.argv[1])), sys.argv[1]); "
        "sys.stdout.buffer.write(dumps(c.document))"
    )
    return [sys.executable, "-c", code, str(spec)]


def _theirs(spec: Path) -> list[str] | None:
    args = ["--from=openapi_3", "--to=swagger_2", "--syntax=json", str(spec)]
    if LOCAL_ASC.exists():
        return [str(LOCAL_ASC), *args]
    npx = shutil.which("npx")
    return None if npx is None else [npx, "--yes", "api-spec-converter", *args]


def _run(command: list[str], runs: int) -> tuple[float, bytes]:
    best, output = float("inf"), b""
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False, timeout=600)
        best = min(best, time.perf_counter() - start)
        output = done.stdout
        if done.returncode != 0:
            print(f"  {command[0]} failed: {done.stderr.decode(errors='replace')[-500:]}")
            break
    return best, output


def _verdict(output: bytes) -> str:
    try:
        data: Any = json.loads(output)
    except ValueError:
        return "no JSON output"
    official = len(official_schema_errors(data))
    spec = len(spec_validator_errors(data))
    return f"official schema: {official} errors; openapi-spec-validator: {spec} errors"


def main() -> int:
    """Run the benchmark; always exits 0 unless the spec is missing."""
    parser = argparse.ArgumentParser(
        description="Time connector-dsl convert against api-spec-converter."
    )
    parser.add_argument("spec", nargs="?", type=Path, default=_default_spec())
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.spec is None or not args.spec.exists():
        print("no spec: pass one, or put ../shared beside the project")
        return 1
    ours_time, ours_out = _run(_ours(args.spec), args.runs)
    print(f"connector-dsl convert : {ours_time:.2f}s  {_verdict(ours_out)}")
    theirs = _theirs(args.spec)
    if theirs is None or shutil.which("node") is None:
        print("note: node/npx not found; api-spec-converter was not run")
        return 0
    theirs_time, theirs_out = _run(theirs, args.runs)
    print(f"api-spec-converter    : {theirs_time:.2f}s  {_verdict(theirs_out)}")
    print(f"ratio (connector-dsl / api-spec-converter): {ours_time / theirs_time:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
