"""The names a model class uses are recorded as it is written: the same as reading its source.

`render_model` adds every name of the class's source to the set it is given, but
keywords and builtins (`names.RESERVED`), which no import is; the module reads
only its other parts (`used_names.code_names`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from connector_dsl.codegen.models import Models, render_model
from connector_dsl.codegen.module import IMPORTS
from connector_dsl.codegen.names import RESERVED, Namer
from connector_dsl.codegen.properties import PROPERTY_IMPORTS
from connector_dsl.codegen.used_names import code_names

from .corpus import corpus_files, read_json

DEFINITIONS: dict[str, Any] = {
    "Pet": {
        "type": "object",
        "title": "A pet",
        "description": "A pet.",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "description": "The name.", "x-ms-summary": "Name"},
            "nonmember": {"type": "integer", "default": 3, "minimum": 1},
            "kind": {"type": ["string", "null"], "x-ms-visibility": "advanced"},
            "size": {"type": "string", "enum": ["S", "M"], "x-custom": {"a": [1.5, None]}},
            "tags": {"type": "array", "items": {"type": "string", "format": "uri"}},
            "extra": {"type": "object", "additionalProperties": {"type": "number"}},
            "nested": {"type": "object", "properties": {"Any": {"type": "boolean"}}},
            "flag": {"type": "boolean", "default": False, "x-nullable": True},
            "owner": {"$ref": "#/definitions/Owner"},
        },
        "x-ms-extra": True,
    },
    "Owner": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Color": {"type": "string", "enum": ["red", "dark blue"], "title": "Colors"},
    "Level": {"type": "integer", "enum": [1, -2]},
    "Names": {"type": "array", "items": {"$ref": "#/definitions/Color"}},
    "Loose": {"type": "object"},
    "odd-name": {"type": "string", "description": 'With "quotes" and \\ slashes.'},
}


def _check(models: Models) -> int:
    checked = 0
    for model in models.ordered(models.classes):
        used: set[str] = set()
        source = render_model(model, used)
        read = code_names(source)
        assert used <= read, (model.name, used - read)
        assert read - RESERVED <= used, (model.name, read - RESERVED - used)
        checked += 1
    return checked


def test_recorded_names_are_the_source_names() -> None:
    models = Models(Namer(RESERVED | set(IMPORTS)), DEFINITIONS, typed=True)
    assert _check(models) >= len(DEFINITIONS)


def test_no_import_is_a_keyword_or_builtin() -> None:
    assert not (set(IMPORTS) | set(PROPERTY_IMPORTS)) & RESERVED


def test_corpus_models_record_their_names(shared: Path) -> None:
    checked = 0
    for path in corpus_files(shared)[::25]:
        data = read_json(path)
        definitions = data.get("definitions") if isinstance(data, dict) else None
        if isinstance(definitions, dict):
            models = Models(Namer(RESERVED | set(IMPORTS)), definitions, typed=True)
            checked += _check(models)
    assert checked > 50
