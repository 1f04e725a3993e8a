"""Changing an operation without breaking flows: retire the old one, add a revision."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Annotation,
    Connector,
    ConnectorInfo,
    NoAuth,
    Query,
    Route,
    Ui,
)
from connector_dsl.cli.swagger import print_swagger


class Item(BaseModel):
    id: Annotated[str, Ui(summary="Item ID")]
    title: Annotated[str, Ui(summary="Title")]


class ItemV2(BaseModel):
    id: Annotated[str, Ui(summary="Item ID")]
    name: Annotated[str, Ui(summary="Name")]


# --8<-- [start:revision]
class ListItems(Action[list[Item]]):
    """Lists the items of a folder."""

    route = Route(method="GET", path="/items", summary="List items").retired()
    folder: Annotated[str | None, Query(summary="Folder")] = None


class ListItemsV2(Action[list[ItemV2]]):
    """Lists the items of a folder, with their names."""

    route = Route(
        method="GET", path="/v2/items", summary="List items", annotation=Annotation.after(ListItems)
    )
    folder: Annotated[str, Query(summary="Folder")]


# --8<-- [end:revision]


class Items(Connector):
    info = ConnectorInfo(title="Items", description="Items in folders.", host="items.example.com")
    security = NoAuth()
    operations = (ListItems, ListItemsV2)


if __name__ == "__main__":
    raise SystemExit(print_swagger(Items))
