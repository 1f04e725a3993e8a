"""Postman auth becomes securityDefinitions and security."""

from __future__ import annotations

from typing import Any

from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

from .postman_kit import codes, collection, convert, only_operation, operations, request

OAUTH2 = {
    "type": "oauth2",
    "oauth2": [
        {"key": "authUrl", "value": "{{baseUrl}}/oauth/authorize"},
        {"key": "accessTokenUrl", "value": "https://login.contoso.com/token"},
        {"key": "scope", "value": "data:read data:write"},
        {"key": "grant_type", "value": "authorization_code"},
    ],
}


def test_collection_oauth2_reads_urls_and_scopes() -> None:
    document, conversion = convert(collection(request("List"), auth=OAUTH2))
    assert document["securityDefinitions"] == {
        "oauth2_auth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://api.contoso.com/v1/oauth/authorize",
            "tokenUrl": "https://login.contoso.com/token",
            "scopes": {"data:read": "data:read", "data:write": "data:write"},
        }
    }
    assert document["security"] == [{"oauth2_auth": []}]
    assert "security" not in only_operation(document)
    assert codes(conversion) == []
    assert official_schema_errors(document) == []


def test_v20_oauth2_settings_object_and_client_credentials() -> None:
    auth = {
        "type": "oauth2",
        "oauth2": {"accessTokenUrl": "https://a.io/t", "grant_type": "client_credentials"},
    }
    document, _ = convert(collection(request("List"), auth=auth))
    scheme = document["securityDefinitions"]["oauth2_auth"]
    assert scheme == {
        "type": "oauth2",
        "flow": "application",
        "scopes": {},
        "tokenUrl": "https://a.io/t",
    }


def test_apikey_in_header_hides_that_header() -> None:
    auth = {
        "type": "apikey",
        "apikey": [{"key": "key", "value": "X-Key"}, {"key": "value", "value": "s"}],
    }
    headers = [{"key": "X-Key", "value": "{{key}}"}, {"key": "X-Other", "value": "1"}]
    document, _ = convert(collection(request("List", header=headers), auth=auth))
    assert document["securityDefinitions"] == {
        "api_key": {"type": "apiKey", "name": "X-Key", "in": "header"}
    }
    assert [p["name"] for p in only_operation(document)["parameters"]] == ["X-Other"]


def test_apikey_in_query() -> None:
    auth = {
        "type": "apikey",
        "apikey": [{"key": "key", "value": "code"}, {"key": "in", "value": "query"}],
    }
    document, _ = convert(collection(request("List"), auth=auth))
    assert document["securityDefinitions"]["api_key"] == {
        "type": "apiKey",
        "name": "code",
        "in": "query",
    }


def test_basic() -> None:
    document, _ = convert(collection(request("List"), auth={"type": "basic", "basic": []}))
    assert document["securityDefinitions"] == {"basic_auth": {"type": "basic"}}


def test_bearer_is_an_authorization_api_key_with_a_warning() -> None:
    auth = {"type": "bearer", "bearer": [{"key": "token", "value": "{{token}}"}]}
    document, conversion = convert(collection(request("List"), auth=auth))
    assert document["securityDefinitions"] == {
        "api_key": {"type": "apiKey", "name": "Authorization", "in": "header"}
    }
    assert codes(conversion) == ["postman-auth-bearer"]
    assert conversion.warnings[0].place.pointer == "/auth"


def test_request_level_auth_and_noauth() -> None:
    basic: dict[str, Any] = {"type": "basic"}
    data = collection(
        request("Inherits", url="{{baseUrl}}/a", auth={"type": "inherit"}),
        request("Basic", url="{{baseUrl}}/b", auth=basic),
        request("Open", url="{{baseUrl}}/c", auth={"type": "noauth"}),
        auth=OAUTH2,
    )
    document, _ = convert(data)
    security = {path: op.get("security") for path, _, op in operations(document)}
    assert security == {"/a": None, "/b": [{"basic_auth": []}], "/c": []}
    assert set(document["securityDefinitions"]) == {"oauth2_auth", "basic_auth"}
    assert spec_validator_errors(document) == []


def test_folder_auth_is_inherited() -> None:
    data = collection({"name": "F", "item": [request("In")], "auth": {"type": "basic"}})
    document, _ = convert(data)
    assert only_operation(document)["security"] == [{"basic_auth": []}]
    assert "security" not in document


def test_unsupported_auth_is_left_out_with_a_warning() -> None:
    document, conversion = convert(collection(request("List"), auth={"type": "hawk"}))
    assert "securityDefinitions" not in document
    assert codes(conversion) == ["postman-auth-unsupported"]


def test_oauth2_without_urls_gets_placeholders_with_warnings() -> None:
    document, conversion = convert(collection(request("List"), auth={"type": "oauth2"}))
    scheme = document["securityDefinitions"]["oauth2_auth"]
    assert scheme["authorizationUrl"] == "https://api.contoso.com/v1/oauth2/authorize"
    assert scheme["tokenUrl"] == "https://api.contoso.com/v1/oauth2/token"
    assert codes(conversion) == ["postman-auth-unsupported"] * 2
    assert official_schema_errors(document) == []
