"""Raw keys are read as from a file, and only they: the node's other keys are kept as built.

`apply_raw` gives the node that reading its data, so changed, would give (keys in the
same order, a value that does not fit its typed field kept as an extra key), without
dumping and reading the whole node again: the compiler applies `Connector.raw` to the
whole document on every build.
"""

from __future__ import annotations

from connector_dsl.authoring.raw import Raw
from connector_dsl.compile.raw import apply_raw
from connector_dsl.document import Operation, SwaggerDocument
from connector_dsl.document.base import LENIENT
from connector_dsl.document.construct import construct
from connector_dsl.dump import to_data

DOCUMENT = {
    "swagger": "2.0",
    "info": {"title": "Leads", "version": "1.0"},
    "host": "example.com",
    "paths": {
        "/leads": {"get": {"operationId": "List", "responses": {"200": {"description": "OK"}}}}
    },
    "x-first": 1,
    "x-second": 2,
}
RAW = Raw(keys={"x-second": 20, "tags": [{"name": "t"}], "x-third": 3}, drop=("x-first", "host"))


def _reread(data: dict[str, object], raw: Raw) -> SwaggerDocument:
    changed = {k: v for k, v in data.items() if k not in raw.drop}
    changed.update(raw.keys)
    return SwaggerDocument.model_validate(changed, context={LENIENT: True})


def test_the_keys_come_out_in_the_order_a_full_read_gives() -> None:
    node = construct(SwaggerDocument, DOCUMENT)
    applied = to_data(apply_raw(node, RAW))
    assert list(applied) == list(to_data(_reread(DOCUMENT, RAW)))
    assert list(applied) == ["swagger", "info", "paths", "tags", "x-second", "x-third"]
    assert applied["x-second"] == 20
    assert applied["tags"] == [{"name": "t"}]


def test_only_the_raw_keys_are_read_again() -> None:
    node = construct(SwaggerDocument, DOCUMENT)
    applied = apply_raw(node, RAW)
    assert applied.paths is node.paths  # kept as built, not dumped and read again
    assert applied.tags is not None and applied.tags[0].name == "t"  # read into its node


def test_a_raw_value_that_does_not_fit_its_field_is_kept_as_an_extra_key() -> None:
    node = construct(
        Operation, {"operationId": "List", "responses": {"200": {"description": "OK"}}}
    )
    applied = apply_raw(node, Raw(keys={"x-ms-visibility": 5}))
    assert applied.x_ms_visibility is None
    assert applied.__pydantic_extra__ == {"x-ms-visibility": 5}
    assert to_data(applied) == {
        "operationId": "List",
        "responses": {"200": {"description": "OK"}},
        "x-ms-visibility": 5,
    }


def test_a_node_without_raw_keys_is_the_same_node() -> None:
    node = construct(Operation, {"operationId": "List", "responses": {}})
    assert apply_raw(node, Raw()) is node
    assert apply_raw(node, None) is node
