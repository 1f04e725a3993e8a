"""A small connector written as swagger + apiProperties.json, covering what the harness does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

WIDGET = {
    "type": "object",
    "required": ["id", "count"],
    "properties": {
        "id": {"type": "string"},
        "count": {"type": "integer"},
        "price": {"type": "number"},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "note": {"type": "string", "x-nullable": True},
        "owner": {"type": "object", "properties": {"name": {"type": "string"}}},
        "created": {"type": "string"},
    },
}


def _op(op_id: str, params: list[Any] | None = None, schema: Any = None, **more: Any) -> Any:
    ok = {"description": "OK"}
    if schema is not None:
        ok["schema"] = schema
    return {"operationId": op_id, "parameters": params or [], "responses": {"200": ok}, **more}


def swagger(security: str = "none") -> dict[str, Any]:
    schemes = {
        "apiKey": {"type": "apiKey", "name": "X-Api-Key", "in": "header"},
        "query": {"type": "apiKey", "name": "key", "in": "query"},
        "basic": {"type": "basic"},
        "oauth2": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://login.example.com/a",
            "tokenUrl": "https://login.example.com/t",
            "scopes": {},
        },
    }
    key = "oauth2" if security == "oauth2" else security
    return {
        "swagger": "2.0",
        "info": {"title": "Widgets", "version": "1.0"},
        "host": "widgets.example.com",
        "basePath": "/api",
        "schemes": ["https"],
        "paths": {
            "/widgets/{id}": {
                "get": {
                    **_op(
                        "GetWidget",
                        [
                            {"name": "id", "in": "path", "required": True, "type": "string"},
                            {
                                "name": "tags",
                                "in": "query",
                                "type": "array",
                                "items": {"type": "string"},
                            },
                            {
                                "name": "multi",
                                "in": "query",
                                "type": "array",
                                "collectionFormat": "multi",
                                "items": {"type": "integer"},
                            },
                            {"name": "flag", "in": "query", "type": "boolean"},
                            {
                                "name": "X-Mode",
                                "in": "header",
                                "required": True,
                                "type": "string",
                                "default": "fast",
                                "x-ms-visibility": "internal",
                            },
                        ],
                        {"$ref": "#/definitions/Widget"},
                    ),
                    "responses": {
                        "200": {"description": "OK", "schema": {"$ref": "#/definitions/Widget"}},
                        "404": {"description": "Not found"},
                    },
                }
            },
            "/files/{path}": {
                "get": _op(
                    "GetFile",
                    [
                        {
                            "name": "path",
                            "in": "path",
                            "required": True,
                            "type": "string",
                            "x-ms-url-encoding": "double",
                        },
                    ],
                )
            },
            "/widgets": {
                "get": _op(
                    "ListWidgets",
                    [{"name": "kind", "in": "query", "type": "string"}],
                    {
                        "type": "object",
                        "properties": {
                            "value": {"type": "array", "items": {"$ref": "#/definitions/Widget"}},
                            "@odata.nextLink": {"type": "string"},
                        },
                    },
                ),
                "post": _op(
                    "CreateWidget",
                    [
                        {
                            "name": "body",
                            "in": "body",
                            "required": True,
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "details": {
                                        "type": "object",
                                        "properties": {
                                            "color": {"type": "string"},
                                            "size": {"type": "integer", "default": 3},
                                        },
                                    },
                                    "widget": {
                                        "type": "string",
                                        "x-ms-dynamic-list": {
                                            "operationId": "ListWidgets",
                                            "parameters": {
                                                "kind": {"parameterReference": "body/details/color"}
                                            },
                                            "itemsPath": "value",
                                            "itemValuePath": "id",
                                            "itemTitlePath": "owner/name",
                                        },
                                    },
                                },
                            },
                        }
                    ],
                ),
            },
            "/old/{id}": {
                "get": _op(
                    "OldRoute", [{"name": "id", "in": "path", "required": True, "type": "string"}]
                )
            },
            "/upload": {
                "post": _op(
                    "Upload",
                    [
                        {"name": "title", "in": "formData", "type": "string", "required": True},
                        {"name": "size", "in": "formData", "type": "integer"},
                    ],
                )
            },
            "/pick": {
                "get": _op(
                    "PickWidget",
                    [
                        {"name": "kind", "in": "query", "type": "string"},
                        {
                            "name": "widget",
                            "in": "query",
                            "type": "string",
                            "x-ms-dynamic-values": {
                                "operationId": "ListWidgets",
                                "parameters": {"kind": {"parameter": "kind"}},
                                "value-collection": "value",
                                "value-path": "id",
                                "value-title": "owner/name",
                            },
                        },
                    ],
                )
            },
            "/schema/{kind}": {
                "get": _op(
                    "GetSchema",
                    [{"name": "kind", "in": "path", "required": True, "type": "string"}],
                    {"type": "object"},
                )
            },
            "/dyn": {
                "post": _op(
                    "WithDynamic",
                    [
                        {"name": "kind", "in": "query", "type": "string"},
                        {
                            "name": "data",
                            "in": "body",
                            "schema": {
                                "type": "object",
                                "x-ms-dynamic-schema": {
                                    "operationId": "GetSchema",
                                    "parameters": {"kind": {"parameter": "kind"}},
                                    "value-path": "schema",
                                },
                            },
                        },
                    ],
                )
            },
            "/hooks": {
                "post": {
                    "operationId": "Subscribe",
                    "x-ms-trigger": "single",
                    "parameters": [
                        {
                            "name": "body",
                            "in": "body",
                            "required": True,
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "url": {
                                        "type": "string",
                                        "x-ms-notification-url": True,
                                        "x-ms-visibility": "internal",
                                    },
                                    "event": {"type": "string"},
                                },
                            },
                        }
                    ],
                    "responses": {
                        "201": {
                            "description": "Created",
                            "schema": {"type": "object", "properties": {"id": {"type": "string"}}},
                        }
                    },
                },
                "x-ms-notification-content": {"schema": {"$ref": "#/definitions/Event"}},
            },
            "/hooks/{hookId}": {
                "delete": {
                    "operationId": "Unsubscribe",
                    "parameters": [
                        {"name": "hookId", "in": "path", "required": True, "type": "string"}
                    ],
                    "responses": {"204": {"description": "Deleted"}},
                }
            },
            "/items": {
                "get": {
                    **_op(
                        "PollItems",
                        [{"name": "since", "in": "query", "type": "string"}],
                        {
                            "type": "object",
                            "properties": {
                                "value": {
                                    "type": "array",
                                    "items": {"$ref": "#/definitions/Widget"},
                                }
                            },
                        },
                    ),
                    "x-ms-trigger": "batch",
                }
            },
        },
        "definitions": {
            "Widget": WIDGET,
            "Event": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}, "value": {"type": "integer"}},
            },
        },
        **(
            {"securityDefinitions": {key: schemes[security]}, "security": [{key: []}]}
            if security in schemes
            else {}
        ),
    }


def policy(template: str, params: dict[str, Any], ops: list[str] | None = None) -> dict[str, Any]:
    found = {
        f"x-ms-apimTemplateParameter.{k}" if not k.startswith("x-ms-") else k: v
        for k, v in params.items()
    }
    if ops is not None:
        found["x-ms-apimTemplate-operationName"] = ops
    return {"templateId": template, "title": template, "parameters": found}


def write(
    tmp_path: Path,
    *,
    security: str = "none",
    policies: list[dict[str, Any]] | None = None,
    script_operations: list[str] | None = None,
) -> Path:
    folder = tmp_path / "widgets"
    folder.mkdir(exist_ok=True)
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(swagger(security)))
    properties: dict[str, Any] = {"iconBrandColor": "#da3b01", "connectionParameters": {}}
    if policies:
        properties["policyTemplateInstances"] = policies
    if script_operations is not None:
        properties["scriptOperations"] = script_operations
    (folder / "apiProperties.json").write_text(json.dumps({"properties": properties}))
    return folder
