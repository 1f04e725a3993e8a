"""`check_refs` reports every `$ref` outside the document; nothing is fetched."""

from __future__ import annotations

from connector_dsl.errors import Place
from connector_dsl.importers import check_refs

from .reading_kit import read_json


def test_only_non_local_refs_are_reported() -> None:
    data = {
        "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/responses/ok"}}}}},
        "definitions": {
            "A": {"$ref": "https://example.com/a.json#/A"},
            "B": {"properties": {"c": {"$ref": "common.yaml#/C"}, "d": {"$ref": "file:///d"}}},
            "E": {"example": {"$ref": "not a reference"}},
            "F": {"properties": {"$ref": {"type": "string"}}},
        },
    }
    found = check_refs(data, "api.json")
    assert [(d.code, d.severity, d.place.pointer) for d in found] == [
        ("input-external-ref", "error", "/definitions/A/$ref"),
        ("input-external-ref", "error", "/definitions/B/properties/c/$ref"),
        ("input-external-ref", "error", "/definitions/B/properties/d/$ref"),
    ]
    assert "https://example.com/a.json#/A" in found[0].message
    assert "never fetches" in found[0].message
    assert found[0].place.file == "api.json"


def test_places_have_lines_with_a_locator() -> None:
    loaded = read_json('{"items": [\n  {"$ref": "other.json"}\n]}', file="p.json")
    [found] = check_refs(loaded.data, loaded.file, loaded.locator)
    assert found.place == Place(file="p.json", line=2, column=12, pointer="/items/0/$ref")


def test_local_refs_only_give_nothing() -> None:
    assert check_refs({"a": [{"$ref": "#/definitions/X"}], "b": "$ref"}, "f.json") == []
