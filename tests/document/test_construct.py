"""Building nodes from trusted data without validation: nested nodes, extras, fresh copies."""

from __future__ import annotations

import pytest

from connector_dsl.document import Operation, Parameter, PathItem, Schema
from connector_dsl.document.construct import construct, new_node


def test_nested_nodes_extras_and_references() -> None:
    data = {
        "type": "object",
        "properties": {"a": {"$ref": "#/definitions/A"}, "b": {"type": "string"}},
        "items": {"type": "integer"},
        "x-custom": {"kept": True},
    }
    schema = construct(Schema, data)
    assert isinstance(schema.items, Schema)
    assert schema.items.type == "integer"
    assert schema.properties is not None
    assert schema.properties["a"].ref == "#/definitions/A"
    assert isinstance(schema.properties["b"], Schema)
    assert schema.model_extra == {"x-custom": {"kept": True}}


def test_lists_of_plain_values_are_copied() -> None:
    required = ["a"]
    schema = construct(Schema, {"type": "object", "required": required})
    assert schema.required == ["a"]
    assert schema.required is not required


def test_new_node_sets_fields_and_defaults() -> None:
    operation = new_node(Operation, summary="Get", operation_id="Get", responses={})
    assert operation.summary == "Get"
    assert operation.description is None
    assert operation.model_fields_set == {"summary", "operation_id", "responses"}
    assert new_node(PathItem).get is None


def test_new_node_refuses_a_name_that_is_not_a_field() -> None:
    with pytest.raises(TypeError, match="Parameter has no field colour"):
        new_node(Parameter, colour="red")


def test_a_ref_only_object_in_a_union_is_a_reference() -> None:
    operation = construct(
        Operation,
        {
            "parameters": [{"$ref": "#/parameters/top"}, {"name": "q", "in": "query"}],
            "responses": {"200": {"description": "OK"}},
        },
    )
    assert operation.parameters is not None
    assert [type(p).__name__ for p in operation.parameters] == ["Reference", "Parameter"]
    assert type(operation.responses["200"]).__name__ == "Response"


def test_each_path_sets_the_same_state() -> None:
    # plain keys merged at once, renamed keys ($ref, in), and keys with no field (extras)
    plain = construct(Schema, {"type": "string", "description": "d"})
    renamed = construct(Schema, {"$ref": "#/definitions/A", "type": "string"})
    extra = construct(Schema, {"type": "string", "x-unknown": 1})
    assert plain.model_fields_set == {"type", "description"}
    assert renamed.model_fields_set == {"ref", "type"}
    assert renamed.ref == "#/definitions/A"
    assert extra.model_fields_set == {"type"}
    assert extra.model_extra == {"x-unknown": 1}
    for node in (plain, renamed, extra):
        assert node.__pydantic_private__ is None
        assert list(node.__dict__)[:3] == ["ref", "type", "format"]


def test_required_fields_follow_the_data_order_on_every_call() -> None:
    first = construct(Parameter, {"in": "query", "name": "q"})
    again = construct(Parameter, {"in": "query", "name": "q"})
    other = construct(Parameter, {"name": "q", "in": "query"})
    assert list(first.__dict__)[-2:] == list(again.__dict__)[-2:] == ["in_", "name"]
    assert list(other.__dict__)[-2:] == ["name", "in_"]
