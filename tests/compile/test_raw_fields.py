"""`Raw(...)` on an operation field: keys of its compiled parameter set or dropped."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel

from connector_dsl import Action, Body, Connector, ConnectorInfo, Query, Route, build
from connector_dsl.authoring.raw import Exact, Raw
from connector_dsl.dump import to_data


class Pet(BaseModel):
    name: str


class AddPet(Action[Pet]):
    route = Route(method="POST", path="/pets", summary="Add a pet")
    tag: Annotated[str | None, Query(), Raw(drop=("required",))] = None
    limit: Annotated[int | None, Query(), Raw(keys={"x-custom": 1})] = None
    plain: Annotated[str | None, Query()] = None
    pet: Annotated[Pet | None, Body(), Raw(drop=("required",))] = None


class ExactWins(Action[Pet]):
    route = Route(method="GET", path="/pets", summary="List pets")
    tag: Annotated[
        str | None,
        Query(),
        Raw(drop=("required",)),
        Exact({"name": "tag", "in": "query", "type": "string"}),
    ] = None


class Pets(Connector):
    info = ConnectorInfo(title="Pets", host="example.com")
    operations = (AddPet, ExactWins)


def parameters(method: str) -> dict[str, dict[str, Any]]:
    data = to_data(build(Pets))
    found: list[dict[str, Any]] = data["paths"]["/pets"][method]["parameters"]
    return {p["name"]: p for p in found}


def test_drop_removes_a_key_the_compiler_writes() -> None:
    found = parameters("post")
    assert "required" not in found["tag"]
    assert found["tag"]["in"] == "query"
    assert found["plain"]["required"] is False


def test_keys_are_added() -> None:
    assert parameters("post")["limit"]["x-custom"] == 1


def test_a_whole_body_takes_raw_too() -> None:
    body = parameters("post")["pet"]
    assert "required" not in body
    assert body["schema"] == {"$ref": "#/definitions/Pet"}


def test_exact_wins_over_raw() -> None:
    assert parameters("get")["tag"] == {"name": "tag", "in": "query", "type": "string"}


class Note(Action[None]):
    route = Route(method="POST", path="/notes", summary="Add a note")
    text: Annotated[str, Body(), Raw(drop=("required",), keys={"x-ms-summary": "Text"})]


class Notes(Connector):
    info = ConnectorInfo(title="Notes", host="example.com")
    operations = (Note,)


def test_the_only_body_field_owns_the_body_parameter_even_inline() -> None:
    data = to_data(build(Notes))
    (body,) = data["paths"]["/notes"]["post"]["parameters"]
    assert body["name"] == "body"
    assert "required" not in body
    assert body["x-ms-summary"] == "Text"
    assert body["schema"]["properties"]["text"] == {"type": "string"}
