"""`Route.responses`: further responses of an operation, typed or exact."""

from __future__ import annotations

import re
from typing import Any

import pytest
from pydantic import BaseModel

from connector_dsl import build
from connector_dsl.authoring import Action, Connector, ConnectorInfo, Reply, Route
from connector_dsl.authoring.raw import Exact
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError


class Pet(BaseModel):
    name: str


class Problem(BaseModel):
    """What went wrong."""

    message: str


def _build(route: Route) -> dict[str, Any]:
    class GetPet(Action[Pet]):
        pass

    GetPet.route = route

    class Pets(Connector):
        info = ConnectorInfo(title="Pets", host="example.com")
        operations = (GetPet,)

    data: dict[str, Any] = to_data(build(Pets))
    return data


def test_replies_beside_the_success_response() -> None:
    route = Route(
        method="GET",
        path="/pet",
        summary="Get a pet",
        responses={
            "404": Reply("Not found"),
            "default": Reply("Error", Problem),
            "500": Reply("Messages", list[Problem]),
        },
    )
    data = _build(route)
    assert data["paths"]["/pet"]["get"]["responses"] == {
        "200": {"description": "OK", "schema": {"$ref": "#/definitions/Pet"}},
        "404": {"description": "Not found"},
        "default": {"description": "Error", "schema": {"$ref": "#/definitions/Problem"}},
        "500": {
            "description": "Messages",
            "schema": {"items": {"$ref": "#/definitions/Problem"}, "type": "array"},
        },
    }
    assert data["definitions"]["Problem"]["description"] == "What went wrong."


def test_exact_responses_are_written_as_given() -> None:
    odd = {"description": "Moved", "headers": {"Location": {"type": "string"}}}
    success = {"description": "Fine", "schema": {"type": "object"}}
    route = Route(
        method="GET",
        path="/pet",
        summary="Get a pet",
        responses={"301": Exact(odd), "200": Exact(success)},
    )
    responses = _build(route)["paths"]["/pet"]["get"]["responses"]
    assert responses == {"200": success, "301": odd}


@pytest.mark.parametrize(
    ("responses", "message"),
    [
        ({"2XX": Reply("Any success")}, "not an HTTP status code"),
        ({"200": Reply("Twice")}, "is the success status"),
        ({"404": {"description": "Not found"}}, "must be Reply(...) or Exact(...)"),
    ],
)
def test_route_checks_its_responses(responses: Any, message: str) -> None:
    with pytest.raises(AuthoringError, match=re.escape(message)):
        Route(method="GET", path="/pet", summary="Get a pet", responses=responses)
