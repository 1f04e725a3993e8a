"""How `diff` reads schemas: references, cycles, allOf, read-only fields, moved base paths."""

from __future__ import annotations

from typing import Any

from connector_dsl.diff import compare


def document(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A swagger whose one operation takes and returns `schema` (via #/definitions/Item)."""
    return {
        "swagger": "2.0",
        "info": {"title": "Items", "version": "1.0"},
        "host": "api.example.com",
        "basePath": extra.pop("basePath", "/"),
        "paths": {
            extra.pop("path", "/items"): {
                "post": {
                    "operationId": "SaveItem",
                    "parameters": [
                        {"name": "body", "in": "body", "schema": {"$ref": "#/definitions/Item"}}
                    ],
                    "responses": {
                        "200": {"description": "OK", "schema": {"$ref": "#/definitions/Item"}}
                    },
                }
            }
        },
        "definitions": {"Item": schema, **extra.pop("definitions", {})},
    }


def rules(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str | None, str | None]]:
    return [
        (c.rule, c.old.pointer if c.old else None, c.new.pointer if c.new else None)
        for c in compare(old, new)
    ]


def test_self_reference_terminates() -> None:
    item = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "parent": {"$ref": "#/definitions/Item"}},
    }
    changed = {**item, "properties": {**item["properties"], "id": {"type": "integer"}}}
    assert rules(document(item), document(changed)) == [
        (
            "input-type-changed",
            "/definitions/Item/properties/id",
            "/definitions/Item/properties/id",
        ),
        (
            "output-type-changed",
            "/definitions/Item/properties/id",
            "/definitions/Item/properties/id",
        ),
    ]


def test_all_of_members_are_read_at_their_place() -> None:
    base = {"type": "object", "properties": {"id": {"type": "string"}, "name": {"type": "string"}}}
    item = {"allOf": [{"$ref": "#/definitions/Base"}]}
    smaller = {"type": "object", "properties": {"id": {"type": "string"}}}
    assert rules(
        document(item, definitions={"Base": base}), document(item, definitions={"Base": smaller})
    ) == [
        ("input-removed", "/definitions/Base/properties/name", None),
        ("output-removed", "/definitions/Base/properties/name", None),
    ]


def test_read_only_properties_are_outputs_only() -> None:
    item = {
        "type": "object",
        "properties": {"id": {"type": "string", "readOnly": True}, "name": {"type": "string"}},
    }
    smaller = {"type": "object", "properties": {"name": {"type": "string"}}}
    assert rules(document(item), document(smaller)) == [
        ("output-removed", "/definitions/Item/properties/id", None)
    ]


def test_path_moved_into_the_base_path_is_no_change() -> None:
    item = {"type": "object", "properties": {"id": {"type": "string"}}}
    old = document(item, basePath="/", path="/v1/items")
    new = document(item, basePath="/v1", path="/items")
    assert rules(old, new) == []


def test_renamed_path_variable_is_no_path_change() -> None:
    def doc(name: str) -> dict[str, Any]:
        data = document({"type": "object"}, path=f"/items/{{{name}}}")
        operation = data["paths"][f"/items/{{{name}}}"]["post"]
        operation["parameters"].append(
            {"name": name, "in": "path", "required": True, "type": "string", "x-ms-summary": "Item"}
        )
        return data

    assert rules(doc("id"), doc("itemId")) == [
        (
            "input-renamed",
            "/paths/~1items~1{id}/post/parameters/1",
            "/paths/~1items~1{itemId}/post/parameters/1",
        )
    ]
