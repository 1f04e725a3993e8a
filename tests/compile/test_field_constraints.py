"""pydantic constraints beside a marker (`Field(pattern=...)`, ...) reach the parameter."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field

from connector_dsl import Action, Body, Connector, ConnectorInfo, Path, Query, Route, build
from connector_dsl.dump import to_data


class Find(Action[None]):
    route = Route(method="POST", path="/items/{code}", summary="Find items")
    code: Annotated[str, Path(), Field(pattern="^[A-Z]{3}$", max_length=3)]
    top: Annotated[int | None, Query(), Field(ge=1, le=50)] = None
    note: Annotated[str, Body(), Field(min_length=2)]
    checked: Annotated[str | None, Query(), AfterValidator(str.strip)] = None


class Items(Connector):
    info = ConnectorInfo(title="Items", host="example.com")
    operations = (Find,)


def parameters() -> dict[str, dict[str, Any]]:
    data = to_data(build(Items))
    found: list[dict[str, Any]] = data["paths"]["/items/{code}"]["post"]["parameters"]
    return {p["name"]: p for p in found}


def test_string_constraints_on_a_path_parameter() -> None:
    code = parameters()["code"]
    assert code["pattern"] == "^[A-Z]{3}$"
    assert code["maxLength"] == 3
    assert code["type"] == "string"


def test_bounds_on_an_optional_query_parameter() -> None:
    top = parameters()["top"]
    assert (top["minimum"], top["maximum"]) == (1, 50)
    assert top["required"] is False


def test_constraints_on_a_body_property() -> None:
    body = parameters()["body"]
    assert body["schema"]["properties"]["note"] == {"type": "string", "minLength": 2}


def test_other_metadata_leaves_the_schema_alone() -> None:
    assert parameters()["checked"] == {
        "name": "checked",
        "in": "query",
        "required": False,
        "type": "string",
    }
