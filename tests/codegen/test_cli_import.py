"""`connector-dsl import`: writes a module that builds the same connector, or nothing."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from connector_dsl import build
from connector_dsl.cli import main
from connector_dsl.dump import to_data
from tests.codegen.corpus import import_file

SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Tiny", "version": "1.0", "description": "A tiny connector."},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/items/{id}": {
            "get": {
                "operationId": "get-item",
                "summary": "Get an item",
                "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "securityDefinitions": {},
}


def _run(*argv: str) -> int:
    return main(list(argv))


def test_import_writes_a_module_that_builds_the_input(tmp_path: Path) -> None:
    source = tmp_path / "apiDefinition.swagger.json"
    source.write_text(json.dumps(SWAGGER), encoding="utf-8")
    target = tmp_path / "out" / "tiny.py"
    assert _run("import", str(source), "-o", str(target), "--class-name", "Tiny") == 0
    text = target.read_text(encoding="utf-8")
    assert "class GetItem(Action[None]):" in text
    assert "operation_id='get-item'" in text or 'operation_id="get-item"' in text
    module = import_file(target, "tiny_generated")
    try:
        assert to_data(build(module.Tiny)) == SWAGGER
    finally:
        sys.modules.pop("tiny_generated", None)


def test_import_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "apiDefinition.swagger.json").write_text(json.dumps(SWAGGER), encoding="utf-8")
    target = tmp_path / "c.py"
    assert _run("import", str(tmp_path), "-o", str(target)) == 0
    assert "class ImportedConnector(Connector):" in target.read_text(encoding="utf-8")


def test_error_exits_non_zero_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{ not json", encoding="utf-8")
    target = tmp_path / "c.py"
    assert _run("import", str(source), "-o", str(target)) != 0
    assert not target.exists()
    assert list(tmp_path.iterdir()) == [source]
    assert "broken.json" in capsys.readouterr().err


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "c.py"
    assert _run("import", str(tmp_path / "nope.json"), "-o", str(target)) != 0
    assert not target.exists()
    assert "nope.json" in capsys.readouterr().err


def test_postman_warnings_go_to_stderr_with_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("connector_dsl.importers.postman")
    collection = {
        "info": {
            "name": "Demo",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "item": [
            {
                "name": "List things",
                "request": {"method": "GET", "url": "https://{{host}}/things"},
            }
        ],
    }
    source = tmp_path / "demo.postman_collection.json"
    source.write_text(json.dumps(collection), encoding="utf-8")
    target = tmp_path / "demo.py"
    assert _run("import", str(source), "-o", str(target)) == 0
    err = capsys.readouterr().err
    assert "warning" in err
    assert "demo.postman_collection.json" in err
    module = import_file(target, "demo_generated")
    try:
        assert build(module.ImportedConnector).paths
    finally:
        sys.modules.pop("demo_generated", None)


def test_import_reports_where_the_generated_module_differs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import connector_dsl.codegen as codegen

    real = codegen.generate_module

    def off_by_one_title(*args: Any, **kwargs: Any) -> str:
        source = real(*args, **kwargs)
        return source.replace("title='Tiny'", "title='Tinny'").replace(
            'title="Tiny"', "title='Tinny'"
        )

    monkeypatch.setattr(codegen, "generate_module", off_by_one_title)
    source = tmp_path / "apiDefinition.swagger.json"
    source.write_text(json.dumps(SWAGGER), encoding="utf-8")
    target = tmp_path / "tiny.py"
    assert _run("import", str(source), "-o", str(target)) != 0
    err = capsys.readouterr().err
    assert "[import-not-exact]" in err
    assert "at #/info/title" in err
    assert not target.exists()
