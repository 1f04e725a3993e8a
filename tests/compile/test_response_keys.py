"""Response headers, a webhook's registration reply and raw keys of one response object."""

from __future__ import annotations

from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field

from connector_dsl import build
from connector_dsl.authoring import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    NotificationUrl,
    Reply,
    Route,
    Ui,
    WebhookTrigger,
)
from connector_dsl.authoring.raw import Raw
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError


class Pet(BaseModel):
    name: str


class Registration(BaseModel):
    id: str


def _responses(*operations: type[Any]) -> dict[str, Any]:
    class Pets(Connector):
        info = ConnectorInfo(title="Pets", host="example.com")

    Pets.operations = operations
    paths = to_data(build(Pets))["paths"]
    return {path: item[next(iter(item))]["responses"] for path, item in paths.items()}


def test_headers_are_given_by_their_types() -> None:
    class GetPet(Action[Pet]):
        route = Route(
            method="GET",
            path="/pet",
            summary="Get a pet",
            response_headers={
                "Request-Id": str,
                "Remaining": Annotated[int, Ui(description="Calls left", format="int32")],
            },
            responses={
                "429": Reply("Slow down", headers={"Retry-After": Annotated[int, Field(ge=0)]})
            },
        )

    assert _responses(GetPet)["/pet"] == {
        "200": {
            "description": "OK",
            "schema": {"$ref": "#/definitions/Pet"},
            "headers": {
                "Request-Id": {"type": "string"},
                "Remaining": {"type": "integer", "description": "Calls left", "format": "int32"},
            },
        },
        "429": {
            "description": "Slow down",
            "headers": {"Retry-After": {"type": "integer", "minimum": 0}},
        },
    }


def test_raw_sets_and_drops_keys_of_one_response() -> None:
    class GetPet(Action[list[Pet]]):
        route = Route(
            method="GET",
            path="/pets",
            summary="List pets",
            response_raw=Raw(keys={"examples": {"application/json": []}}),
            responses={"404": Reply("Not found", Pet, raw=Raw(keys={"x-ms-summary": "Gone"}))},
        )

    assert _responses(GetPet)["/pets"] == {
        "200": {
            "description": "OK",
            "schema": {"type": "array", "items": {"$ref": "#/definitions/Pet"}},
            "examples": {"application/json": []},
        },
        "404": {
            "description": "Not found",
            "schema": {"$ref": "#/definitions/Pet"},
            "x-ms-summary": "Gone",
        },
    }


def test_a_webhook_registration_reply_has_its_own_type() -> None:
    class OnPet(WebhookTrigger[Pet]):
        route = Route(
            method="POST", path="/hooks", summary="When a pet comes", response_schema=Registration
        )
        url: Annotated[str, Body(), NotificationUrl()]

    class Plain(WebhookTrigger[Pet]):
        route = Route(method="POST", path="/plain", summary="When a pet goes")
        url: Annotated[str, Body(), NotificationUrl()]

    found = _responses(OnPet, Plain)
    assert found["/hooks"] == {
        "200": {"description": "OK", "schema": {"$ref": "#/definitions/Registration"}}
    }
    assert found["/plain"] == {"200": {"description": "OK"}}


@pytest.mark.parametrize("kind", [Pet, dict[str, Any], list[Pet]])
def test_a_header_of_no_plain_type_is_reported(kind: Any) -> None:
    class GetPet(Action[Pet]):
        route = Route(
            method="GET",
            path="/pet",
            summary="Get a pet",
            responses={"404": Reply("Not found", headers={"X-Odd": kind})},
        )

    with pytest.raises(AuthoringError) as caught:
        _responses(GetPet)
    (problem,) = caught.value.diagnostics
    assert problem.code == "response-header-type"
    assert "header 'X-Odd'" in problem.message
    assert "responses['404']" in problem.message
    assert problem.place.python is not None and problem.place.python.endswith("GetPet.route")
