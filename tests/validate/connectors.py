"""A small connector that passes every rule, and helpers to break it one way at a time."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from connector_dsl.validate import Finding, Profile, validate

Mutation = Callable[[dict[str, Any]], object]

GOOD: dict[str, Any] = {
    "swagger": "2.0",
    "info": {
        "title": "Contoso Tasks",
        "description": "Create, list and follow tasks in Contoso's task tracking service.",
        "version": "1.0",
        "contact": {"name": "Contoso", "url": "https://contoso.com", "email": "dev@contoso.com"},
    },
    "host": "api.contoso.com",
    "basePath": "/v1",
    "schemes": ["https"],
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "paths": {
        "/projects": {
            "get": {
                "operationId": "ListProjects",
                "summary": "List projects",
                "description": "Lists the projects the user can see.",
                "x-ms-visibility": "internal",
                "responses": {
                    "200": {"description": "OK", "schema": {"$ref": "#/definitions/ProjectPage"}}
                },
            }
        },
        "/projects/{projectId}/tasks": {
            "post": {
                "operationId": "CreateTask",
                "summary": "Create a task",
                "description": "Creates a task in a project.",
                "parameters": [
                    {
                        "name": "projectId",
                        "in": "path",
                        "required": True,
                        "type": "string",
                        "x-ms-url-encoding": "single",
                        "x-ms-summary": "Project",
                        "description": "The project of the task.",
                        "x-ms-dynamic-values": {
                            "operationId": "ListProjects",
                            "value-collection": "results",
                            "value-path": "id",
                            "value-title": "name",
                        },
                    },
                    {
                        "name": "body",
                        "in": "body",
                        "required": True,
                        "x-ms-summary": "Task",
                        "description": "The task to create.",
                        "schema": {"$ref": "#/definitions/Task"},
                    },
                ],
                "responses": {
                    "201": {"description": "Created", "schema": {"$ref": "#/definitions/Task"}}
                },
            }
        },
        "/hooks": {
            "x-ms-notification-content": {
                "description": "A task",
                "schema": {"$ref": "#/definitions/Task"},
            },
            "post": {
                "operationId": "WhenTaskCreated",
                "summary": "When a task is created",
                "description": "Triggers when a task is created.",
                "x-ms-trigger": "single",
                "parameters": [
                    {
                        "name": "body",
                        "in": "body",
                        "required": True,
                        "x-ms-summary": "Subscription",
                        "description": "The subscription.",
                        "schema": {
                            "type": "object",
                            "required": ["url"],
                            "properties": {
                                "url": {
                                    "type": "string",
                                    "x-ms-notification-url": True,
                                    "x-ms-visibility": "internal",
                                }
                            },
                        },
                    }
                ],
                "responses": {"201": {"description": "Created"}},
            },
        },
        "/hooks/{hookId}": {
            "delete": {
                "operationId": "DeleteHook",
                "summary": "Delete a hook",
                "description": "Removes a webhook subscription.",
                "x-ms-visibility": "internal",
                "parameters": [
                    {
                        "name": "hookId",
                        "in": "path",
                        "required": True,
                        "type": "string",
                        "x-ms-url-encoding": "single",
                        "x-ms-summary": "Hook",
                        "description": "The hook to remove.",
                    }
                ],
                "responses": {"204": {"description": "Removed"}},
            }
        },
    },
    "definitions": {
        "Project": {
            "type": "object",
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
        },
        "ProjectPage": {
            "type": "object",
            "properties": {
                "results": {"type": "array", "items": {"$ref": "#/definitions/Project"}}
            },
        },
        "Task": {
            "type": "object",
            "required": ["title"],
            "properties": {
                "title": {"type": "string", "x-ms-summary": "Title"},
                "done": {"type": "boolean", "default": False},
            },
        },
    },
    "securityDefinitions": {"api_key": {"type": "apiKey", "name": "X-Key", "in": "header"}},
    "security": [{"api_key": []}],
    "x-ms-connector-metadata": [
        {"propertyName": "Website", "propertyValue": "https://contoso.com"},
        {"propertyName": "Privacy policy", "propertyValue": "https://contoso.com/privacy"},
        {"propertyName": "Categories", "propertyValue": "Productivity;Collaboration"},
    ],
}

GOOD_PROPERTIES: dict[str, Any] = {
    "properties": {
        "iconBrandColor": "#da3b01",
        "capabilities": ["actions"],
        "publisher": "Contoso",
        "stackOwner": "Contoso",
        "connectionParameters": {
            "api_key": {
                "type": "securestring",
                "uiDefinition": {
                    "displayName": "API key",
                    "description": "Your key",
                    "constraints": {"required": "true"},
                },
            }
        },
        "policyTemplateInstances": [
            {
                "templateId": "setheader",
                "title": "Version",
                "parameters": {
                    "x-ms-apimTemplateParameter.name": "X-Version",
                    "x-ms-apimTemplateParameter.value": "2",
                    "x-ms-apimTemplate-policySection": "Request",
                    "x-ms-apimTemplate-operationName": ["CreateTask"],
                },
            }
        ],
    }
}

CREATE = "/paths/~1projects~1{projectId}~1tasks/post"
PROJECT_PARAM = CREATE + "/parameters/0"
HOOK = "/paths/~1hooks/post"


def good() -> dict[str, Any]:
    """A fresh copy of the clean connector."""
    return copy.deepcopy(GOOD)


def run(
    mutate: Mutation | None = None,
    *,
    profile: Profile = "certification",
    properties: Mutation | None = None,
    disabled: tuple[str, ...] = (),
) -> list[Finding]:
    """Findings on the clean connector after `mutate` (and `properties`) changed it."""
    document = good()
    if mutate is not None:
        mutate(document)
    api_properties = copy.deepcopy(GOOD_PROPERTIES)
    if properties is not None:
        properties(api_properties)
    return validate(document, api_properties=api_properties, profile=profile, disabled=disabled)


def found(findings: list[Finding]) -> set[tuple[str, str]]:
    """(rule, pointer) pairs."""
    return {(f.rule, f.pointer) for f in findings}


def op(document: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    """An operation of the document."""
    result: dict[str, Any] = document["paths"][path][method]
    return result
