"""pydantic models become Swagger 2.0 schemas."""

from __future__ import annotations

import enum
from datetime import datetime
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, Field

from connector_dsl.compile.schemas import definitions_for


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Child(BaseModel):
    """A child."""

    n: int


class Sample(BaseModel):
    """A sample."""

    plain: str
    optional: str | None = None
    constant: Literal["fixed"] = "fixed"
    choice: Literal["a", "b"] = "a"
    positive: Annotated[int, Field(gt=0)] = 1
    when: datetime | None = None
    colour: Colour = Colour.RED
    children: list[Child] = Field(default_factory=list)
    mapping: dict[str, int] = Field(default_factory=dict)
    described: str = Field("x", description="Has a description.")


@pytest.fixture(scope="module")
def defs() -> dict[str, Any]:
    schemas, definitions = definitions_for([Sample])
    assert schemas[Sample] == {"$ref": "#/definitions/Sample"}
    return definitions


def props(defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = defs["Sample"]["properties"]
    return properties


def test_no_automatic_titles(defs: dict[str, Any]) -> None:
    text = repr(defs)
    assert "'title'" not in text


def test_docstring_is_description(defs: dict[str, Any]) -> None:
    assert defs["Sample"]["description"] == "A sample."
    assert defs["Sample"]["required"] == ["plain"]


def test_optional_is_not_nullable(defs: dict[str, Any]) -> None:
    assert props(defs)["optional"] == {"type": "string"}
    assert props(defs)["when"] == {"type": "string", "format": "date-time"}


def test_const_and_literals_are_enums(defs: dict[str, Any]) -> None:
    assert props(defs)["constant"] == {"type": "string", "enum": ["fixed"], "default": "fixed"}
    assert props(defs)["choice"]["enum"] == ["a", "b"]


def test_exclusive_bounds_are_booleans(defs: dict[str, Any]) -> None:
    assert props(defs)["positive"] == {
        "type": "integer",
        "minimum": 0,
        "exclusiveMinimum": True,
        "default": 1,
    }


def test_models_and_enums_are_definitions(defs: dict[str, Any]) -> None:
    assert sorted(defs) == ["Child", "Colour", "Sample"]
    assert props(defs)["children"]["items"] == {"$ref": "#/definitions/Child"}
    assert defs["Colour"] == {"type": "string", "enum": ["red", "blue"]}
    assert props(defs)["mapping"]["additionalProperties"] == {"type": "integer"}


def test_no_json_schema_2020_keywords(defs: dict[str, Any]) -> None:
    text = repr(defs)
    for keyword in ("anyOf", "oneOf", "const", "$defs", "prefixItems"):
        assert f"'{keyword}'" not in text
