"""A property's `Field`, `Ui` and docstring (`property_args`) agree with `ui_args`.

`property_args` leaves `_ui` out when the schema has no key it writes from; the
result must be what `ui_args` says for the same property.
"""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen.models import property_args, ui_args

SCHEMAS: list[dict[str, Any]] = [
    {"type": "string"},
    {"type": "string", "description": "A name."},
    {"type": "string", "description": 'Say "hi"'},
    {"type": "string", "description": "  padded  ", "title": "Name"},
    {"type": "string", "x-ms-summary": "Name", "x-ms-visibility": "advanced"},
    {"type": "string", "x-nullable": True, "description": "Maybe."},
    {"type": "string", "x-custom": 1, "description": "With an extension."},
    {"type": "string", "format": "date-time", "example": "2020-01-01"},
    {"type": "string", "enum": ["a", "b"], "readOnly": True},
    {"$ref": "#/definitions/Pet", "format": "pet", "description": "A pet."},
    {"type": "integer", "minimum": 1, "maximum": 9},
]


@pytest.mark.parametrize("schema", SCHEMAS)
@pytest.mark.parametrize("nullable", [False, True])
def test_ui_is_what_ui_args_says(schema: dict[str, Any], nullable: bool) -> None:
    _args, ui, doc = property_args(schema, None, False, None, frozenset(), nullable=nullable)
    assert ui == ui_args(schema, nullable=nullable, description=doc is None)


def test_a_docstring_description_leaves_ui_empty() -> None:
    args, ui, doc = property_args(
        {"type": "string", "description": "A name."}, None, False, None, frozenset(), nullable=False
    )
    assert (args, ui, doc) == ({}, {}, '"""A name."""')


def test_a_description_no_docstring_can_say_goes_in_ui() -> None:
    args, ui, doc = property_args(
        {"type": "string", "description": 'Say "hi"'},
        "say",
        False,
        None,
        frozenset(),
        nullable=False,
    )
    assert (args, ui, doc) == ({"alias": "say"}, {"description": 'Say "hi"'}, None)


def test_bounds_are_field_arguments() -> None:
    schema = {"type": "integer", "minimum": 1, "maximum": 9}
    args, _ui, _doc = property_args(schema, None, False, None, frozenset(), nullable=False)
    assert args == {"ge": 1, "le": 9}


def test_an_exclusive_bound_alone_is_an_extra_key() -> None:
    schema = {"type": "integer", "exclusiveMinimum": True}
    args, _ui, _doc = property_args(schema, None, False, None, frozenset(), nullable=False)
    assert args == {"json_schema_extra": {"exclusiveMinimum": True}}
