"""Imported model properties stay typed: internal defaults, notification URLs."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Hooks", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/hooks": {
            "post": {
                "operationId": "AddHook",
                "summary": "Add a hook",
                "parameters": [
                    {
                        "name": "body",
                        "in": "body",
                        "required": True,
                        "schema": {"$ref": "#/definitions/Hook"},
                    }
                ],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "definitions": {
        "Hook": {
            "type": "object",
            "required": ["event", "name", "url"],
            "properties": {
                "name": {"type": "string"},
                "event": {"type": "string", "default": "created", "x-ms-visibility": "internal"},
                "url": {
                    "type": "string",
                    "x-ms-visibility": "internal",
                    "x-ms-notification-url": True,
                },
            },
        }
    },
}


def test_internal_default_and_notification_url_are_typed() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, plan = generate(document)
    assert "event: Annotated[str, Ui(visibility='internal')] = 'created'" in source
    assert "notification_url=True" in source
    assert not plan.definition_raw
    assert not plan.exact
    assert build_source(source, "ImportedConnector") == to_data(document)


def nested(depth: int) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {"leaf": {"type": "string"}}}
    for _ in range(depth):
        schema = {"type": "object", "properties": {"inner": schema}}
    return schema


def test_inline_objects_five_deep_are_models() -> None:
    data = {**DOCUMENT, "definitions": {"Hook": nested(5)}}
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(document)
    assert "leaf: " in source  # the innermost object is a model with its field
    assert "dict[str, Any]" not in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_inline_objects_past_the_depth_limit_are_any_with_their_keys() -> None:
    data = {**DOCUMENT, "definitions": {"Hook": nested(9)}}
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(document)
    assert source.count("(Inline):") == 7  # `Hook` and seven models in place below it
    deepest = "class HookInnerInnerInnerInnerInnerInnerInner(Inline):\n    inner: Annotated[Any, "
    assert deepest in source
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)
