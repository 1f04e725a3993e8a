"""Field defaults in schemas: plain JSON values as they are, the rest through pydantic."""

from __future__ import annotations

import enum
import math
from datetime import date

from pydantic import BaseModel

from connector_dsl.compile.schemas import definitions_for


class Size(enum.Enum):
    SMALL = "small"
    LARGE = "large"


class Label(enum.StrEnum):
    NEW = "new"


class Defaults(BaseModel):
    text: str = "x"
    count: int = 3
    ratio: float = 0.5
    flag: bool = True
    tags: list[str] = ["a", "b"]
    nested: dict[str, list[int]] = {"k": [1, 2]}
    size: Size = Size.LARGE
    label: Label = Label.NEW
    day: date = date(2026, 1, 2)
    limit: float = math.inf


def properties() -> dict[str, dict[str, object]]:
    _, definitions = definitions_for([Defaults])
    found: dict[str, dict[str, object]] = definitions["Defaults"]["properties"]
    return found


def test_plain_json_defaults_are_written_as_they_are() -> None:
    found = properties()
    assert found["text"]["default"] == "x"
    assert found["count"]["default"] == 3
    assert found["ratio"]["default"] == 0.5
    assert found["flag"]["default"] is True


def test_list_and_dict_defaults_are_copies() -> None:
    found = properties()
    assert found["tags"]["default"] == ["a", "b"]
    assert found["nested"]["default"] == {"k": [1, 2]}
    tags = found["tags"]["default"]
    assert isinstance(tags, list)
    tags.append("changed")
    assert properties()["tags"]["default"] == ["a", "b"]


def test_enum_and_other_defaults_go_through_pydantic() -> None:
    found = properties()
    assert type(found["label"]["default"]) is str
    assert found["label"]["default"] == "new"
    assert found["day"]["default"] == "2026-01-02"
    assert found["limit"]["default"] == math.inf


def test_enum_definition_default_is_its_value() -> None:
    _, definitions = definitions_for([Defaults])
    size = definitions["Defaults"]["properties"]["size"]
    assert size["default"] == "large"
