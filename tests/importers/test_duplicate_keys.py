"""Repeated keys: the last wins, with a warning naming file, line, column and pointer."""

from __future__ import annotations

from connector_dsl.errors import Place

from .reading_kit import read_json, read_yaml


def test_json_repeated_key_keeps_the_last_value() -> None:
    loaded = read_json('{\n  "a": {"b": 1,\n        "b": 2},\n  "c": 3\n}\n', file="x.json")
    assert loaded.data == {"a": {"b": 2}, "c": 3}
    [warning] = loaded.warnings
    assert warning.code == "input-duplicate-key"
    assert warning.severity == "warning"
    assert warning.place == Place(file="x.json", line=3, column=9, pointer="/a/b")
    assert "first at line 2, column 9" in warning.message


def test_json_repeated_keys_in_arrays_have_indexed_pointers() -> None:
    loaded = read_json('[{"k~/": 1, "k~/": 2}, {"z": 0, "z": 1, "z": 2}]')
    assert loaded.data == [{"k~/": 2}, {"z": 2}]
    pointers = [w.place.pointer for w in loaded.warnings]
    assert pointers == ["/0/k~0~1", "/1/z", "/1/z"]


def test_locator_points_at_the_value_kept() -> None:
    loaded = read_json('{"a": 1,\n "a": 22}')
    assert loaded.locator.position("/a") == (2, 7)


def test_no_warning_without_repeats() -> None:
    assert read_json('{"a": {"a": {"a": 1}}}').warnings == []


def test_yaml_repeated_key() -> None:
    loaded = read_yaml("info:\n  title: A\n  title: B\n", file="x.yaml")
    assert loaded.data == {"info": {"title": "B"}}
    [warning] = loaded.warnings
    assert warning.code == "input-duplicate-key"
    assert warning.place == Place(file="x.yaml", line=3, column=3, pointer="/info/title")
    assert loaded.locator.position("/info/title") == (3, 10)
