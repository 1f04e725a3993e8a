"""Wire names a linter flags as ambiguous (`l`, `I`, `O`) become other field names."""

from __future__ import annotations

import subprocess

from connector_dsl.codegen import find_ruff
from tests.codegen.operation_documents import document, generated, operation

WIRE = ("l", "I", "O")


def _source() -> str:
    parameters = [{"name": name, "in": "query", "type": "string"} for name in WIRE]
    listed = operation("ListThings", parameters)
    listed["responses"]["200"]["schema"] = {
        "type": "object",
        "properties": {name: {"type": "integer"} for name in WIRE},
    }
    source, _plan = generated(document({"/things": {"get": listed}}))
    return source


def test_ambiguous_wire_names_are_not_field_names() -> None:
    source = _source()
    for name in WIRE:
        assert f"    {name}: " not in source
        assert f"    {name}_: " in source
        assert f"alias='{name}'" in source


def test_the_module_passes_ruffs_ambiguous_name_check() -> None:
    ruff = find_ruff()
    assert ruff is not None
    result = subprocess.run(
        [ruff, "check", "--isolated", "--select", "E741", "--stdin-filename", "m.py", "-"],
        input=_source(),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
