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
