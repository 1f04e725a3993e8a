"""Bytes that are not UTF-8 are read as Windows-1252 with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.importers import read_bytes, read_file


def test_invalid_byte_is_read_as_cp1252_and_reported() -> None:
    raw = b'{\n  "title": "Br\xf8nn\xf8ysund",\n  "ok": "\xc3\xa9t\xc3\xa9 \x80"\n}'
    loaded = read_bytes(raw, file="b.json")
    assert loaded.data == {"title": "Brønnøysund", "ok": "été €"}
    [warning] = loaded.warnings
    assert warning.code == "input-encoding"
    assert warning.severity == "warning"
    assert (warning.place.file, warning.place.line, warning.place.column) == ("b.json", 2, 15)
    assert "0xf8" in warning.message
    assert "save the file as UTF-8" in warning.message


def test_byte_undefined_in_cp1252_falls_back_to_latin1() -> None:
    loaded = read_bytes(b'["\x81"]', file="b.json")
    assert loaded.data == ["\x81"]
    assert [w.code for w in loaded.warnings] == ["input-encoding"]


def test_corpus_file_with_byte_f8_reads(shared: Path) -> None:
    [path] = shared.glob("corpus/*/Br*nn*ysundregistrene/apiDefinition.swagger.json")
    loaded = read_file(path)
    assert loaded.data["info"]["title"] == "The Brønnøysund Registries"
    assert [w.code for w in loaded.warnings] == ["input-encoding"]
    assert loaded.warnings[0].place.line == 4


@pytest.mark.parametrize("raw", [b"a: caf\xe9\n", b"a: caf\xc3\xa9\n"])
def test_yaml_is_decoded_the_same_way(raw: bytes) -> None:
    assert read_bytes(raw, file="c.yaml").data == {"a": "café"}
