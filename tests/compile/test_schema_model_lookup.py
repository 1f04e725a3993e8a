"""The schema generator knows each model's class when pydantic asks for its definition's name."""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel

from connector_dsl.compile.schemas import SwaggerJsonSchema, definitions_for


class Leaf(BaseModel):
    definition_name: ClassVar[str] = "leafThing"
    size: int = 0


class Branch(BaseModel):
    leaves: list[Leaf] = []


def test_models_are_named_by_their_definition_name() -> None:
    _schemas, definitions = definitions_for([Branch])
    assert sorted(definitions) == ["Branch", "leafThing"]
    assert definitions["Branch"]["properties"]["leaves"]["items"] == {
        "$ref": "#/definitions/leafThing"
    }


def test_a_model_asked_for_before_its_schema_is_found_by_searching_the_inputs() -> None:
    generator = SwaggerJsonSchema()
    generator._inputs = [(Branch, "validation", Branch.__pydantic_core_schema__)]
    ref = Leaf.__pydantic_core_schema__.get("ref")
    assert isinstance(ref, str)
    assert generator._model(ref) is Leaf
    assert generator._model("not-a-model-ref") is None
