"""`securitySchemes` to `securityDefinitions`; OAuth refresh URLs to apiProperties."""

from __future__ import annotations

from typing import Any

from .openapi3_docs import convert, operation, spec, warning

SCOPES = {"data:read": "Read", "data:write": "Write"}


def _convert(schemes: dict[str, Any], **top: Any) -> tuple[dict[str, Any], Any]:
    document = spec({"/a": {"get": operation()}}, components={"securitySchemes": schemes}, **top)
    return convert(document)


def test_oauth_flows_map_to_swagger_flows() -> None:
    flows = {
        "authorizationCode": {
            "authorizationUrl": "https://id.example.com/authorize",
            "tokenUrl": "https://id.example.com/token",
            "refreshUrl": "https://id.example.com/refresh",
            "scopes": SCOPES,
        },
        "clientCredentials": {"tokenUrl": "/token", "scopes": {"admin": "Admin"}},
    }
    data, conversion = _convert({"oauth": {"type": "oauth2", "flows": flows}})
    assert data["securityDefinitions"] == {
        "oauth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://id.example.com/authorize",
            "tokenUrl": "https://id.example.com/token",
            "scopes": SCOPES,
        },
        "oauth-clientCredentials": {
            "type": "oauth2",
            "flow": "application",
            "tokenUrl": "https://api.example.com/token",
            "scopes": {"admin": "Admin"},
        },
    }
    assert warning(conversion, "openapi3-oauth-flows-split")
    settings = conversion.api_properties["properties"]["connectionParameters"]["token"][
        "oAuthSettings"
    ]
    assert settings["customParameters"]["refreshUrl"] == {"value": "https://id.example.com/refresh"}
    assert settings["scopes"] == ["data:read", "data:write"]


def test_implicit_and_password_flows() -> None:
    schemes = {
        "i": {
            "type": "oauth2",
            "flows": {"implicit": {"authorizationUrl": "https://x.io/a", "scopes": {}}},
        },
        "p": {
            "type": "oauth2",
            "flows": {"password": {"tokenUrl": "https://x.io/t", "scopes": {}}},
        },
    }
    data, _ = _convert(schemes)
    assert data["securityDefinitions"]["i"]["flow"] == "implicit"
    assert data["securityDefinitions"]["p"]["flow"] == "password"


def test_empty_urls_are_filled_from_another_flow_or_a_placeholder() -> None:
    schemes = {
        "user": {
            "type": "oauth2",
            "flows": {"authorizationCode": {"authorizationUrl": "", "tokenUrl": "", "scopes": {}}},
        },
        "app": {
            "type": "oauth2",
            "flows": {
                "clientCredentials": {"tokenUrl": "https://id.example.com/token", "scopes": {}}
            },
        },
    }
    data, conversion = _convert(schemes)
    user = data["securityDefinitions"]["user"]
    assert user["tokenUrl"] == "https://id.example.com/token"
    assert user["authorizationUrl"] == "https://example.invalid/oauth2/authorize"
    filled = warning(conversion, "openapi3-oauth-url-filled")
    assert (
        filled.place.pointer == "/components/securitySchemes/user/flows/authorizationCode/tokenUrl"
    )
    assert "set the real URL" in warning(conversion, "openapi3-oauth-url-missing").message


def test_api_key_basic_and_bearer() -> None:
    schemes = {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "basic": {"type": "http", "scheme": "basic", "description": "Client id and secret"},
        "bearer": {"type": "http", "scheme": "bearer"},
    }
    data, conversion = _convert(schemes)
    assert data["securityDefinitions"] == {
        "key": {"type": "apiKey", "name": "X-Key", "in": "header"},
        "basic": {"type": "basic", "description": "Client id and secret"},
        "bearer": {"type": "apiKey", "name": "Authorization", "in": "header"},
    }
    assert (
        warning(conversion, "openapi3-bearer-as-api-key").place.pointer
        == "/components/securitySchemes/bearer"
    )
    assert conversion.api_properties is None


def test_open_id_connect_and_cookie_keys_are_dropped_from_definitions_and_requirements() -> None:
    schemes = {
        "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://x.io/.well-known"},
        "cookie": {"type": "apiKey", "name": "s", "in": "cookie"},
        "key": {"type": "apiKey", "name": "k", "in": "query"},
    }
    security = [{"oidc": ["openid"]}, {"cookie": [], "key": ["ignored"]}]
    data, conversion = _convert(schemes, security=security)
    assert list(data["securityDefinitions"]) == ["key"]
    assert data["security"] == [{"key": []}]
    assert [w.place.pointer for w in conversion.warnings] == [
        "/components/securitySchemes/oidc",
        "/components/securitySchemes/cookie",
    ]


def test_operation_security_keeps_scopes() -> None:
    schemes = {
        "o": {
            "type": "oauth2",
            "flows": {"implicit": {"authorizationUrl": "https://x.io/a", "scopes": SCOPES}},
        }
    }
    document = spec(
        {"/a": {"get": operation(security=[{"o": ["data:read"]}])}},
        components={"securitySchemes": schemes},
    )
    data, _ = convert(document)
    assert data["paths"]["/a"]["get"]["security"] == [{"o": ["data:read"]}]
