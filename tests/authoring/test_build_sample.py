"""The sample connector builds into the expected swagger fragments."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl import build, to_data
from tests.authoring.sample import Tasks


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    data: dict[str, Any] = to_data(build(Tasks))
    return data


def parameters(doc: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    return {p["name"]: p for p in doc["paths"][path][method]["parameters"]}


def test_top_level_keys_are_in_canonical_order(doc: dict[str, Any]) -> None:
    assert list(doc) == [
        "swagger",
        "info",
        "host",
        "basePath",
        "schemes",
        "consumes",
        "produces",
        "paths",
        "definitions",
        "securityDefinitions",
        "security",
        "x-ms-capabilities",
        "x-ms-connector-metadata",
    ]


def test_docstring_is_the_operation_description(doc: dict[str, Any]) -> None:
    operation = doc["paths"]["/teams/{team_id}/tasks"]["post"]
    assert operation["summary"] == "Create a task"
    assert operation["description"] == "Creates a task in a team."
    assert operation["operationId"] == "CreateTask"


def test_path_parameter(doc: dict[str, Any]) -> None:
    team = parameters(doc, "/teams/{team_id}/tasks", "post")["team_id"]
    assert team["in"] == "path"
    assert team["required"] is True
    assert team["x-ms-url-encoding"] == "double"
    assert team["x-ms-summary"] == "Team"


def test_query_and_header_parameters(doc: dict[str, Any]) -> None:
    params = parameters(doc, "/teams/{team_id}/tasks", "post")
    assert params["notify"] == {
        "name": "notify",
        "in": "query",
        "required": False,
        "type": "boolean",
        "default": False,
        "x-ms-summary": "Notify",
        "x-ms-visibility": "advanced",
    }
    assert params["Api-Version"]["in"] == "header"
    assert params["Api-Version"]["default"] == "2"
    assert params["Api-Version"]["x-ms-visibility"] == "internal"


def test_body_is_a_definition(doc: dict[str, Any]) -> None:
    body = parameters(doc, "/teams/{team_id}/tasks", "post")["task"]
    assert body["schema"] == {"$ref": "#/definitions/Task"}
    task = doc["definitions"]["Task"]
    assert task["required"] == ["title"]
    assert task["properties"]["priority"]["x-ms-enum-values"] == [
        {"value": "low", "displayName": "Low"},
        {"value": "high", "displayName": "High"},
    ]
    assert task["properties"]["due"] == {
        "type": "string",
        "format": "date",
        "x-ms-summary": "Due",
    }
    assert "title" not in task


def test_dynamic_values_emit_both_forms(doc: dict[str, Any]) -> None:
    team = parameters(doc, "/teams/{team_id}/tasks", "post")["team_id"]
    assert team["x-ms-dynamic-values"] == {
        "operationId": "ListTeams",
        "parameters": {},
        "value-collection": "value",
        "value-path": "id",
        "value-title": "name",
    }
    assert team["x-ms-dynamic-list"] == {
        "operationId": "ListTeams",
        "parameters": {},
        "itemsPath": "value",
        "itemValuePath": "id",
        "itemTitlePath": "name",
    }


def test_webhook_trigger(doc: dict[str, Any]) -> None:
    item = doc["paths"]["/hooks"]
    operation = item["post"]
    assert operation["x-ms-trigger"] == "single"
    assert item["x-ms-notification-content"] == {
        "description": "A task changed.",
        "schema": {"$ref": "#/definitions/TaskEvent"},
    }
    body = operation["parameters"][0]["schema"]
    assert body["properties"]["url"]["x-ms-notification-url"] is True
    assert body["properties"]["scope"]["properties"]["team"]["x-ms-dynamic-list"]["parameters"] == {
        "top": {"value": 5}
    }
    assert list(operation["responses"]) == ["201"]
    assert "Location" in operation["responses"]["201"]["headers"]


def test_connector_metadata_and_capabilities(doc: dict[str, Any]) -> None:
    assert doc["x-ms-capabilities"] == {"testConnection": {"operationId": "ListTeams"}}
    assert doc["x-ms-connector-metadata"] == [
        {"propertyName": "Website", "propertyValue": "https://tasks.example.com"},
        {"propertyName": "Privacy policy", "propertyValue": "https://tasks.example.com/privacy"},
        {"propertyName": "Categories", "propertyValue": "Productivity"},
    ]


def test_oauth2_security(doc: dict[str, Any]) -> None:
    assert doc["securityDefinitions"] == {
        "oauth2-auth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://login.example.com/authorize",
            "tokenUrl": "https://login.example.com/token",
            "scopes": {"tasks": "Tasks"},
        }
    }
    assert doc["security"] == [{"oauth2-auth": ["tasks"]}]
