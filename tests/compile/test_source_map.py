"""The source map: a JSON pointer of a built connector -> the Python that made it."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from connector_dsl import (
    Action,
    ApiKey,
    Body,
    ConnectionField,
    Connector,
    ConnectorInfo,
    Header,
    Route,
)
from connector_dsl.compile import compiled


class Item(BaseModel):
    """An item."""

    item_id: str = Field(alias="itemId")
    name: str


class CreateItem(Action[Item]):
    """Create an item."""

    route = Route(method="POST", path="/items/{group}", summary="Create an item")
    group: str
    trace: Annotated[str | None, Header(name="X-Trace")] = None
    name: Annotated[str, Body()]
    folder: Annotated[str, Body(name="scope/folder")]


class Mapped(Connector):
    info = ConnectorInfo(title="Mapped", host="example.com")
    security = ApiKey()
    operations = (CreateItem,)
    connection_fields = (ConnectionField(name="region", display_name="R", description="R"),)
    brand_color = "#123456"


def python(pointer: str, document: str = "swagger") -> str | None:
    source_map = compiled(Mapped).source_map
    return source_map.place(pointer, "properties" if document == "properties" else "swagger").python


OPERATION = "/paths/~1items~1{group}/post"


def test_parameters_are_placed_at_their_fields_by_name_and_location() -> None:
    assert python(f"{OPERATION}/parameters/0/type") == "CreateItem.group"
    assert python(f"{OPERATION}/parameters/1") == "CreateItem.trace"


def test_properties_of_an_inline_body_are_placed_at_their_fields_however_nested() -> None:
    body = f"{OPERATION}/parameters/2/schema"
    assert python(f"{body}/properties/name/type") == "CreateItem.name"
    assert python(f"{body}/properties/scope/properties/folder") == "CreateItem.folder"


def test_route_keys_the_class_and_its_response() -> None:
    assert python(f"{OPERATION}/summary") == "CreateItem.route"
    assert python(f"{OPERATION}/description") == "CreateItem"
    assert python(f"{OPERATION}/responses/200/schema") == "Item"


def test_definitions_and_their_properties_by_wire_name() -> None:
    assert python("/definitions/Item") == "Item"
    assert python("/definitions/Item/properties/itemId/type") == "Item.item_id"


def test_document_keys_and_the_root() -> None:
    assert python("/host") == "Mapped.info"
    assert python("/securityDefinitions/api_key") == "Mapped.security"
    assert python("") == "Mapped"
    assert python("/no/such/place") == "Mapped"


def test_api_properties_pointers() -> None:
    assert python("/properties/iconBrandColor", "properties") == "Mapped.brand_color"
    region = "/properties/connectionParameters/region/type"
    assert python(region, "properties") == "Mapped.connection_fields"
    assert python("/properties/connectionParameters/api_key", "properties") == "Mapped.security"


def test_the_pointer_is_kept_and_the_line_is_the_fields() -> None:
    place = compiled(Mapped).source_map.place(f"{OPERATION}/parameters/0")
    assert place.pointer == f"{OPERATION}/parameters/0"
    assert place.file is not None and place.file.endswith("test_source_map.py")
    assert place.line == 33  # `group: str`
