"""An internal property with a default is listed as required, in field order."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Ui
from connector_dsl.compile.schemas import definitions_for


class Hook(BaseModel):
    name: str
    mode: Annotated[str, Ui(visibility="internal")] = "push"
    url: str
    label: Annotated[str | None, Ui(visibility="advanced")] = None


def test_internal_defaults_join_required_in_field_order() -> None:
    _, definitions = definitions_for([Hook])
    assert definitions["Hook"]["required"] == ["name", "mode", "url"]
    assert definitions["Hook"]["properties"]["mode"]["default"] == "push"


def test_a_model_without_internal_defaults_keeps_pydantics_list() -> None:
    class Plain(BaseModel):
        b: str
        a: str
        c: int = 1

    _, definitions = definitions_for([Plain])
    assert definitions["Plain"]["required"] == ["b", "a"]
