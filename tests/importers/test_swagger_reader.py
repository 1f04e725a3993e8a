"""`read_swagger`: a file or a folder, apiProperties.json beside it, and `detect_format`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers import detect_format, read_swagger

SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Pets", "version": "1.0", "x-custom": [1]},
    "host": "pets.example.com",
    "paths": {
        "/pets": {
            "get": {
                "operationId": "ListPets",
                "x-ms-visibility": "",
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
}
PROPERTIES = {"properties": {"iconBrandColor": "#007ee5", "capabilities": []}}


def _write(folder: Path, properties: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "apiDefinition.swagger.json"
    path.write_text(json.dumps(SWAGGER, indent=2), encoding="utf-8")
    if properties is not None:
        (folder / "apiProperties.json").write_text(properties, encoding="utf-8")
    return path


def test_reads_a_file_with_its_properties(tmp_path: Path) -> None:
    path = _write(tmp_path, json.dumps(PROPERTIES))
    imported = read_swagger(path)
    assert imported.source == path
    assert imported.document.host == "pets.example.com"
    assert imported.document.info.title == "Pets"
    assert imported.document.info.extensions() == {"x-custom": [1]}
    assert imported.api_properties == PROPERTIES
    assert imported.warnings == []
    assert imported.locator.position("/paths/~1pets/get/operationId") == (14, 24)


def test_reads_a_connector_folder(tmp_path: Path) -> None:
    _write(tmp_path / "Pets")
    imported = read_swagger(tmp_path / "Pets")
    assert imported.source == tmp_path / "Pets" / "apiDefinition.swagger.json"
    assert imported.api_properties is None


def test_folder_without_swagger_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_swagger(tmp_path)
    assert "has no apiDefinition.swagger.json" in str(caught.value)


def test_broken_properties_are_left_out_with_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"properties": {\n')
    imported = read_swagger(path)
    assert imported.api_properties is None
    [warning] = imported.warnings
    assert warning.severity == "warning"
    assert warning.place.file == str(tmp_path / "apiProperties.json")
    assert warning.place.line == 2
    assert "left out" in warning.message


def test_openapi3_is_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    path.write_text('{"openapi": "3.0.0", "paths": {}}', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_swagger(path)
    assert caught.value.codes == ["input-format"]
    assert "connector-dsl convert" in str(caught.value)


def test_external_refs_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "api.json"
    path.write_text(
        '{"swagger": "2.0",\n "definitions": {"A": {"$ref": "https://x/a.json"}}}',
        encoding="utf-8",
    )
    with pytest.raises(InputError) as caught:
        read_swagger(path)
    [diagnostic] = caught.value.diagnostics
    assert diagnostic.code == "input-external-ref"
    assert (diagnostic.place.line, diagnostic.place.pointer) == (2, "/definitions/A/$ref")


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ({"swagger": "2.0"}, "swagger2"),
        ({"openapi": "3.1.0"}, "openapi3"),
        ({"info": {"_postman_id": "x"}, "item": []}, "postman"),
        (
            {"info": {"schema": "https://schema.getpostman.com/json/collection/v2.1.0/"}},
            "postman",
        ),
        ({"item": [{"name": "a"}]}, "postman"),
    ],
)
def test_detect_format(data: dict[str, Any], kind: str) -> None:
    assert detect_format(data) == kind


@pytest.mark.parametrize("data", [[], "swagger", {"info": {"title": "x"}}, {"item": {}}])
def test_detect_format_refuses_anything_else(data: Any) -> None:
    with pytest.raises(InputError) as caught:
        detect_format(data, file="x.json")
    [diagnostic] = caught.value.diagnostics
    assert (diagnostic.code, diagnostic.place.file, diagnostic.place.line) == (
        "input-format",
        "x.json",
        1,
    )
