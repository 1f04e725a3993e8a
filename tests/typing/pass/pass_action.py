"""Actions with path, query and header inputs, a body model and the simple auth schemes."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel

from connector_dsl import (
    Action,
    ApiKey,
    Basic,
    Body,
    Connector,
    ConnectorInfo,
    Header,
    NoAuth,
    Path,
    Query,
    Route,
    TagInfo,
    Ui,
    dumps,
    extension,
)


class Item(BaseModel):
    id: Annotated[str, Ui(summary="Item ID")]
    name: Annotated[str, Ui(summary="Name", visibility="important")]
    size: Annotated[int | None, Ui(summary="Size", visibility="advanced")] = None


class Items(BaseModel):
    value: list[Item]


class NewItem(BaseModel):
    name: Annotated[str, Ui(summary="Name")]
    kind: Annotated[Literal["file", "folder"], Ui(summary="Kind", enum={"file": "File"})] = "file"


class ListItems(Action[Items]):
    """Lists the items of a folder."""

    route = Route(
        method="GET",
        path="/folders/{folder_id}/items",
        summary="List items",
        visibility="important",
        tags=("Items",),
        next_link="nextLink",
    )
    folder_id: Annotated[str, Path(summary="Folder", url_encoding="double")]
    top: Annotated[int, Query(summary="Top", visibility="advanced")] = 50
    search: str | None = None
    trace: Annotated[str | None, Header(name="X-Trace", visibility="internal")] = None


class CreateItem(Action[Item]):
    """Creates an item."""

    route = Route(
        method="POST",
        path="/folders/{folder_id}/items",
        summary="Create item",
        status=201,
        extensions=(extension("x-ms-no-generic-test", True),),
    )
    folder_id: Annotated[str, Path(summary="Folder")]
    item: Annotated[NewItem, Body(summary="Item")]


class DeleteItem(Action[None]):
    """Deletes an item."""

    route = Route(method="DELETE", path="/items/{item_id}", summary="Delete item", status=204)
    item_id: str


class Files(Connector):
    info = ConnectorInfo(title="Files", host="files.example.com", base_path="/v1")
    security = ApiKey(parameter="X-Api-Key", location="header")
    tags = (TagInfo("Items", "Files and folders."),)
    operations = (ListItems, CreateItem, DeleteItem)
    test_connection = ListItems


class FilesBasic(Connector):
    info = ConnectorInfo(title="Files (basic)", host="files.example.com")
    security = Basic()
    operations = (ListItems,)


class FilesOpen(Connector):
    info = ConnectorInfo(title="Files (open)", host="files.example.com")
    security = NoAuth()
    operations = (ListItems, DeleteItem)


def build_all() -> list[int]:
    return [len(dumps(c)) for c in (Files, FilesBasic, FilesOpen)]
