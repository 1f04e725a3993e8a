"""`"type": [T, "null"]` (JSON Schema style, as in public specs) imports and builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.robustness.kit import assert_clean, run, swagger, write


def _with_type(kind: Any) -> dict[str, Any]:
    data = swagger()
    data["definitions"]["Item"]["properties"]["name"]["type"] = kind
    return data


def _import_and_build(kind: Any, tmp_path: Path) -> tuple[str, bytes]:
    source = write(tmp_path / "in.json", _with_type(kind))
    module = tmp_path / f"typed_{abs(hash(str(kind)))}.py"
    outcome = run("import", str(source), "-o", str(module))
    assert outcome.code == 0, outcome
    built = run("build", f"{module}:ImportedConnector")
    assert built.code == 0, built
    return outcome.stderr, built.stdout


def test_nullable_string(tmp_path: Path) -> None:
    warnings, built = _import_and_build(["string", "null"], tmp_path)
    assert warnings == ""
    assert b'"type": "string",\n          "x-nullable": true' in built


def test_single_type_in_a_list(tmp_path: Path) -> None:
    warnings, built = _import_and_build(["integer"], tmp_path)
    assert warnings == ""
    assert b'"type": "integer"' in built


def test_several_types_become_any_with_a_warning(tmp_path: Path) -> None:
    warnings, _ = _import_and_build(["string", "integer"], tmp_path)
    assert "[import-type-list]" in warnings
    assert "at #/definitions/Item/properties/name/type" in warnings


def test_not_type_names_is_a_clean_error(tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", _with_type(["query"]))
    outcome = run("import", str(source), "-o", str(tmp_path / "out.py"))
    assert_clean(outcome, file=str(source), pointer="/definitions/Item/properties/name/type")
