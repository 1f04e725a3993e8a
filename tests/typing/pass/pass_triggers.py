"""A webhook trigger with its delete hook, a polling trigger, OAuth 2.0 and form data."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    FormData,
    NotificationUrl,
    OAuth2,
    Path,
    PollingTrigger,
    Route,
    Simulate,
    WebhookTrigger,
)


class Event(BaseModel):
    resource: str
    kind: str | None = None


class Hook(BaseModel):
    id: str


class DeleteHook(Action[None]):
    """Deletes a hook."""

    route = Route(method="DELETE", path="/hooks/{hook_id}", summary="Delete hook", status=204)
    hook_id: Annotated[str, Path(summary="Hook ID")]


class WhenEvent(WebhookTrigger[Event]):
    """Starts a flow on every event."""

    route = Route(method="POST", path="/hooks", summary="When an event happens", status=201)
    unsubscribe = DeleteHook
    callback_url: Annotated[str, Body(name="callbackUrl", visibility="internal"), NotificationUrl()]
    folder: Annotated[str, Body(name="scope/folder", summary="Folder")]


class RecentEvents(PollingTrigger[list[Event]]):
    """New events since the last poll."""

    route = Route(
        method="GET",
        path="/events",
        summary="When events arrive",
        simulate=Simulate(operation=DeleteHook, parameters={"hook_id": "x"}),
    )
    mode = "batch"


class Upload(Action[Hook]):
    """Uploads a file."""

    route = Route(
        method="POST",
        path="/files",
        summary="Upload file",
        consumes=("multipart/form-data",),
    )
    content: Annotated[bytes, FormData(summary="File")]
    name: Annotated[str, FormData(summary="Name")]


class Events(Connector):
    info = ConnectorInfo(title="Events", host="events.example.com")
    security = OAuth2(
        authorization_url="https://login.example.com/authorize",
        token_url="https://login.example.com/token",
        refresh_url="https://login.example.com/token",
        scopes={"read": "Read"},
    )
    operations = (DeleteHook, WhenEvent, RecentEvents, Upload)
