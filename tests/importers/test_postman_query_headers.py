"""Query items and headers become typed parameters; media headers and credentials do not."""

from __future__ import annotations

from .postman_kit import collection, convert, only_operation, parameter, request


def test_query_values_type_the_parameters() -> None:
    url = "{{baseUrl}}/items?limit=50&ratio=0.5&active=true&name=bob&code=007&id={{id}}"
    op = only_operation(convert(collection(request("List", url=url)))[0])
    types = {p["name"]: p["type"] for p in op["parameters"]}
    assert types == {
        "limit": "integer",
        "ratio": "number",
        "active": "boolean",
        "name": "string",
        "code": "string",
        "id": "string",
    }
    assert all(p["in"] == "query" and p["required"] is True for p in op["parameters"])


def test_disabled_query_items_are_optional() -> None:
    url = {
        "raw": "{{baseUrl}}/items?limit=10",
        "query": [
            {"key": "limit", "value": "10"},
            {"key": "offset", "value": "0", "disabled": True, "description": "Skip this many"},
        ],
    }
    op = only_operation(convert(collection(request("List", url=url)))[0])
    assert parameter(op, "limit")["required"] is True
    assert parameter(op, "offset") == {
        "name": "offset",
        "in": "query",
        "description": "Skip this many",
        "required": False,
        "type": "integer",
    }


def test_headers_become_parameters_except_auth_and_media() -> None:
    headers = [
        {"key": "Authorization", "value": "Bearer {{token}}"},
        {"key": "Content-Type", "value": "application/json; charset=utf-8"},
        {"key": "Accept", "value": "application/xml"},
        {"key": "x-user-id", "value": "{{userId}}"},
        {"key": "x-retries", "value": "3", "disabled": True},
    ]
    op = only_operation(convert(collection(request("List", header=headers)))[0])
    assert [(p["name"], p["in"], p["required"]) for p in op["parameters"]] == [
        ("x-user-id", "header", True),
        ("x-retries", "header", False),
    ]
    assert parameter(op, "x-retries")["type"] == "integer"
    assert op["produces"] == ["application/xml"]
    assert "consumes" not in op


def test_content_type_becomes_consumes_when_there_is_a_body() -> None:
    headers = [{"key": "Content-Type", "value": "application/vnd.api+json"}]
    body = {"mode": "raw", "raw": '{"a": 1}'}
    op = only_operation(convert(collection(request("Add", "POST", header=headers, body=body)))[0])
    assert op["consumes"] == ["application/vnd.api+json"]


def test_v20_header_string() -> None:
    header = "Content-Type: application/json\nx-tenant: contoso\n"
    body = {"mode": "raw", "raw": "{}"}
    op = only_operation(convert(collection(request("Add", "POST", header=header, body=body)))[0])
    assert parameter(op, "x-tenant")["in"] == "header"
    assert op["consumes"] == ["application/json"]


def test_repeated_query_key_is_kept_once_with_a_warning() -> None:
    document, conversion = convert(collection(request("List", url="{{baseUrl}}/i?id=1&id=2")))
    op = only_operation(document)
    assert [p["name"] for p in op["parameters"]] == ["id"]
    assert [w.code for w in conversion.warnings] == ["postman-duplicate-parameter"]
