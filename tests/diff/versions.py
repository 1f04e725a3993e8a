"""Two versions of one connector: v2 revises `ListItems` the way that keeps flows working."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Action, Annotation, Connector, ConnectorInfo, NoAuth, Query, Route, Ui


class Item(BaseModel):
    id: Annotated[str, Ui(summary="Item ID")]
    title: Annotated[str, Ui(summary="Title")]


class ItemV2(BaseModel):
    id: Annotated[str, Ui(summary="Item ID")]
    name: Annotated[str, Ui(summary="Name")]


class ListItems(Action[list[Item]]):
    """Lists the items of a folder."""

    route = Route(method="GET", path="/items", summary="List items")
    folder: Annotated[str | None, Query(summary="Folder")] = None


class RetiredListItems(Action[list[Item]]):
    """Lists the items of a folder."""

    route = Route(
        method="GET", path="/items", summary="List items", operation_id="ListItems"
    ).retired()
    folder: Annotated[str | None, Query(summary="Folder")] = None


class ListItemsV2(Action[list[ItemV2]]):
    """Lists the items of a folder."""

    route = Route(
        method="GET", path="/v2/items", summary="List items", annotation=Annotation.after(ListItems)
    )
    folder: Annotated[str, Query(summary="Folder")]


class RenamedListItems(Action[list[ItemV2]]):
    """Lists the items of a folder."""

    route = Route(method="GET", path="/items", summary="List items", operation_id="ListItems")
    folder_id: Annotated[str, Query(summary="Folder ID")]


class ItemsV1(Connector):
    info = ConnectorInfo(title="Items", host="items.example.com")
    security = NoAuth()
    operations = (ListItems,)


class ItemsV2(Connector):
    """Revised the safe way."""

    info = ConnectorInfo(title="Items", host="items.example.com")
    security = NoAuth()
    operations = (RetiredListItems, ListItemsV2)


class ItemsBroken(Connector):
    """Changed in place: breaks flows."""

    info = ConnectorInfo(title="Items", host="items.example.com")
    security = NoAuth()
    operations = (RenamedListItems,)
