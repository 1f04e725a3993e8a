"""Every way to connect gives the swagger scheme and the matching connection parameters."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError
from connector_dsl.properties import (
    ApiKey,
    AzureAD,
    AzureADCertificate,
    Basic,
    Connection,
    ConnectionField,
    DocuSign,
    Facebook,
    NamedOAuth,
    NoAuth,
    OAuth2,
    OAuth2Generic,
)

TENANT = {
    "type": "string",
    "metadata": {"sourceType": "AzureActiveDirectoryTenant"},
    "uiDefinition": {
        "displayName": "Tenant",
        "description": "The tenant ID of for the Azure Active Directory application",
        "constraints": {"required": "false", "hidden": "true"},
    },
}


def _parameters(connection: Connection) -> dict[str, Any]:
    return {k: to_data(v) for k, v in connection.connection_parameters().items()}


def _schemes(connection: Connection) -> dict[str, Any]:
    return {k: to_data(v) for k, v in connection.security_definitions().items()}


def test_no_auth() -> None:
    assert (_schemes(NoAuth()), _parameters(NoAuth()), NoAuth().requirement()) == ({}, {}, [])


def test_api_key_in_query() -> None:
    key = ApiKey(parameter="key", location="query", display_name="Access key")
    assert _schemes(key) == {"API Key": {"type": "apiKey", "name": "key", "in": "query"}}
    assert _parameters(key) == {
        "api_key": {
            "type": "securestring",
            "uiDefinition": {
                "displayName": "Access key",
                "description": "The Access key for this connection",
                "tooltip": "Provide your Access key",
                "constraints": {"required": "true", "clearText": False, "tabIndex": 2},
            },
        }
    }
    assert key.requirement() == [{"API Key": []}]


def test_basic() -> None:
    params = _parameters(Basic())
    assert _schemes(Basic()) == {"basic_auth": {"type": "basic"}}
    assert list(params) == ["username", "password"]
    assert params["username"]["uiDefinition"]["constraints"] == {
        "required": "true",
        "clearText": True,
        "tabIndex": 2,
    }
    assert params["password"]["type"] == "securestring"
    assert params["password"]["uiDefinition"]["constraints"]["clearText"] is False


def test_oauth2() -> None:
    oauth = OAuth2(
        client_id="[[DummyValue]]",
        authorization_url="https://example.com/authorize",
        token_url="https://example.com/token",
        scopes={"data:read": "Read data"},
        redirect_mode="Global",
    )
    assert _schemes(oauth) == {
        "oauth2-auth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://example.com/authorize",
            "tokenUrl": "https://example.com/token",
            "scopes": {"data:read": "Read data"},
        }
    }
    assert oauth.requirement() == [{"oauth2-auth": ["data:read"]}]
    assert _parameters(oauth) == {
        "token": {
            "type": "oauthSetting",
            "oAuthSettings": {
                "identityProvider": "oauth2",
                "clientId": "[[DummyValue]]",
                "scopes": ["data:read"],
                "redirectMode": "Global",
                "redirectUrl": "https://global.consent.azure-apim.net/redirect",
                "properties": {"IsFirstParty": "False"},
                "customParameters": {
                    "authorizationUrl": {"value": "https://example.com/authorize"},
                    "tokenUrl": {"value": "https://example.com/token"},
                    "refreshUrl": {"value": "https://example.com/token"},
                },
            },
        }
    }


def test_oauth2_generic() -> None:
    oauth = OAuth2Generic(
        client_id="id",
        authorization_url_template="https://{domain}/authorize",
        authorization_url_query_string_template="?client_id={clientId}&state={State}",
        token_url_template="https://{domain}/token",
        token_body_template="code={code}&client_secret={clientSecret}",
        scope_list_delimiter=",",
        scopes=["read", "write"],
    )
    settings = _parameters(oauth)["token"]["oAuthSettings"]
    assert settings["identityProvider"] == "oauth2generic"
    assert settings["redirectMode"] == "GlobalPerConnector"
    assert "redirectUrl" not in settings
    assert settings["customParameters"] == {
        "authorizationUrlTemplate": {"value": "https://{domain}/authorize"},
        "authorizationUrlQueryStringTemplate": {"value": "?client_id={clientId}&state={State}"},
        "tokenUrlTemplate": {"value": "https://{domain}/token"},
        "tokenBodyTemplate": {"value": "code={code}&client_secret={clientSecret}"},
        "refreshUrlTemplate": {"value": "https://{domain}/token"},
        "scopeListDelimiter": {"value": ","},
    }
    assert _schemes(oauth)["oauth2-auth"]["scopes"] == {"read": "read", "write": "write"}


def test_azure_ad_adds_the_tenant_claim() -> None:
    aad = AzureAD(
        client_id="id",
        resource_uri="https://graph.microsoft.com",
        scopes=["User.Read"],
        on_behalf_of_login=True,
        resource_id="api://example",
        display_name="Sign in",
        description="Sign in with your work account",
    )
    params = _parameters(aad)
    assert params["token:TenantId"] == TENANT
    token = params["token"]
    assert token["uiDefinition"] == {
        "displayName": "Sign in",
        "description": "Sign in with your work account",
        "constraints": {"required": "true"},
    }
    settings = token["oAuthSettings"]
    assert settings["customParameters"] == {
        "loginUri": {"value": "https://login.microsoftonline.com"},
        "tenantId": {"value": "common"},
        "resourceUri": {"value": "https://graph.microsoft.com"},
    }
    assert settings["properties"] == {
        "IsFirstParty": "False",
        "AzureActiveDirectoryResourceId": "api://example",
        "IsOnbehalfofLoginSupported": True,
    }
    scheme = _schemes(aad)["oauth2-auth"]
    assert scheme["authorizationUrl"] == "https://login.microsoftonline.com/common/oauth2/authorize"
    assert scheme["tokenUrl"] == "https://login.microsoftonline.com/common/oauth2/token"


def test_azure_ad_certificate_is_first_party() -> None:
    cert = AzureADCertificate(
        client_id="id", resource_uri="https://management.core.windows.net", login_uri_aad="x"
    )
    settings = _parameters(cert)["token"]["oAuthSettings"]
    assert settings["identityProvider"] == "aadcertificate"
    assert settings["properties"] == {"IsFirstParty": "True"}
    assert set(settings["customParameters"]) == {"loginUri", "loginUriAAD", "resourceUri"}


@pytest.mark.parametrize(
    ("oauth", "provider", "custom"),
    [
        (Facebook(client_id="id"), "facebook", {}),
        (
            DocuSign(client_id="id", login_uri="https://account-d.docusign.com"),
            "DocuSign",
            {"LoginUri": {"value": "https://account-d.docusign.com"}},
        ),
        (
            NamedOAuth(
                client_id="id",
                provider="github",
                authorization_url="https://github.com/login/oauth/authorize",
                token_url="https://github.com/login/oauth/access_token",
            ),
            "github",
            {},
        ),
    ],
)
def test_named_providers(oauth: Connection, provider: str, custom: dict[str, Any]) -> None:
    settings = _parameters(oauth)["token"]["oAuthSettings"]
    assert settings["identityProvider"] == provider
    assert settings["customParameters"] == custom
    assert _schemes(oauth)["oauth2-auth"]["flow"] == "accessCode"


def test_connection_field() -> None:
    field = ConnectionField(
        name="region",
        display_name="Region",
        description="Where your account lives",
        default="us",
        choices={"us": "United States", "eu": "Europe"},
        depends_on={"mode": ["cloud"]},
        tab_index=3,
    )
    assert to_data(field.to_parameter()) == {
        "type": "string",
        "defaultValue": "us",
        "uiDefinition": {
            "displayName": "Region",
            "description": "Where your account lives",
            "constraints": {
                "required": "true",
                "tabIndex": 3,
                "allowedValues": [
                    {"value": "us", "text": "United States"},
                    {"value": "eu", "text": "Europe"},
                ],
                "dependencies": {"mode": {"values": ["cloud"]}},
            },
        },
    }


@pytest.mark.parametrize("kind", ["int", "bool", "securestring"])
def test_connection_field_types(kind: Any) -> None:
    field = ConnectionField(name="n", display_name="N", description="D", type=kind, required=False)
    data = to_data(field.to_parameter())
    assert data["type"] == kind
    assert data["uiDefinition"]["constraints"] == {"required": "false"}


def test_bad_parameter_names_are_authoring_errors() -> None:
    with pytest.raises(AuthoringError, match="connection parameter name"):
        ConnectionField(name="my host", display_name="H", description="D")
    with pytest.raises(AuthoringError, match="connection parameter name"):
        ApiKey(connection_parameter="api-key").connection_parameters()
