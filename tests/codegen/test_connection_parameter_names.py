"""A connection parameter name the typed classes refuse (`API Key`) imports raw, not as a crash."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen import generate
from connector_dsl.codegen.verify import build_module
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

pytestmark = pytest.mark.invalid_document

SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Keys", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/items": {
            "get": {
                "operationId": "ListItems",
                "summary": "List items",
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "securityDefinitions": {"API Key": {"type": "apiKey", "in": "header", "name": "api_key"}},
    "security": [{"API Key": []}],
}


def _properties(name: str) -> dict[str, Any]:
    ui = {"displayName": "API Key", "description": "Your key", "tooltip": "Your key"}
    constraints = {"required": "true", "clearText": False, "tabIndex": 2}
    parameter = {"type": "securestring", "uiDefinition": {**ui, "constraints": constraints}}
    return {
        "properties": {
            "connectionParameters": {name: parameter},
            "iconBrandColor": "#007ee5",
            "capabilities": [],
            "publisher": "Someone",
        }
    }


@pytest.mark.parametrize(("name", "typed"), [("API Key", False), ("api_key", True)])
def test_connection_parameter_name(name: str, typed: bool) -> None:
    document = SwaggerDocument.model_validate(SWAGGER, context={"lenient": True})
    properties = _properties(name)
    source, _plan = generate(document, api_properties=properties)
    assert ("connection_parameter=" in source) is typed
    built = build_module(source, "ImportedConnector", properties=True)
    assert built.swagger == to_data(document)
    assert built.properties == properties
