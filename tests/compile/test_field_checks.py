"""Field-level build checks: what they accept, and the escape hatches imports use."""

from __future__ import annotations

import enum
from datetime import date
from typing import Annotated, Any

import pytest
from pydantic import BaseModel, Field

from connector_dsl import (
    Action,
    AuthoringError,
    Body,
    Connector,
    ConnectorInfo,
    Query,
    Route,
    Ui,
    WebhookTrigger,
)
from connector_dsl import build as build_connector
from connector_dsl.authoring.raw import Exact, Raw
from connector_dsl.dump import to_data

INFO = ConnectorInfo(title="Checks", host="example.com")


def build(*operations: type[Action[Any]] | type[WebhookTrigger[Any]]) -> dict[str, Any]:
    connector = type("Checked", (Connector,), {"info": INFO, "operations": operations})
    data: dict[str, Any] = to_data(build_connector(connector))
    return data


def messages(*operations: type[Action[Any]]) -> list[str]:
    with pytest.raises(AuthoringError) as caught:
        build(*operations)
    return [f"[{d.code}] {d.message}" for d in caught.value.diagnostics]


class Status(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class Fitting(Action[None]):
    """Defaults of the field's type, as Python values or as their JSON."""

    route = Route(method="GET", path="/fitting", summary="Fitting")
    status: Annotated[Status, Query()] = Status.OPEN
    state: Annotated[Status, Query()] = "closed"  # type: ignore[assignment]
    since: date = "2026-01-02"  # type: ignore[assignment]
    ratio: float = 1
    tags: list[str] = Field(default_factory=lambda: ["a"])


def test_defaults_of_the_fields_type_build() -> None:
    parameters = build(Fitting)["paths"]["/fitting"]["get"]["parameters"]
    assert [p.get("default") for p in parameters] == ["open", "closed", "2026-01-02", 1, ["a"]]


class MarkerDefault(Action[None]):
    """A wrong-typed default given to the marker."""

    route = Route(method="GET", path="/marker", summary="Marker")
    top: Annotated[int | None, Query(default="10")] = None
    flag: Annotated[bool, Query(default="true")] = True


def test_a_wrong_marker_default_is_an_error_with_the_value_to_write() -> None:
    assert messages(MarkerDefault) == [
        "[default-type] MarkerDefault.top has the default '10', which is not of type int: write 10"
    ]


class RawDefault(Action[None]):
    """An imported parameter whose file has a string default for an integer."""

    route = Route(method="GET", path="/raw", summary="Raw")
    top: Annotated[int | None, Query(default="10"), Raw(keys={"default": "10"})] = None


@pytest.mark.invalid_document  # the string default is what the imported file had
def test_raw_keys_say_the_default_is_meant() -> None:
    (parameter,) = build(RawDefault)["paths"]["/raw"]["get"]["parameters"]
    assert parameter["default"] == "10"


class ExactBody(Action[None]):
    """An imported GET with a body, written exactly."""

    route = Route(method="GET", path="/exact", summary="Exact")
    query: Annotated[Any, Body(), Exact({"name": "query", "in": "body", "schema": {}})]


def test_an_exact_body_on_a_get_is_written_as_given() -> None:
    (parameter,) = build(ExactBody)["paths"]["/exact"]["get"]["parameters"]
    assert parameter == {"name": "query", "in": "body", "schema": {}}


class Options(Action[None]):
    """Options with no place on a parameter."""

    route = Route(method="GET", path="/options", summary="Options")
    old: Annotated[str, Query()] = Field("a", deprecated=True)
    wire: Annotated[str, Query()] = Field("b", validation_alias="Wire")


def test_deprecated_and_a_lone_validation_alias_are_errors() -> None:
    assert messages(Options) == [
        "[field-option-ignored] Options.old: Field(deprecated=...) would not be written; "
        "Swagger 2.0 cannot mark a parameter deprecated: leave it out, or deprecate the whole "
        "operation with Route(deprecated=True)",
        "[field-option-ignored] Options.wire: Field(validation_alias=...) would not be written; "
        "the wire name comes from Query(name=...) or Field(alias=...)",
    ]


class Event(BaseModel):
    id: str


class Subscription(BaseModel):
    events: list[str]
    callback: Annotated[str, Ui(notification_url=True, visibility="internal")]


class Nested(BaseModel):
    subscription: Subscription


class WhenEvent(WebhookTrigger[Event]):
    """The callback URL is a field of the body model."""

    route = Route(method="POST", path="/hooks", summary="When an event happens", status=201)
    body: Annotated[Subscription, Body()]


class WhenNested(WebhookTrigger[Event]):
    """The callback URL is a field of a model inside the body model."""

    route = Route(method="POST", path="/nested", summary="When nested", status=201)
    body: Annotated[Nested, Body()]


def test_a_callback_url_in_the_body_model_is_the_webhooks() -> None:
    data = build(WhenEvent, WhenNested)
    callback = data["definitions"]["Subscription"]["properties"]["callback"]
    assert callback["x-ms-notification-url"] is True
    assert set(data["paths"]) == {"/hooks", "/nested"}
