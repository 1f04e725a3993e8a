"""`Models.top_node`: a body's or a response's type, an object model taken first."""

from __future__ import annotations

from connector_dsl.codegen.models import Models
from connector_dsl.codegen.names import Namer
from connector_dsl.codegen.type_tree import ANY, Named

_PET = {"type": "object", "properties": {"name": {"type": "string"}}}


def _models() -> Models:
    return Models(Namer(), {"Pet": dict(_PET)})


def test_an_inline_object_model_is_a_class_in_place() -> None:
    models = _models()
    schema = {"type": "object", "properties": {"id": {"type": "integer"}}, "title": "T"}
    node = models.top_node(schema, "GetOwnerResponse")
    assert node == Named("GetOwnerResponse")
    made = models.classes["GetOwnerResponse"]
    assert made.form == "model"
    assert made.definition is None
    assert made.title == "T"
    assert [item.wire for item in made.fields] == ["id"]


def test_an_object_model_equal_to_a_definition_is_its_copy() -> None:
    models = _models()
    node = models.top_node(dict(_PET), "GetPetResponse")
    assert node == Named("GetPetResponse")
    assert models.classes["GetPetResponse"].form == "copy"
    assert models.classes["GetPetResponse"].parent == "Pet"


def test_a_scalar_with_other_keys_is_a_root_model() -> None:
    models = _models()
    node = models.top_node({"type": "string", "format": "date"}, "When")
    assert node == Named("When")
    assert models.classes["When"].form == "root"


def test_binary_and_plain_schemas() -> None:
    models = _models()
    assert models.top_node({"type": "string", "format": "binary"}, "File") == Named("bytes")
    assert models.top_node({"type": "integer"}, "Count") == Named("int")
    assert models.top_node("not a schema", "Odd") is ANY
    assert set(models.classes) == {"Pet"}
