"""The round-trip benchmark runs on a corpus folder and reports every figure against its target."""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_roundtrip.py"

SWAGGER = {
    "swagger": "2.0",
    "info": {"title": "Pets", "version": "1.0"},
    "host": "pets.example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "ListPets",
                "summary": "List pets",
                "responses": {"200": {"description": "OK", "schema": {"type": "string"}}},
            }
        }
    },
}


def test_the_bench_reports_each_figure_against_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "corpus" / "Pets"
    folder.mkdir(parents=True)
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(SWAGGER), encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["bench_roundtrip.py", str(tmp_path / "corpus")])
    runpy.run_path(str(BENCH), run_name="__main__")
    out = capsys.readouterr().out
    assert "exact: 1 of 1" in out
    assert "x the target 50/s" in out  # generation alone
    assert "x the target 12/s" in out  # the round trip
    assert "floor (running the generated modules" in out
    assert "largest: Pets" in out and "x the limit 1.5 s" in out
    assert "slowest: Pets" in out
    assert "its floor: running its module" in out


def test_each_pass_starts_with_the_process_wide_caches_empty() -> None:
    from connector_dsl.codegen import names

    bench = runpy.run_path(str(BENCH))
    names.class_name("pets list", "Fallback")
    names._SPELLINGS.keep("pets list", (False, "pets_list"))
    assert names._class_name.cache_info().currsize >= 1
    assert bench["forget_caches"]() >= 2
    assert len(names._SPELLINGS) == 0
    assert names._class_name.cache_info().currsize == 0
