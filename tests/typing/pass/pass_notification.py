"""Optional and nullable fields, a webhook with a dynamic payload, explicit operation keys."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    DynamicSchema,
    NotificationUrl,
    Path,
    Query,
    Route,
    Ui,
    WebhookTrigger,
    ref,
)


class Item(BaseModel):
    id: str
    due: Annotated[str | None, Ui(summary="Due", nullable=True)] = None
    note: str | None = None
    owner: str | None


class BoardSchema(Action[dict[str, Any]]):
    route = Route(method="GET", path="/boards/{board}/schema", summary="Board schema")
    board: Annotated[str, Path()]


class ListItems(Action[list[Item]]):
    route = Route(
        method="GET",
        path="/items",
        summary="List items",
        consumes=(),
        produces=("application/json",),
        deprecated=False,
    )
    cursor: Annotated[str | None, Query(nullable=True)] = None
    scope: Annotated[str | None, Query()]


class WhenItemChanges(WebhookTrigger[dict[str, Any]]):
    route = Route(method="POST", path="/hooks", summary="When an item changes", status=201)
    notification_description = "The changed item"
    dynamic_payload = DynamicSchema(BoardSchema(board=ref("body/board")))
    url: Annotated[str, Body(), NotificationUrl()]
    board: Annotated[str, Body()]


class WhenQuiet(WebhookTrigger[Item]):
    route = Route(method="POST", path="/quiet", summary="When quiet", status=201)
    notification_description = None
    url: Annotated[str, Body(), NotificationUrl()]


class Items(Connector):
    info = ConnectorInfo(title="Items", host="items.example.com", status="Preview")
    operations = (BoardSchema, ListItems, WhenItemChanges, WhenQuiet)
