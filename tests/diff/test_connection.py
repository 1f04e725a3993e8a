"""The connection is what apiProperties defines when both versions have it."""

from __future__ import annotations

from typing import Any

from connector_dsl.diff import compare

SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Items", "version": "1.0"},
    "host": "api.example.com",
    "paths": {},
}
OAUTH = {
    "securityDefinitions": {
        "oauth2_auth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://login.example.com/authorize",
            "tokenUrl": "https://login.example.com/token",
            "scopes": {},
        }
    }
}


def properties(provider: str, scopes: list[str]) -> dict[str, Any]:
    settings = {"identityProvider": provider, "clientId": "id", "scopes": scopes}
    token = {"type": "oauthSetting", "oAuthSettings": settings}
    return {"properties": {"connectionParameters": {"token": token}}}


def test_security_definitions_dropped_but_connection_kept() -> None:
    changes = compare(
        {**SWAGGER, **OAUTH},
        SWAGGER,
        old_properties=properties("aad", ["Items.Read"]),
        new_properties=properties("aad", ["Items.Read"]),
    )
    assert changes == []


def test_identity_provider_change_is_placed_in_api_properties() -> None:
    [change] = compare(
        SWAGGER,
        SWAGGER,
        old_properties=properties("aad", []),
        new_properties=properties("oauth2generic", []),
    )
    assert change.rule == "security-type-changed"
    assert change.new is not None
    assert change.new.pointer == "/properties/connectionParameters"
    assert change.message.startswith("sign-in oauth2 (aad) -> oauth2 (oauth2generic).")


def test_scopes_from_api_properties() -> None:
    [change] = compare(
        SWAGGER,
        SWAGGER,
        old_properties=properties("aad", ["Items.Read"]),
        new_properties=properties("aad", ["Items.Read", "Items.Write"]),
    )
    assert (change.rule, change.severity) == ("security-scopes-added", "breaking")
    assert change.new is not None
    assert change.new.pointer == "/properties/connectionParameters"
