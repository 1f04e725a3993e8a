"""Definitions that refer to themselves through root models import and build."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data


def _document(definitions: dict[str, Any]) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "Trees", "version": "1.0"},
        "host": "example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": {
            "/nodes": {
                "get": {
                    "operationId": "GetNode",
                    "summary": "Get a node",
                    "responses": {
                        "200": {"description": "OK", "schema": {"$ref": "#/definitions/Node"}}
                    },
                }
            }
        },
        "definitions": definitions,
    }


NODE = {"type": "object", "properties": {"tree": {"$ref": "#/definitions/Tree"}}}


def _generated(definitions: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    document = SwaggerDocument.model_validate(_document(definitions), context={"lenient": True})
    source, _plan = generate(document)
    assert build_source(source, "ImportedConnector") == to_data(document)
    return source, to_data(document)


def test_a_root_model_comes_after_its_items_in_a_cycle() -> None:
    tree = {"type": "array", "items": {"$ref": "#/definitions/Node"}}
    source, _data = _generated({"Node": NODE, "Tree": tree})
    assert source.index("class Node(") < source.index("class Tree(RootModel[list[Node]]):")
    assert "    tree: Tree | None = None\n" in source


@pytest.mark.parametrize(
    "definitions",
    [
        {"Tree": {"type": "array", "items": {"$ref": "#/definitions/Tree"}}},
        {
            "Tree": {
                "type": "array",
                "items": {"type": "array", "items": {"$ref": "#/definitions/B"}},
            },
            "B": {"type": "array", "items": {"$ref": "#/definitions/Tree"}},
        },
    ],
    ids=["itself", "through-another"],
)
def test_root_models_in_a_loop_stay_untyped(definitions: dict[str, Any]) -> None:
    source, _data = _generated({"Node": NODE, **definitions})
    assert "class Tree(RootModel[Any]):" in source  # its `type` and `items` on the class
    assert "RootModel[list[" not in source
    assert "class Node(" in source
