"""YAML input: safe loading, JSON-like values, positions, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers import read_file

from .reading_kit import only, read_yaml

TEXT = """\
openapi: 3.0.3
info:
  title: Pets
  version: "1.0"
paths:
  /pets:
    get:
      responses:
        200:
          description: ok
        default:
          description: error
released: 2024-10-23
flag: yes
empty:
"""


def test_values_are_json_like() -> None:
    data = read_yaml(TEXT).data
    assert data["openapi"] == "3.0.3"
    assert data["info"] == {"title": "Pets", "version": "1.0"}
    assert list(data["paths"]["/pets"]["get"]["responses"]) == ["200", "default"]
    assert data["released"] == "2024-10-23"
    assert data["flag"] is True
    assert data["empty"] is None


def test_positions_come_from_the_yaml_nodes() -> None:
    loaded = read_yaml(TEXT)
    assert loaded.locator.position("/info/title") == (3, 10)
    assert loaded.locator.position("/paths/~1pets/get/responses/200") == (10, 11)
    assert loaded.locator.position("/paths/~1pets/get/responses/200/nothing") == (10, 11)


def test_yaml_extension_chooses_yaml(tmp_path: Path) -> None:
    path = tmp_path / "spec.yml"
    path.write_text('{"a": [1, 2]}\n', encoding="utf-8")
    loaded = read_file(path)
    assert loaded.format == "yaml"
    assert loaded.data == {"a": [1, 2]}


def test_merge_keys_are_applied() -> None:
    loaded = read_yaml("base: &b {x: 1, y: 2}\nmore:\n  <<: *b\n  y: 3\n")
    assert loaded.data["more"] == {"x": 1, "y": 3}
    assert loaded.warnings == []


def test_python_tags_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml("a: !!python/object/apply:os.system ['echo hacked']\n")
    diagnostic = only(caught.value)
    assert diagnostic.code == "input-syntax"
    assert (diagnostic.place.line, diagnostic.place.column) == (1, 4)


def test_syntax_error_names_line_and_column() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml("a:\n  b: [1, 2\nc: 3\n")
    diagnostic = only(caught.value)
    assert diagnostic.code == "input-syntax"
    assert diagnostic.place.file == "in.yaml"
    assert diagnostic.place.line == 3
    assert "fix the file" in diagnostic.message


def test_several_documents_are_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml("a: 1\n---\nb: 2\n")
    assert only(caught.value).place.line == 2


def test_control_character_is_refused_with_its_place() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml('a: 1\nb: "x\x01"\n')
    diagnostic = only(caught.value)
    assert (diagnostic.place.line, diagnostic.place.column) == (2, 6)
    assert "U+0001" in diagnostic.message
