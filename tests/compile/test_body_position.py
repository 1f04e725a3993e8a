"""The body parameter is listed where its field is declared (the first `Body()` field's place)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel

from connector_dsl import Action, Body, Connector, ConnectorInfo, Query, Route, build
from connector_dsl.authoring.raw import Raw
from connector_dsl.dump import to_data


class Thing(BaseModel):
    name: str


class AddFirst(Action[None]):
    route = Route(method="POST", path="/sites/{site}/things", summary="Add a thing")
    thing: Annotated[Thing, Body()]
    site: str
    top: Annotated[int | None, Query()] = None


class AddBetween(Action[None]):
    route = Route(method="PUT", path="/sites/{site}/things", summary="Put a thing")
    site: str
    thing: Annotated[Thing, Body(), Raw(keys={"x-order": 1})]
    top: Annotated[int | None, Query()] = None


class Rename(Action[None]):
    route = Route(method="PATCH", path="/sites/{site}/things", summary="Rename a thing")
    site: str
    name: Annotated[str, Body()]
    top: Annotated[int | None, Query()] = None
    title: Annotated[str | None, Body()] = None


class AddLast(Action[None]):
    route = Route(method="POST", path="/things", summary="Add a thing last")
    top: Annotated[int | None, Query()] = None
    thing: Annotated[Thing, Body()]


class Sites(Connector):
    info = ConnectorInfo(title="Sites", host="example.com")
    operations = (AddFirst, AddBetween, Rename, AddLast)


def listed(path: str, method: str) -> list[tuple[str, str]]:
    """(in, name) of each parameter of one operation, in order."""
    parameters: list[dict[str, Any]] = to_data(build(Sites))["paths"][path][method]["parameters"]
    return [(p["in"], p["name"]) for p in parameters]


def test_a_body_declared_first_is_listed_first() -> None:
    assert listed("/sites/{site}/things", "post") == [
        ("body", "thing"),
        ("path", "site"),
        ("query", "top"),
    ]


def test_a_body_declared_between_keeps_its_place_and_its_raw_keys() -> None:
    parameters = to_data(build(Sites))["paths"]["/sites/{site}/things"]["put"]["parameters"]
    assert [(p["in"], p["name"]) for p in parameters] == [
        ("path", "site"),
        ("body", "thing"),
        ("query", "top"),
    ]
    assert parameters[1]["x-order"] == 1


def test_body_fields_make_one_body_at_the_first_ones_place() -> None:
    parameters = to_data(build(Sites))["paths"]["/sites/{site}/things"]["patch"]["parameters"]
    assert [(p["in"], p["name"]) for p in parameters] == [
        ("path", "site"),
        ("body", "body"),
        ("query", "top"),
    ]
    assert list(parameters[1]["schema"]["properties"]) == ["name", "title"]


def test_a_body_declared_last_is_listed_last() -> None:
    assert listed("/things", "post") == [("query", "top"), ("body", "thing")]
