"""Byte-order marks: UTF-8 is skipped; UTF-16 with a mark is read."""

from __future__ import annotations

import codecs

from connector_dsl.importers import read_bytes


def test_utf8_bom_is_skipped_without_warning() -> None:
    loaded = read_bytes(codecs.BOM_UTF8 + b'{"swagger": "2.0"}', file="a.json")
    assert loaded.data == {"swagger": "2.0"}
    assert loaded.warnings == []
    assert loaded.locator.position("/swagger") == (1, 13)


def test_utf8_bom_before_yaml() -> None:
    loaded = read_bytes(codecs.BOM_UTF8 + b"swagger: '2.0'\n", file="a.yaml")
    assert loaded.data == {"swagger": "2.0"}


def test_utf16_with_bom_is_read() -> None:
    raw = '{"title": "Brønnøysund"}'.encode("utf-16")
    assert raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    assert read_bytes(raw, file="a.json").data == {"title": "Brønnøysund"}
