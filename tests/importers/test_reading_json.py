"""JSON input: data, format detection, and pointer-to-position lookups."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.errors import InputError, Place
from connector_dsl.importers import read_file

from .reading_kit import only, read_json

TEXT = """{
  "swagger": "2.0",
  "paths": {
    "/a/{id}": {
      "get": {"parameters": [{"name": "id"}, {"name": "x~y"}]}
    }
  }
}
"""


def test_reads_plain_data() -> None:
    loaded = read_json(TEXT)
    assert loaded.format == "json"
    assert loaded.warnings == []
    assert loaded.data["paths"]["/a/{id}"]["get"]["parameters"][1] == {"name": "x~y"}


@pytest.mark.parametrize(
    ("pointer", "position"),
    [
        ("", (1, 1)),
        ("/swagger", (2, 14)),
        ("/paths/~1a~1{id}", (4, 16)),
        ("/paths/~1a~1{id}/get/parameters/0", (5, 30)),
        ("/paths/~1a~1{id}/get/parameters/1/name", (5, 55)),
    ],
)
def test_locator_maps_pointers_to_lines(pointer: str, position: tuple[int, int]) -> None:
    assert read_json(TEXT).locator.position(pointer) == position


def test_missing_pointer_falls_back_to_nearest_ancestor() -> None:
    loaded = read_json(TEXT)
    assert loaded.place("/paths/~1a~1{id}/post/summary") == Place(
        file="in.json", line=4, column=16, pointer="/paths/~1a~1{id}/post/summary"
    )


def test_escaped_keys_are_located() -> None:
    loaded = read_json('{"a\\"b": {"c": 1}}')
    assert loaded.data == {'a"b': {"c": 1}}
    assert loaded.locator.position('/a"b/c') == (1, 16)


def test_file_with_json_extension_and_yaml_sniffing(tmp_path: Path) -> None:
    json_file = tmp_path / "spec.json"
    json_file.write_text('["x", 1.5, null, true]', encoding="utf-8")
    assert read_file(json_file).data == ["x", 1.5, None, True]
    assert read_file(json_file).format == "json"
    yaml_inside = tmp_path / "yaml.json"
    yaml_inside.write_text("swagger: '2.0'\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(yaml_inside)
    assert only(caught.value).place.line == 1
    other = tmp_path / "spec.txt"
    other.write_text("swagger: '2.0'\n", encoding="utf-8")
    assert read_file(other).format == "yaml"
    assert read_file(other).data == {"swagger": "2.0"}


def test_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_file(tmp_path / "nope.json")
    diagnostic = only(caught.value)
    assert diagnostic.code == "input-unreadable"
    assert diagnostic.place.file == str(tmp_path / "nope.json")
    assert "check the path" in diagnostic.message


def test_empty_file_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        read_json(" \n\t")
    assert only(caught.value).code == "input-empty"
    assert only(caught.value).place.line == 1
