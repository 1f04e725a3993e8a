"""A class's schema is compared with the input's as values when both are plain JSON data.

`model_check._same` asks whether the build writes a definition as the input has it.
A schema node writes plain JSON data back as it is, so the rules' prediction (plain
data, `Schemas.data`) is compared as it is; the live classes' output is compared as
the nodes write it (a tuple there is written as a list).
"""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen.model_check import _same
from connector_dsl.compile.emit import schema_node
from connector_dsl.dump import to_data

PAIRS: list[tuple[dict[str, Any], dict[str, Any]]] = [
    ({"type": "string"}, {"type": "string"}),
    ({"type": "string", "default": 1}, {"type": "string", "default": 1.0}),
    ({"type": "string"}, {}),
    ({"type": "object", "properties": {}}, {"type": "object"}),
    ({"$ref": "#/definitions/A", "description": "d"}, {"$ref": "#/definitions/A"}),
    ({"items": {"type": "integer"}, "type": "array"}, {"type": "array", "items": {}}),
    ({"enum": ["a", "b"], "x-ms-enum": {"name": "E"}}, {"enum": ["a", "b"]}),
]


@pytest.mark.parametrize(("want", "have"), PAIRS)
def test_plain_data_is_compared_as_the_nodes_write_it(
    want: dict[str, Any], have: dict[str, Any]
) -> None:
    nodes = to_data(schema_node(want)) == to_data(schema_node(have))
    assert _same(want, have, data=True) is nodes
    assert _same(want, have, data=False) is nodes


def test_a_tuple_from_the_live_classes_is_compared_as_its_node_writes_it() -> None:
    want = {"type": "string", "enum": ["a", "b"]}
    have = {"type": "string", "enum": ("a", "b")}
    assert _same(want, have, data=False)


def test_schemas_that_differ_are_not_the_same() -> None:
    assert not _same({"type": "string"}, {"type": "integer"}, data=True)
    assert not _same({"type": "string"}, None, data=False)
