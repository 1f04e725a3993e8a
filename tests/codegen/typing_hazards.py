"""A swagger document with what makes generated code hard to type (see test_generated_typing).

Names that are builtins, imports, model attributes and keywords (as definitions,
properties, operation ids and parameters); defaults that are no value of their type;
enums with values that make odd member names; models that refer to themselves, also
through a root model; list-valued `type`s; `$ref` parameters; a path parameter the path
does not have; definitions named like the module's own base classes; descriptions that
become docstrings; a webhook, a polling trigger and a dropdown.
"""

from __future__ import annotations

from typing import Any

NAMES = [
    "str",
    "int",
    "float",
    "bool",
    "list",
    "dict",
    "Any",
    "Annotated",
    "ClassVar",
    "Field",
    "BaseModel",
    "model_config",
    "model_fields",
    "schema",
    "json",
    "copy",
    "validate",
    "None",
    "class",
    "from",
    "self",
    "route",
    "definition_name",
    "nonmember",
    "extension",
    "1st",
    "__init__",
    "_private",
    "Item",
    "ItemModel",
    "kind",
    "mode",
    "type",
    "",
    "a b",
    "a-b",
    "Ui",
    "Query",
    "Path",
    "Raw",
    "Exact",
    "Reply",
    "Node",
    "Level",
    "Mode",
    "Model",
    "Inline",
    "ProjectId",
    "id",
    "input",
    "object",
]
"""Property names that collide with something in a generated module."""


def _properties() -> dict[str, Any]:
    return {name: {"type": "string", "x-ms-summary": f"The {name}"} for name in NAMES}


DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Hazards", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "securityDefinitions": {
        "oauth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://example.com/authorize",
            "tokenUrl": "https://example.com/token",
            "scopes": {"read": "Read"},
        }
    },
    "tags": [{"name": "Items", "description": "Things"}],
    "paths": {
        "/items/{id}": {
            "get": {
                "operationId": "Action",
                "summary": "Get an item",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "type": "string"},
                    {"name": "from", "in": "query", "type": "integer", "default": "10"},
                    *(
                        {"name": name, "in": "query", "type": "string", "x-ms-summary": name}
                        for name in ("Query", "Path", "Header", "Ui", "Annotated", "Route")
                    ),
                    {"name": "class", "in": "query", "type": "boolean", "default": "false"},
                    {"name": "str", "in": "query", "type": "number", "default": 1},
                    {
                        "name": "limit",
                        "in": "query",
                        "type": "array",
                        "items": {"type": "integer"},
                        "default": ["a"],
                    },
                    {"name": "order", "in": "query", "type": "string", "enum": ["asc", "desc", 1]},
                    {"name": "ghost", "in": "path", "required": True, "type": "string"},
                    {"$ref": "#/parameters/Shared"},
                    {
                        "name": "Content-Type",
                        "in": "header",
                        "type": "string",
                        "x-nullable": True,
                        "required": True,
                    },
                    {"name": "maybe", "in": "query", "type": ["string", "null"]},
                ],
                "responses": {
                    "200": {"description": "OK", "schema": {"$ref": "#/definitions/str"}},
                    "404": {"description": "Missing", "schema": {"$ref": "#/definitions/Error"}},
                    "default": {"description": "Other", "schema": {"type": "string"}},
                },
            },
            "put": {
                "operationId": "Query",
                "summary": "Replace",
                "consumes": ["multipart/form-data"],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "type": "string"},
                    {"name": "file", "in": "formData", "type": "file", "required": True},
                    {"name": "note", "in": "formData", "type": "string", "default": 3},
                ],
                "responses": {
                    "201": {"description": "Made", "schema": {"$ref": "#/definitions/Tree"}}
                },
            },
        },
        "/nodes": {
            "post": {
                "operationId": "Route",
                "summary": "Add nodes",
                "parameters": [
                    {
                        "name": "body",
                        "in": "body",
                        "required": True,
                        "schema": {"$ref": "#/definitions/Node"},
                    },
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "schema": {"type": "array", "items": {"$ref": "#/definitions/Mode"}},
                    }
                },
            },
            "get": {
                "operationId": "ListNodes",
                "summary": "List nodes",
                "x-ms-trigger": "batch",
                "parameters": [
                    {
                        "name": "kind",
                        "in": "query",
                        "type": "string",
                        "x-ms-dynamic-values": {
                            "operationId": "ListKinds",
                            "value-path": "id",
                            "parameters": {"group": {"parameter": "scope"}},
                        },
                    },
                    {"name": "scope", "in": "query", "type": "string"},
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "schema": {
                            "type": "object",
                            "properties": {
                                "value": {"type": "array", "items": {"$ref": "#/definitions/Node"}}
                            },
                        },
                    }
                },
            },
        },
        "/kinds": {
            "get": {
                "operationId": "ListKinds",
                "summary": "Kinds",
                "x-ms-visibility": "internal",
                "parameters": [{"name": "group", "in": "query", "type": "string"}],
                "responses": {
                    "200": {
                        "description": "OK",
                        "schema": {
                            "type": "array",
                            "items": {"type": "object", "properties": {"id": {"type": "string"}}},
                        },
                    }
                },
            }
        },
        "/hooks": {
            "x-ms-notification-content": {
                "description": "A node",
                "schema": {"$ref": "#/definitions/Node"},
            },
            "post": {
                "operationId": "OnNode",
                "summary": "When a node is added",
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
                                }
                            },
                            "required": ["url"],
                        },
                    },
                ],
                "responses": {"201": {"description": "Created"}},
            },
        },
        "/int": {
            "get": {
                "operationId": "str",
                "summary": "Int enum",
                "tags": ["Items"],
                "x-ms-custom": {"a": 1},
                "responses": {
                    "200": {"description": "OK", "schema": {"$ref": "#/definitions/Level"}}
                },
            }
        },
    },
    "parameters": {
        "Shared": {"name": "shared", "in": "query", "type": "integer", "default": 1.5},
    },
    "definitions": {
        "str": {"type": "object", "properties": _properties()},
        "Any": {
            "type": "object",
            "properties": {
                "any": {"$ref": "#/definitions/Any"},
                "field": {"$ref": "#/definitions/Field"},
            },
        },
        "Field": {"type": "object", "title": "A field", "properties": {"Any": {"type": "string"}}},
        "Error": {
            "type": "object",
            "properties": {"message": {"type": "string"}, "code": {"type": ["integer", "string"]}},
        },
        "Item": {
            "type": "object",
            "properties": {"item": {"$ref": "#/definitions/Item"}, "Item": {"type": "integer"}},
        },
        "Node": {
            "type": "object",
            "required": ["name", "flag"],
            "properties": {
                "name": {"type": "string", "default": 5},
                "flag": {"type": "boolean", "x-nullable": True},
                "quiet": {"type": "boolean", "default": "false"},
                "count": {"type": "integer", "default": 2.5},
                "ratio": {"type": "number", "default": True},
                "tags": {"type": "array", "items": {"type": "string"}, "default": [1, 2]},
                "extra": {"type": "object", "default": []},
                "mode": {"$ref": "#/definitions/Mode", "default": "fast"},
                "level": {"$ref": "#/definitions/Level", "default": 2},
                "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}},
                "tree": {"$ref": "#/definitions/Tree"},
                "parent": {"$ref": "#/definitions/Node"},
                "other": {"$ref": "#/definitions/Other"},
                "inline": {
                    "type": "object",
                    "properties": {
                        "node": {"$ref": "#/definitions/Node"},
                        "str": {"type": "integer", "default": "x"},
                    },
                },
                "null": {"type": "string", "default": None},
                "both": {"type": ["string", "null"], "default": 3},
            },
        },
        "Model": {
            "type": "object",
            "properties": {
                "text": {"type": "string", "description": 'A "quoted" one-liner'},
                "inline": {"$ref": "#/definitions/Inline"},
            },
        },
        "Inline": {
            "type": "object",
            "description": "Named like the module's base class of models written in place.",
            "properties": {
                "doc": {"type": "string", "description": "Ends in a backslash \\"},
                "triple": {"type": "integer", "description": 'Has """ inside'},
                "model": {"$ref": "#/definitions/InlineModel"},
            },
        },
        "InlineModel": {
            "type": "object",
            "properties": {"a": {"type": "string", "description": "Plain."}},
        },
        "Other": {"type": "object", "properties": {"node": {"$ref": "#/definitions/Node"}}},
        "Tree": {"type": "array", "items": {"$ref": "#/definitions/Node"}},
        "Mode": {
            "type": "string",
            "enum": [
                "fast",
                "slow",
                "name",
                "value",
                "mro",
                "",
                "1",
                "a b",
                "a-b",
                "_missing_",
                "FAST",
            ],
        },
        "Level": {"type": "integer", "enum": [1, 2, -3, 0]},
    },
}
