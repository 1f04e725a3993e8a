"""Generated corpus modules pass `mypy --strict`, pyright and `ruff format --check`.

A sample; `nox -s typing_corpus` (bench/typing_corpus.py) checks the whole corpus.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from connector_dsl.codegen import generate_module
from connector_dsl.document import SwaggerDocument
from tests.codegen.corpus import read_json

pytestmark = [pytest.mark.invalid_document, pytest.mark.slow]  # mypy and pyright in subprocesses

SAMPLE = (
    "certified-connectors/Mural",
    "certified-connectors/Feathery Forms",
    "certified-connectors/Office365GroupsMail",
    "certified-connectors/Yeeflow",
    "independent-publisher-connectors/Doppler",
    "independent-publisher-connectors/Unsplash",
    "independent-publisher-connectors/mondaycom",
)
"""Connectors with webhooks, polling triggers, dropdowns, `$ref` parameters and odd names."""


@pytest.fixture(scope="module")
def generated(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("generated")
    for number, name in enumerate(SAMPLE):
        path = shared / "corpus" / name / "apiDefinition.swagger.json"
        if not path.is_file():
            continue
        document = SwaggerDocument.model_validate(read_json(path), context={"lenient": True})
        source = generate_module(document)
        (directory / f"connector_{number}.py").write_text(source, encoding="utf-8")
    return directory


def test_mypy_strict(generated: Path) -> None:
    if shutil.which("mypy") is None:
        pytest.skip("mypy is not installed")
    project = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file",
            str(project / "pyproject.toml"),
            "--no-incremental",
            *sorted(str(p) for p in generated.glob("*.py")),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=project,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def test_pyright(generated: Path) -> None:
    pyright = shutil.which("pyright")
    if pyright is None:
        pytest.skip("pyright is not installed")
    project = Path(__file__).resolve().parents[2]
    files = sorted(str(p) for p in generated.glob("*.py"))
    result = subprocess.run(
        [pyright, *files], capture_output=True, text=True, check=False, cwd=project
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "0 errors" in result.stdout


def test_ruff_format_check(generated: Path) -> None:
    ruff = shutil.which("ruff")
    if ruff is None:
        pytest.skip("ruff is not installed")
    result = subprocess.run(
        [ruff, "format", "--check", "--line-length", "100", str(generated)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
