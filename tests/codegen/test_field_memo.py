"""A plain parameter's field is planned and compared once per value, location and name."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen import parameters
from connector_dsl.codegen.parameters import (
    InputField,
    field_key,
    input_type,
    keep_field,
    known_field,
)
from tests.codegen.operation_documents import document, field_line, generated, operation

TOP = {"name": "$top", "in": "query", "type": "integer", "minimum": 1, "x-ms-summary": "Top"}
SITE = {"name": "site", "in": "path", "required": True, "type": "string", "x-custom": 1}


def test_bodies_and_dropdowns_are_planned_each_time() -> None:
    assert field_key({"name": "b", "in": "body", "schema": {}}, "body", "b") is None
    dropdown = {**TOP, "x-ms-dynamic-values": {"operationId": "List", "value-path": "id"}}
    assert field_key(dropdown, "query", "top") is None
    assert field_key({**TOP, "x-odd": object()}, "query", "top") is None  # no value written
    assert field_key(TOP, "query", "top") != field_key(TOP, "query", "top_2")
    assert field_key(TOP, "query", "top") != field_key(TOP, "header", "top")


def test_a_known_field_is_a_copy() -> None:
    field = InputField("top", "query", input_type(TOP), {"name": "$top"}, False, True, {})
    field.raw = {}
    key = field_key(TOP, "query", "top")
    keep_field(key, field)
    found = known_field(key)
    assert found is not None
    assert found == field
    assert found is not field
    found.exact = {"$ref": "#/parameters/top"}
    assert known_field(key) == field


def test_operations_sharing_a_parameter_write_it_alike(monkeypatch: pytest.MonkeyPatch) -> None:
    parameters._PLANNED.clear()
    compared: list[str] = []
    real = InputField.compare

    def counted(self: InputField, want: Any) -> None:
        compared.append(self.python)
        real(self, want)

    monkeypatch.setattr(InputField, "compare", counted)
    data = document(
        {
            "/sites/{site}/a": {"get": operation("ListA", [SITE, TOP])},
            "/sites/{site}/b": {"get": operation("ListB", [SITE, dict(TOP)])},
        }
    )
    source, _plan = generated(data)
    assert compared == ["site", "top"]
    lines = [line.strip() for line in source.splitlines() if line.strip().startswith("top: ")]
    assert len(lines) == 2 and lines[0] == lines[1] == field_line(source, "top")
    assert "extension('x-custom', 1)" in source  # written as the first was
