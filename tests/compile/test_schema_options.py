"""Schema options for real-world definitions: names, inline models, titles, `Ui` keys."""

from __future__ import annotations

from enum import IntEnum, StrEnum, nonmember
from typing import Annotated, Any, ClassVar

import pytest
from pydantic import BaseModel, ConfigDict, Field, RootModel

from connector_dsl import build
from connector_dsl.authoring import Action, Route, Ui
from connector_dsl.authoring.raw import Raw, RawDocument
from connector_dsl.compile.raw import apply_document_raw
from connector_dsl.compile.schemas import definitions_for
from connector_dsl.document import Info, Schema, SwaggerDocument
from connector_dsl.dump import to_data


def _definition(model: type[BaseModel]) -> dict[str, Any]:
    schemas, definitions = definitions_for([model])
    ref = schemas[model]["$ref"].removeprefix("#/definitions/")
    return definitions[ref]


class Named(BaseModel):
    definition_name: ClassVar[str | None] = "Named Thing"

    n: int


class Address(BaseModel):
    definition_name: ClassVar[str | None] = None

    city: str


class Person(BaseModel):
    home: Address
    others: list[Address] = Field(default_factory=list)


def test_definition_name_names_the_definition() -> None:
    schemas, definitions = definitions_for([Named])
    assert schemas[Named] == {"$ref": "#/definitions/Named Thing"}
    assert set(definitions) == {"Named Thing"}


def test_definition_name_none_writes_the_schema_inline() -> None:
    _schemas, definitions = definitions_for([Person])
    assert set(definitions) == {"Person"}
    address = {"properties": {"city": {"type": "string"}}, "required": ["city"], "type": "object"}
    assert definitions["Person"]["properties"]["home"] == address
    assert definitions["Person"]["properties"]["others"]["items"] == address
    assert definitions_for([Address])[0][Address] == address


def test_definition_name_must_be_a_string_or_none() -> None:
    class Wrong(BaseModel):
        definition_name: ClassVar[Any] = 3

        n: int

    with pytest.raises(TypeError, match="definition_name"):
        definitions_for([Wrong])


def test_model_title_from_model_config() -> None:
    class Titled(BaseModel):
        model_config = ConfigDict(title="Titled", json_schema_extra={"example": {"n": 1}})

        n: int

    definition = _definition(Titled)
    assert definition["title"] == "Titled"
    assert definition["example"] == {"n": 1}


def test_field_title() -> None:
    class Model(BaseModel):
        n: Annotated[int, Field(title="Number")]

    assert _definition(Model)["properties"]["n"] == {"title": "Number", "type": "integer"}


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (Annotated[int | None, Ui(nullable=False)], {"type": "integer"}),
        (Annotated[int, Ui(nullable=True)], {"type": "integer", "x-nullable": True}),
        (Annotated[int | None, Ui()], {"type": "integer"}),
        (Annotated[int | None, Ui(nullable=True)], {"type": "integer", "x-nullable": True}),
        (Annotated[int, Ui(format="int64")], {"type": "integer", "format": "int64"}),
        (Annotated[str, Ui(example="abc")], {"type": "string", "example": "abc"}),
        (Annotated[str, Ui(read_only=True)], {"type": "string", "readOnly": True}),
    ],
)
def test_ui_schema_keys(annotation: Any, expected: dict[str, Any]) -> None:
    model = type("Model", (BaseModel,), {"__annotations__": {"v": annotation}, "v": None})
    assert _definition(model)["properties"]["v"] == expected


def test_ui_nullable_false_on_a_model_reference() -> None:
    class Model(BaseModel):
        child: Annotated[Named | None, Ui(nullable=False)] = None

    assert _definition(Model)["properties"]["child"] == {"$ref": "#/definitions/Named Thing"}


def test_raw_definitions_replace_and_drop_single_entries() -> None:
    document = SwaggerDocument.model_construct(
        swagger="2.0", info=Info.model_construct(title="t", version="1"), paths={}
    )
    document.definitions = {
        "Kept": Schema.model_validate({"type": "string"}),
        "Gone": Schema.model_validate({"type": "string"}),
        "Changed": Schema.model_validate({"type": "string"}),
    }
    raw = RawDocument(
        definitions=Raw(keys={"Changed": {"type": "integer", "x-odd": 1}}, drop=("Gone",))
    )
    data = to_data(apply_document_raw(document, raw))
    assert data["definitions"] == {
        "Kept": {"type": "string"},
        "Changed": {"type": "integer", "x-odd": 1},
    }


class Ping(Action[None]):
    """Check the service."""

    route = Route(method="GET", path="/ping", summary="Ping")


def test_connector_models_are_written_without_an_operation() -> None:
    from connector_dsl.authoring import Connector, ConnectorInfo

    class Declares(Connector):
        info = ConnectorInfo(title="Declares", host="example.com")
        operations = (Ping,)  # a connector needs one; it uses none of the models
        models = (Named, Person)

    definitions = to_data(build(Declares))["definitions"]
    assert set(definitions) == {"Named Thing", "Person"}


class Color(StrEnum):
    """A colour."""

    definition_name = nonmember("color-choice")
    json_schema_extra = nonmember({"title": "Color", "x-ms-enum": {"name": "Color"}})
    RED = "red"
    BLUE = "blue"


class Level(IntEnum):
    json_schema_extra = nonmember({"format": "int32"})
    LOW = 1
    HIGH = 2


class Colors(RootModel[list[Color]]):
    """Several colours."""

    definition_name: ClassVar[str | None] = "color-list"


class Paint(BaseModel):
    color: Annotated[Color | None, Ui(nullable=False)] = None
    level: Level
    colors: Colors


def test_enum_and_array_definitions() -> None:
    _schemas, definitions = definitions_for([Paint])
    assert definitions["Paint"]["properties"] == {
        "color": {"$ref": "#/definitions/color-choice"},
        "level": {"$ref": "#/definitions/Level"},
        "colors": {"$ref": "#/definitions/color-list"},
    }
    assert definitions["color-choice"] == {
        "description": "A colour.",
        "enum": ["red", "blue"],
        "title": "Color",
        "type": "string",
        "x-ms-enum": {"name": "Color"},
    }
    assert definitions["Level"] == {"enum": [1, 2], "format": "int32", "type": "integer"}
    assert definitions["color-list"] == {
        "description": "Several colours.",
        "items": {"$ref": "#/definitions/color-choice"},
        "type": "array",
    }


def test_connector_models_take_enums() -> None:
    from connector_dsl.authoring import Connector, ConnectorInfo

    class Declares(Connector):
        info = ConnectorInfo(title="Declares", host="example.com")
        operations = (Ping,)  # a connector needs one; it uses none of the models
        models = (Level,)

    definitions = to_data(build(Declares))["definitions"]
    assert definitions == {"Level": {"enum": [1, 2], "format": "int32", "type": "integer"}}
