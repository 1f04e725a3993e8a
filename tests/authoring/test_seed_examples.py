"""Every example of Microsoft's extension reference can be written (seeds/004)."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl import build, to_data
from tests.authoring.seed_examples import Seeds


@pytest.fixture(scope="module")
def doc() -> dict[str, Any]:
    data: dict[str, Any] = to_data(build(Seeds))
    return data


def op(doc: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    found: dict[str, Any] = doc["paths"][path][method]
    return found


def param(doc: dict[str, Any], path: str, name: str, method: str = "get") -> dict[str, Any]:
    return next(p for p in op(doc, path, method)["parameters"] if p["name"] == name)


def test_summary_description_x_ms_summary_and_visibility(doc: dict[str, Any]) -> None:
    send = op(doc, "/mail", "post")
    assert send["summary"] == "Send an email"
    assert send["operationId"] == "Send_an_email"
    assert send["description"] == "Specify the subject of the mail"
    subject = param(doc, "/mail", "Subject", "post")
    assert subject["x-ms-summary"] == "Subject"
    assert subject["description"] == "Specify the subject of the mail"
    assert subject["x-ms-visibility"] == "important"


def test_api_annotation(doc: dict[str, Any]) -> None:
    assert op(doc, "/folders")["x-ms-api-annotation"] == {
        "family": "ListFolder",
        "revision": 1,
        "replacement": {"api": "SftpWithSsh", "operationId": "ListFolder"},
    }


def test_operation_context_simulate(doc: dict[str, Any]) -> None:
    assert op(doc, "/items/new")["x-ms-operation-context"] == {
        "simulate": {"operationId": "GetItems_V2", "parameters": {"$top": 1}}
    }


def test_capabilities_on_connector_and_operation(doc: dict[str, Any]) -> None:
    assert doc["x-ms-capabilities"] == {"testConnection": {"operationId": "GetCurrentUser"}}
    assert op(doc, "/mail", "post")["x-ms-capabilities"] == {"chunkTransfer": True}


def test_trigger_batch_and_hint(doc: dict[str, Any]) -> None:
    items = op(doc, "/items")
    assert items["x-ms-trigger"] == "batch"
    assert items["x-ms-trigger-hint"] == "To see it work, add a task in Outlook."
    assert items["responses"]["200"]["schema"] == {
        "type": "array",
        "items": {"$ref": "#/definitions/Item"},
    }


def test_notification_content_and_url(doc: dict[str, Any]) -> None:
    hooks = doc["paths"]["/hooks"]
    assert hooks["x-ms-notification-content"]["schema"] == {"$ref": "#/definitions/WebhookPayload"}
    body = hooks["post"]["parameters"][0]["schema"]
    assert body["properties"]["url"]["x-ms-notification-url"] is True
    assert hooks["post"]["x-ms-trigger"] == "single"


def test_url_encoding(doc: dict[str, Any]) -> None:
    assert param(doc, "/hooks/{id}", "id", "delete")["x-ms-url-encoding"] == "double"
    assert "x-ms-url-encoding" not in param(doc, "/ambiguous/{id}", "id", "post")


def test_dynamic_values_with_static_and_dynamic_parameters(doc: dict[str, Any]) -> None:
    choice = param(doc, "/uses", "choice")
    assert choice["x-ms-dynamic-values"] == {
        "operationId": "PopulateDropdown",
        "parameters": {
            "staticParameter": "<value>",
            "dynamicParameter": {"parameter": "source"},
        },
        "value-collection": "value",
        "value-path": "name",
        "value-title": "properties/displayName",
    }


def test_dynamic_list_for_ambiguous_references(doc: dict[str, Any]) -> None:
    body = param(doc, "/ambiguous/{id}", "requestBody", "post")
    assert body["description"] == "query text."
    model = body["schema"]["properties"]["model"]
    assert model["x-ms-dynamic-values"]["parameters"] == {"requestId": {"parameter": "id"}}
    assert model["x-ms-dynamic-list"] == {
        "operationId": "GetSupportedModels",
        "parameters": {"requestId": {"parameterReference": "requestBody/id"}},
        "itemsPath": "cardTypes",
        "itemValuePath": "name",
        "itemTitlePath": "properties/displayName",
    }


def test_dynamic_schema_on_a_body(doc: dict[str, Any]) -> None:
    body = param(doc, "/lists/items", "dynamicListSchema", "post")
    assert body["description"] == "Dynamic schema for items in the selected list"
    assert body["schema"]["x-ms-dynamic-schema"] == {
        "operationId": "GetListSchema",
        "parameters": {"listID": {"parameter": "listID-dynamic"}},
        "value-path": "items",
    }


def test_dynamic_schema_and_properties_on_a_response(doc: dict[str, Any]) -> None:
    schema = op(doc, "/schema-test", "post")["responses"]["200"]["schema"]
    assert schema["x-ms-dynamic-schema"] == {
        "operationId": "GetDynamicSchema",
        "parameters": {"version": "2.0", "query": {"parameter": "query"}},
        "value-path": "schema/valuePath",
    }
    assert schema["x-ms-dynamic-properties"] == {
        "operationId": "GetDynamicSchema",
        "parameters": {
            "version": {"value": "2.0"},
            "query": {"parameterReference": "query/query"},
        },
        "itemValuePath": "schema/valuePath",
    }
