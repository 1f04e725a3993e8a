"""Connectors with one deliberate mistake each, one per diagnostic code."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    DynamicSchema,
    FormData,
    Path,
    Query,
    Reply,
    Route,
    Ui,
    WebhookTrigger,
)
from connector_dsl.authoring.raw import Raw

INFO = ConnectorInfo(title="Broken", description="Broken on purpose.", host="example.com")


class Item(BaseModel):
    id: str
    name: str


class Page(BaseModel):
    items: list[Item]


class ListItems(Action[Page]):
    route = Route(method="GET", path="/items", summary="List items")


class Unbound(Action[None]):
    route = Route(method="GET", path="/items/{item_id}", summary="Get item")


class UnboundConnector(Connector):
    info = INFO
    operations = (Unbound,)


class ExtraPath(Action[None]):
    route = Route(method="GET", path="/items", summary="Get item")
    item_id: Annotated[str, Path()]


class ExtraPathConnector(Connector):
    info = INFO
    operations = (ExtraPath,)


class Twin(Action[None]):
    route = Route(method="GET", path="/twins", summary="Twin", operation_id="ListItems")


class DuplicateConnector(Connector):
    info = INFO
    operations = (ListItems, Twin)


class Internal(Action[None]):
    route = Route(method="GET", path="/internal", summary="Internal")
    secret_mode: Annotated[str, Query(visibility="internal")]


class InternalConnector(Connector):
    info = INFO
    operations = (Internal,)


class Event(BaseModel):
    id: str


class NoCallback(WebhookTrigger[Event]):
    route = Route(method="POST", path="/hooks", summary="When it happens")
    target: Annotated[str, Body()]


class NoCallbackConnector(Connector):
    info = INFO
    operations = (NoCallback,)


class NoPayload(WebhookTrigger[None]):
    route = Route(method="POST", path="/hooks", summary="When it happens")
    url: Annotated[str, Body(), Ui(notification_url=True)]


class NoPayloadConnector(Connector):
    info = INFO
    operations = (NoPayload,)


class PayloadTwice(WebhookTrigger[Item]):
    route = Route(method="POST", path="/item-hooks", summary="When an item changes")
    dynamic_payload = DynamicSchema(ListItems)
    url: Annotated[str, Body(), Ui(notification_url=True)]


class PayloadTwiceConnector(Connector):
    info = INFO
    operations = (ListItems, PayloadTwice)


class Mixed(Action[None]):
    route = Route(method="POST", path="/upload", summary="Upload")
    file: Annotated[bytes, FormData()]
    note: Annotated[str, Body()]


class MixedConnector(Connector):
    info = INFO
    operations = (Mixed,)


class WholeNotAlone(Action[None]):
    route = Route(method="POST", path="/files", summary="Upload")
    content: Annotated[bytes, Body()]
    note: Annotated[str, Body()]


class WholeNotAloneConnector(Connector):
    info = INFO
    operations = (WholeNotAlone,)


class RawInline(Action[None]):
    route = Route(method="POST", path="/notes", summary="Add a note")
    title: Annotated[str, Body()]
    text: Annotated[str, Body(), Raw(drop=("required",))]


class RawInlineConnector(Connector):
    info = INFO
    operations = (RawInline,)


class NoRoute(Action[None]):
    pass


class NoRouteConnector(Connector):
    info = INFO
    operations = (NoRoute,)


class NotListedConnector(Connector):
    info = INFO
    operations = (Unbound,)
    test_connection = ListItems


class ManyProblemsConnector(Connector):
    info = INFO
    operations = (Unbound, ExtraPath, Internal)


class Hook(BaseModel):
    events: list[str]
    target_url: str


class BodyModelNoCallback(WebhookTrigger[Event]):
    route = Route(method="POST", path="/hooks", summary="When it happens")
    hook: Annotated[Hook, Body()]


class BodyModelNoCallbackConnector(Connector):
    info = INFO
    operations = (BodyModelNoCallback,)


class GetWithBody(Action[None]):
    route = Route(method="GET", path="/search", summary="Search")
    query: Annotated[str, Body()]


class GetWithBodyConnector(Connector):
    info = INFO
    operations = (GetWithBody,)
    test_connection = GetWithBody  # the designer calls it, and sends no body


class WrongDefault(Action[None]):
    route = Route(method="GET", path="/count", summary="Count")
    limit: int = "ten"  # type: ignore[assignment]


class WrongDefaultConnector(Connector):
    info = INFO
    operations = (WrongDefault,)


class IgnoredOption(Action[None]):
    route = Route(method="GET", path="/options", summary="Options")
    top: Annotated[int, Query(), Field(examples=[10])] = 10


class IgnoredOptionConnector(Connector):
    info = INFO
    operations = (IgnoredOption,)


class NoInfoConnector(Connector):
    operations = (ListItems,)


class ModelListedConnector(Connector):
    info = INFO
    operations = (ListItems, Item)  # type: ignore[assignment]


class EmptyConnector(Connector):
    info = INFO
    operations = ()


class Undescribed(Action[None]):
    route = Route(method="GET", path="/undescribed", summary="Undescribed")


class UndescribedConnector(Connector):
    info = INFO
    operations = (Undescribed,)


class OddHeader(Action[None]):
    route = Route(
        method="GET",
        path="/odd-header",
        summary="Odd header",
        responses={"404": Reply("Not found", headers={"X-Item": Item})},
    )


class OddHeaderConnector(Connector):
    info = INFO
    operations = (OddHeader,)
