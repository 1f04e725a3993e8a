"""Nodes built straight from read data are the nodes lenient validation makes, or None.

`checked_node` may only answer when strict validation would take the data as it
is; the reader validates leniently whenever it says None.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from pydantic import field_validator

from connector_dsl.document import LENIENT, Node, Parameter, SwaggerDocument
from connector_dsl.document.checked import checked_node
from connector_dsl.dump import to_data


def state(value: Any) -> Any:
    """Everything pydantic keeps of a value, nodes included, in order."""
    if isinstance(value, Node):
        return (
            type(value).__name__,
            [(k, state(v)) for k, v in value.__dict__.items()],
            [(k, state(v)) for k, v in (value.__pydantic_extra__ or {}).items()],
            sorted(value.model_fields_set),
            value.__pydantic_private__,
        )
    if isinstance(value, dict):
        return ("dict", [(k, state(v)) for k, v in value.items()])  # pyright: ignore[reportUnknownVariableType]
    if isinstance(value, list):
        return ("list", [state(v) for v in value])  # pyright: ignore[reportUnknownVariableType]
    return (type(value).__name__, repr(value))


def document(**operation: Any) -> dict[str, Any]:
    get = {"responses": {"200": {"description": "OK"}}, **operation}
    return {
        "swagger": "2.0",
        "info": {"title": "T", "version": "1", "x-ms-api-annotation": {"revision": 2}},
        "paths": {"/a": {"get": get, "parameters": [{"$ref": "#/parameters/p"}]}},
        "parameters": {"p": {"name": "p", "in": "query", "type": "string", "x-ms-summary": "P"}},
        "definitions": {
            "D": {
                "type": "object",
                "properties": {"n": {"type": "number", "maximum": 1.5, "minimum": -2}},
                "additionalProperties": False,
                "required": ["n"],
                "enum": [None, 1, "a", [1], {"k": "v"}],
                "example": {"any": ["thing"]},
                "x-ms-visibility": "advanced",
                "x-custom": {"kept": True},
            },
            "E": {"additionalProperties": {"type": "string"}, "allOf": [{"$ref": "#/x"}]},
        },
    }


def lenient(data: dict[str, Any]) -> SwaggerDocument:
    return SwaggerDocument.model_validate(copy.deepcopy(data), context={LENIENT: True})


def test_a_fitting_document_is_built_as_validation_builds_it() -> None:
    data = document(
        parameters=[
            {"$ref": "#/parameters/p"},
            {"name": "q", "in_": "path", "required": True, "type": "integer", "x-y": 1},
        ],
        responses={
            "200": {"description": "OK", "schema": {"type": "string"}},
            "400": {"$ref": "#/r"},
        },
        x_ms_visibility="internal",
    )
    built = checked_node(SwaggerDocument, data)
    assert built is not None
    assert state(built) == state(lenient(data))
    assert to_data(built) == to_data(lenient(data))


@pytest.mark.parametrize(
    "operation",
    [
        {"x-ms-visibility": "sometimes"},  # kept as an extension key by lenient reading
        {"summary": 3},
        {"deprecated": 1},
        {"parameters": [{"name": "q", "in": "query", "in_": "path"}]},  # alias and name
        {"parameters": [{"$ref": "#/p", "name": "q", "in": "query", "type": 5}]},  # both kinds
        {"parameters": [{"description": "neither kind"}]},
        {"responses": {"200": {"description": "OK", "$ref": "#/r"}}},
        {"tags": ("a",)},
    ],
)
def test_anything_uncertain_is_left_to_validation(operation: dict[str, Any]) -> None:
    data = document(**operation)
    assert checked_node(SwaggerDocument, data) is None
    lenient(data)  # what the reader does then: it reads, leniently


def test_a_value_lenient_reading_forgives_is_still_kept() -> None:
    from connector_dsl.importers import import_swagger, read_bytes

    data = document(**{"x-ms-visibility": "sometimes"})
    raw = to_data(lenient(data))
    import orjson

    imported = import_swagger(read_bytes(orjson.dumps(raw), file="in.json"))
    operation = imported.document.paths["/a"].get
    assert operation is not None
    assert operation.x_ms_visibility is None
    assert operation.model_extra == {"x-ms-visibility": "sometimes"}


def test_numbers_take_int_and_float_but_not_bool() -> None:
    ok = checked_node(Parameter, {"name": "n", "in": "query", "maximum": 2, "minimum": 0.5})
    assert ok is not None
    assert (ok.maximum, ok.minimum) == (2, 0.5)
    assert checked_node(Parameter, {"name": "n", "in": "query", "maximum": True}) is None


def test_lists_and_dicts_are_fresh_and_nodes_come_from_dicts_only() -> None:
    enum = [1, 2]
    built = checked_node(Parameter, {"name": "n", "in": "query", "enum": enum})
    assert built is not None
    assert built.enum == enum
    assert built.enum is not enum
    assert checked_node(Parameter, {"name": "n", "in": "query", "schema": "string"}) is None
    assert checked_node(Parameter, [("name", "n")]) is None


class _Checked(Node):
    """A node with a validator of its own is never built without pydantic."""

    name: str | None = None

    @field_validator("name")
    @classmethod
    def _upper(cls, value: str | None) -> str | None:
        return value.upper() if value else value


def test_a_node_with_other_validators_is_left_to_pydantic() -> None:
    assert checked_node(_Checked, {"name": "a"}) is None


def test_none_of_a_nullable_field_is_taken_as_it_is() -> None:
    data = document()
    data["definitions"]["N"] = {"items": None, "additionalProperties": None, "properties": None}
    built = checked_node(SwaggerDocument, data)
    assert built is not None
    assert built.definitions is not None
    assert built.definitions["N"].items is None
    assert built.definitions["N"].model_fields_set == {
        "items",
        "additional_properties",
        "properties",
    }
    assert state(built) == state(lenient(data))


def test_dicts_of_nodes_take_string_keys_only_and_are_fresh() -> None:
    data = document()
    properties = {"a": {"type": "string"}, "b": {"$ref": "#/definitions/D"}}
    data["definitions"]["P"] = {"properties": properties}
    built = checked_node(SwaggerDocument, data)
    assert built is not None
    assert built.definitions is not None
    made = built.definitions["P"].properties
    assert made is not None
    assert list(made) == ["a", "b"]
    assert made is not properties
    assert state(built) == state(lenient(data))
    data["definitions"]["P"] = {"properties": {1: {"type": "string"}}}  # as YAML may give
    assert checked_node(SwaggerDocument, data) is None
