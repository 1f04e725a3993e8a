"""A trigger's payload is its own type argument, before any inherited one."""

from __future__ import annotations

from pydantic import BaseModel

from connector_dsl import Action, Route, WebhookTrigger


class Created(BaseModel):
    id: str


class Updated(BaseModel):
    name: str


class WhenCreated(WebhookTrigger[Created]):
    """A thing was created."""

    route = Route(method="POST", path="/hooks", summary="When created", status=201)


class WhenUpdated(WhenCreated, WebhookTrigger[Updated]):  # pyright: ignore[reportGeneralTypeIssues]
    """A thing was updated."""

    route = Route(method="POST", path="/hooks/updated", summary="When updated", status=201)


class WhenCreatedAgain(WhenCreated):
    """Inherits its parent's payload."""


def test_own_argument_wins_over_the_parents() -> None:
    assert WhenUpdated.response_type() is Updated


def test_parent_argument_is_inherited_without_an_own_one() -> None:
    assert WhenCreated.response_type() is Created
    assert WhenCreatedAgain.response_type() is Created


def test_an_unparametrized_base_has_none() -> None:
    assert Action.response_type() is None
