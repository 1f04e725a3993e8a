"""Generated code is formatted by the environment's ruff, or `import` says it is not."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

import connector_dsl.codegen as codegen
from connector_dsl.cli import main
from tests.codegen.test_cli_import import SWAGGER


def test_ruff_is_found_without_path(monkeypatch: pytest.MonkeyPatch) -> None:
    if importlib.util.find_spec("ruff") is None:
        pytest.skip("the ruff package is not installed")
    monkeypatch.setenv("PATH", "")
    found = codegen.find_ruff()
    assert found is not None
    assert Path(found).name.startswith("ruff")
    source, problem = codegen.try_format("x=( 1 ,2)\n")
    assert (source, problem) == ("x = (1, 2)\n", None)


def test_import_warns_when_it_cannot_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(codegen, "find_ruff", lambda: None)
    source = tmp_path / "apiDefinition.swagger.json"
    source.write_text(json.dumps(SWAGGER), encoding="utf-8")
    target = tmp_path / "tiny.py"
    assert main(["import", str(source), "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert f'File "{target}"' in err
    assert "warning [import-unformatted]" in err
    assert "ruff is not installed" in err
    assert "class GetItem(Action[None]):" in target.read_text(encoding="utf-8")


def test_import_warns_when_ruff_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(codegen, "find_ruff", lambda: sys.executable)  # no ruff: exits 2
    source = tmp_path / "apiDefinition.swagger.json"
    source.write_text(json.dumps(SWAGGER), encoding="utf-8")
    target = tmp_path / "tiny.py"
    assert main(["import", str(source), "-o", str(target)]) == 0
    err = capsys.readouterr().err
    assert "warning [import-unformatted]" in err
    assert f"{sys.executable} format failed" in err
    assert "class GetItem(Action[None]):" in target.read_text(encoding="utf-8")
