"""Optional is not nullable: `X | None = None` leaves a field out of `required`, no more.

`x-nullable: true` comes from `nullable=True`, or from `X | None` with no default
(required and nullable); the same reading holds for model properties and inputs.
"""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field

from connector_dsl import Action, Body, Connector, ConnectorInfo, Query, Route, Ui, build
from connector_dsl.compile.schemas import definitions_for
from connector_dsl.dump import to_data


class Named(BaseModel):
    name: str


class Record(BaseModel):
    optional: str | None = None
    optional_with_default: str | None = "x"
    optional_from_factory: Annotated[str | None, Field(default_factory=lambda: None)]
    asked: Annotated[str | None, Ui(nullable=True)] = None
    asked_on_a_plain_type: Annotated[int, Ui(nullable=True)] = 0
    told_not: Annotated[str | None, Ui(nullable=False)] = None
    required_nullable: str | None
    required_not_nullable: Annotated[str | None, Ui(nullable=False)]
    items: list[str | None] | None = None
    child: Named | None = None


@pytest.fixture(scope="module")
def properties() -> dict[str, Any]:
    _schemas, definitions = definitions_for([Record])
    found: dict[str, Any] = definitions["Record"]["properties"]
    assert definitions["Record"]["required"] == ["required_nullable", "required_not_nullable"]
    return found


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("optional", {"type": "string"}),
        ("optional_with_default", {"type": "string", "default": "x"}),
        ("optional_from_factory", {"type": "string"}),
        ("asked", {"type": "string", "x-nullable": True}),
        ("asked_on_a_plain_type", {"type": "integer", "default": 0, "x-nullable": True}),
        ("told_not", {"type": "string"}),
        ("required_nullable", {"type": "string", "x-nullable": True}),
        ("required_not_nullable", {"type": "string"}),
        ("items", {"type": "array", "items": {"type": "string", "x-nullable": True}}),
        ("child", {"$ref": "#/definitions/Named"}),
    ],
)
def test_model_property(properties: dict[str, Any], name: str, expected: dict[str, Any]) -> None:
    assert properties[name] == expected


class Search(Action[None]):
    route = Route(method="POST", path="/search", summary="Search")
    top: Annotated[int | None, Query()] = None
    cursor: Annotated[str | None, Query(nullable=True)] = None
    scope: Annotated[str | None, Query()]
    region: Annotated[str | None, Query(nullable=False)]
    note: Annotated[str | None, Body()] = None
    tag: Annotated[str | None, Body(nullable=True)] = None
    owner: Annotated[str | None, Body()]


class Finder(Connector):
    info = ConnectorInfo(title="Finder", host="example.com")
    operations = (Search,)


@pytest.fixture(scope="module")
def inputs() -> dict[str, Any]:
    data = to_data(build(Finder))
    found: list[dict[str, Any]] = data["paths"]["/search"]["post"]["parameters"]
    return {p["name"]: p for p in found}


def test_optional_query_parameter(inputs: dict[str, Any]) -> None:
    assert inputs["top"] == {"name": "top", "in": "query", "required": False, "type": "integer"}


def test_nullable_query_parameter_when_asked(inputs: dict[str, Any]) -> None:
    assert inputs["cursor"]["required"] is False
    assert inputs["cursor"]["x-nullable"] is True


def test_required_query_parameter_taking_none_is_nullable(inputs: dict[str, Any]) -> None:
    assert inputs["scope"]["required"] is True
    assert inputs["scope"]["x-nullable"] is True
    assert inputs["region"]["required"] is True
    assert "x-nullable" not in inputs["region"]


def test_body_properties(inputs: dict[str, Any]) -> None:
    schema = inputs["body"]["schema"]
    assert schema["properties"] == {
        "note": {"type": "string"},
        "tag": {"type": "string", "x-nullable": True},
        "owner": {"type": "string", "x-nullable": True},
    }
    assert schema["required"] == ["owner"]
