"""Small OpenAPI 3 documents and helpers for the OpenAPI 3 importer tests."""

from __future__ import annotations

from typing import Any

from connector_dsl.dump import to_data
from connector_dsl.errors import Diagnostic
from connector_dsl.importers.conversion import Conversion
from connector_dsl.importers.openapi3 import convert_openapi3
from connector_dsl.testing.oracles import official_schema_errors, shared_dir, spec_validator_errors

OK = {"200": {"description": "OK"}}


def spec(paths: dict[str, Any] | None = None, **top: Any) -> dict[str, Any]:
    """An OpenAPI 3.0 document with the given paths and top-level keys."""
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "Test", "version": "1.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths if paths is not None else {},
    }
    document.update(top)
    return document


def operation(**fields: Any) -> dict[str, Any]:
    """An operation with an id, a summary and a 200 response, plus `fields`."""
    return {"operationId": "Op", "summary": "Do it", "responses": OK, **fields}


def convert(document: dict[str, Any]) -> tuple[dict[str, Any], Conversion]:
    """The converted document as JSON data, and the conversion; checked by both oracles."""
    conversion = convert_openapi3(document, source="in.yaml")
    data = to_data(conversion.document)
    if shared_dir() is not None:
        assert official_schema_errors(data) == []
    assert spec_validator_errors(data) == []
    for warning in conversion.warnings:
        assert warning.severity == "warning"
        assert warning.place.file == "in.yaml"
        assert warning.place.pointer is not None
    return data, conversion


def warning(conversion: Conversion, code: str) -> Diagnostic:
    """The one warning with `code`."""
    found = [w for w in conversion.warnings if w.code == code]
    assert len(found) == 1, conversion.warnings
    return found[0]


def codes(conversion: Conversion) -> list[str]:
    """The codes of all warnings."""
    return [w.code for w in conversion.warnings]
