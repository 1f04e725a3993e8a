"""`connector-dsl convert`: stdout, -o files, and bad input without partial output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from connector_dsl.cli import main

SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "Pets", "version": "1.0"},
    "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok"}}}}},
}


def _source(folder: Path, text: str | None = None) -> Path:
    path = folder / "apiDefinition.swagger.json"
    path.write_text(text if text is not None else json.dumps(SWAGGER), encoding="utf-8")
    return path


def test_prints_the_swagger(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(_source(tmp_path))]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == SWAGGER
    assert out.startswith('{\n  "swagger": "2.0",\n  "info": {')
    assert err == ""


def test_writes_files_with_properties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in"
    source.mkdir()
    _source(source)
    properties = {"properties": {"iconBrandColor": "#da3b01"}}
    (source / "apiProperties.json").write_text(json.dumps(properties), encoding="utf-8")
    out_dir = tmp_path / "out"
    assert main(["convert", str(source), "-o", str(out_dir)]) == 0
    assert sorted(p.name for p in out_dir.iterdir()) == [
        "apiDefinition.swagger.json",
        "apiProperties.json",
    ]
    written = (out_dir / "apiDefinition.swagger.json").read_text(encoding="utf-8")
    assert json.loads(written) == SWAGGER
    assert json.loads((out_dir / "apiProperties.json").read_bytes()) == properties
    assert capsys.readouterr().out == ""


def test_warnings_go_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = json.dumps(SWAGGER, indent=2).replace('"version": "1.0"', '"version": "1.0",')
    text = text.replace('"title": "Pets",', '"title": "Pets",\n    "title": "Pets",')
    out_dir = tmp_path / "out"
    assert main(["convert", str(_source(tmp_path, text)), "-o", str(out_dir)]) == 0
    err_lines = capsys.readouterr().err.splitlines()
    assert len(err_lines) == 2
    assert "line 5, column 5, at #/info/title: warning [input-duplicate-key]" in err_lines[0]
    assert "line 6, column 21: warning [input-trailing-comma]" in err_lines[1]
    assert json.loads((out_dir / "apiDefinition.swagger.json").read_bytes()) == SWAGGER


def test_bad_file_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _source(tmp_path, '{"swagger": "2.0",\n  "info": {"title": }\n}')
    out_dir = tmp_path / "out"
    assert main(["convert", str(source), "-o", str(out_dir)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert not out_dir.exists() or list(out_dir.iterdir()) == []
    assert err.startswith(f'connector-dsl convert: File "{source}", line 2, column 21')
    assert "[input-syntax]" in err
    assert "Traceback" not in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(tmp_path / "none.json")]) == 2
    assert "cannot read this file" in capsys.readouterr().err


def test_unknown_format_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.json"
    path.write_text('{"hello": "world"}', encoding="utf-8")
    assert main(["convert", str(path)]) == 2
    assert "[input-format]" in capsys.readouterr().err
