"""The document model types what it knows and keeps what it does not.

(The whole corpus round trip through the reader is in tests/importers/test_swagger_corpus.py.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.document import LENIENT, Operation, SwaggerDocument
from connector_dsl.dump import to_data


def load(path: Path) -> Any:
    return json.loads(path.read_bytes().decode("utf-8-sig"))


def test_typed_fields_are_typed(shared: Path) -> None:
    path = shared / "corpus/certified-connectors/Adobe Creative Cloud Libraries"
    path = path / "apiDefinition.swagger.json"
    document = SwaggerDocument.model_validate(load(path), context={LENIENT: True})
    operations = [op for item in document.paths.values() for _, op in item.operations()]
    assert all(isinstance(op, Operation) for op in operations)
    assert any(op.x_ms_trigger == "single" for op in operations)


def test_ill_fitting_values_are_kept_not_dropped() -> None:
    data = {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1"},
        "paths": {
            "/a": {
                "get": {
                    "responses": {"200": {"description": "OK"}},
                    "x-ms-visibility": "",
                    "x-ms-visibilty": "internal",
                }
            }
        },
    }
    document = SwaggerDocument.model_validate(data, context={LENIENT: True})
    operation = document.paths["/a"].get
    assert operation is not None
    assert operation.x_ms_visibility is None
    assert operation.model_extra == {"x-ms-visibility": "", "x-ms-visibilty": "internal"}
    assert to_data(document) == data


def test_strict_outside_lenient_mode() -> None:
    with pytest.raises(ValueError, match="x-ms-visibility"):
        Operation.model_validate({"responses": {}, "x-ms-visibility": "sometimes"})
