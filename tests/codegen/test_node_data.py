"""`node_data` gives what making the compiler's node and writing it gives, without the node."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen.node_data import in_order, node_data, plain
from connector_dsl.document.construct import construct
from connector_dsl.document.operation import Parameter, Response
from connector_dsl.document.schema import Schema
from connector_dsl.dump import to_data


def _written(cls: Any, data: dict[str, Any]) -> dict[str, Any]:
    built: dict[str, Any] = to_data(construct(cls, data))
    return built


def test_plain_data_comes_back_in_the_node_order() -> None:
    data = {
        "x-ms-summary": "Site",
        "required": True,
        "in": "path",
        "name": "site",
        "x-custom": {"a": [1, None]},
        "description": "The site",
    }
    found = node_data(Parameter, data)
    assert found == _written(Parameter, data)
    assert list(found) == ["name", "in", "description", "required", "x-ms-summary", "x-custom"]


def test_nested_nodes_compare_equal() -> None:
    data = {"type": "object", "properties": {"a": {"$ref": "#/definitions/A"}}, "x-ms-k": [1]}
    assert node_data(Schema, data) == _written(Schema, data)


def test_a_tuple_takes_the_node_round_trip() -> None:
    data = {"description": "OK", "x-list": (1, 2)}
    assert not plain(data)
    assert node_data(Response, data) == {"description": "OK", "x-list": [1, 2]}


def test_an_unread_value_is_not_checked() -> None:
    schema = {"type": "array", "items": (1,)}
    found = node_data(Response, {"description": "OK", "schema": schema}, unread=("schema",))
    assert found == {"description": "OK", "schema": schema}
    assert found["schema"] is schema


def test_plain_is_json_data_alone() -> None:
    assert plain({"a": [1, 2.5, "x", None, True, {"b": []}]})
    assert not plain({1: "a"})
    assert not plain([{"a": (1,)}])
    assert not plain({"a": object()})


def test_in_order_puts_known_keys_first_in_the_node_order() -> None:
    data = {"x-custom": 1, "required": True, "name": "a", "in": "query"}
    assert list(in_order(Parameter, data)) == ["name", "in", "required", "x-custom"]
