"""Whole-corpus typing of generated modules: how many pass `mypy --strict` and pyright.

    python bench/typing_corpus.py [CORPUS_DIR] [--limit N] [--keep DIR]

Generates every corpus connector's module (with its `apiProperties.json`, formatted as
`import` writes it), then runs mypy --strict and pyright (standard) once each over all
of them and prints how many modules each finds clean, and the files it does not, each
with its first error.
Reads `../shared/corpus` by default. Run by `nox -s typing_corpus`.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from connector_dsl.codegen import generate_module
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.errors import ConnectorError
from connector_dsl.importers.swagger import read_swagger

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PROJECT = Path(__file__).resolve().parents[1]
_MYPY_ERROR = re.compile(r"^(?P<file>[^:]+\.py):\d+: error: (?P<message>.*)")


def generate_all(files: list[Path], directory: Path) -> dict[str, Path]:
    """Each readable connector's module in `directory`, by module file name."""
    written: dict[str, Path] = {}
    for number, path in enumerate(files):
        try:
            read = read_swagger(path)
        except (ValueError, UnicodeDecodeError, ConnectorError):
            continue
        data = to_data(read.document)
        document = SwaggerDocument.model_validate(data, context={"lenient": True})
        source = generate_module(document, api_properties=read.api_properties)
        target = directory / f"connector_{number:03}.py"
        target.write_text(source, encoding="utf-8")
        written[target.name] = path
    return written


def mypy_failures(directory: Path) -> dict[str, str]:
    """The first `mypy --strict` error of each module file that has one, by file name."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(PROJECT / "pyproject.toml"),
            *sorted(str(p) for p in directory.glob("*.py")),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT,
    )
    found: dict[str, str] = {}
    for match in map(_MYPY_ERROR.match, result.stdout.splitlines()):
        if match:
            found.setdefault(Path(match["file"]).name, match["message"])
    if result.returncode not in (0, 1) or (result.returncode == 1 and not found):
        msg = f"mypy did not run: {result.stdout[-2000:]}{result.stderr[-2000:]}"
        raise SystemExit(msg)
    return found


def pyright_failures(directory: Path) -> dict[str, str]:
    """The first pyright error of each module file that has one, by file name."""
    result = subprocess.run(
        ["pyright", "--outputjson", *sorted(str(p) for p in directory.glob("*.py"))],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT,
    )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError as error:
        msg = f"pyright did not run: {result.stdout[-2000:]}{result.stderr[-2000:]}"
        raise SystemExit(msg) from error
    found: dict[str, str] = {}
    for item in report.get("generalDiagnostics", []):
        if item.get("severity") == "error":
            found.setdefault(Path(item["file"]).name, str(item.get("message", "")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--keep", type=Path, help="write the modules here and keep them")
    args = parser.parse_args()
    files = sorted(
        p for p in args.corpus.rglob("*.json") if p.name.lower() == "apidefinition.swagger.json"
    )
    if args.limit:
        files = files[: args.limit]
    with tempfile.TemporaryDirectory() as temporary:
        directory = args.keep or Path(temporary)
        directory.mkdir(parents=True, exist_ok=True)
        written = generate_all(files, directory)
        total = len(written)
        print(f"connectors: {len(files)}, generated: {total}")
        for tool, failures in (
            ("mypy --strict", mypy_failures(directory)),
            ("pyright", pyright_failures(directory)),
        ):
            print(f"{tool:14} clean {total - len(failures):4} of {total}")
            for name, message in sorted(failures.items()):
                print(f"  {written[name]}: {message.splitlines()[0] if message else ''}")


if __name__ == "__main__":
    main()
