"""`connector-dsl convert` hands OpenAPI 3 and Postman documents to their converters."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.cli import main
from connector_dsl.document import Info, SwaggerDocument
from connector_dsl.errors import Diagnostic, Place
from connector_dsl.importers import Conversion

COLLECTION = {"info": {"_postman_id": "1", "name": "Pets"}, "item": []}


def _fake_postman(calls: list[dict[str, Any]]) -> types.ModuleType:
    module = types.ModuleType("connector_dsl.importers.postman")

    def convert_postman(
        data: Any, *, source: str, environment: dict[str, Any] | None = None
    ) -> Conversion:
        calls.append({"data": data, "source": source, "environment": environment})
        warning = Diagnostic(
            code="postman-lossy",
            message="a test body was dropped",
            place=Place(file=source, pointer="/item/0"),
            severity="warning",
        )
        document = SwaggerDocument(swagger="2.0", info=Info(title="Pets", version="1.0"), paths={})
        return Conversion(document, [warning], {"properties": {"capabilities": []}})

    module.convert_postman = convert_postman  # type: ignore[attr-defined]
    return module


def test_postman_goes_through_its_converter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setitem(sys.modules, "connector_dsl.importers.postman", _fake_postman(calls))
    source = tmp_path / "pets.postman_collection.json"
    source.write_text(json.dumps(COLLECTION), encoding="utf-8")
    environment = tmp_path / "env.json"
    environment.write_text('{"values": [{"key": "host", "value": "x"}]}', encoding="utf-8")
    out_dir = tmp_path / "out"
    argv = ["convert", str(source), "-o", str(out_dir), "--environment", str(environment)]
    assert main(argv) == 0
    assert calls == [
        {
            "data": COLLECTION,
            "source": str(source),
            "environment": {"values": [{"key": "host", "value": "x"}]},
        }
    ]
    swagger = json.loads((out_dir / "apiDefinition.swagger.json").read_bytes())
    assert swagger == {"swagger": "2.0", "info": {"title": "Pets", "version": "1.0"}, "paths": {}}
    properties = json.loads((out_dir / "apiProperties.json").read_bytes())
    assert properties == {"properties": {"capabilities": []}}
    err = capsys.readouterr().err
    assert f'File "{source}", line 1, column 56, at #/item/0: warning [postman-lossy]' in err


def test_missing_converter_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "connector_dsl.importers.openapi3", None)
    source = tmp_path / "spec.yaml"
    source.write_text("openapi: 3.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n")
    out_dir = tmp_path / "out"
    assert main(["convert", str(source), "-o", str(out_dir)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "openapi3 documents cannot be converted yet" in err
    assert not out_dir.exists()


def test_external_ref_in_openapi3_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "spec.yaml"
    source.write_text("openapi: 3.0.0\npaths:\n  /a:\n    $ref: 'paths.yaml#/a'\n")
    assert main(["convert", str(source)]) == 2
    err = capsys.readouterr().err
    assert "line 4, column 11, at #/paths/~1a/$ref" in err
    assert "[input-external-ref]" in err
