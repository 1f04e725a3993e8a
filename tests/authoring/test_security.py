"""Security declarations: every OAuth 2.0 flow, API key in header or query, basic, none."""

from __future__ import annotations

from typing import Any

import pytest

import connector_dsl
from connector_dsl import (
    Action,
    ApiKey,
    Basic,
    Connector,
    ConnectorInfo,
    NoAuth,
    OAuth2,
    Route,
)
from connector_dsl.properties import OAuthBase


class Ping(Action[None]):
    route = Route(method="GET", path="/ping", summary="Ping")


def build(security: Any) -> dict[str, Any]:
    connector = type(
        "Secured",
        (Connector,),
        {
            "info": ConnectorInfo(title="S", description="Secured.", host="s.io"),
            "security": security,
            "operations": (Ping,),
        },
    )
    from connector_dsl import to_data

    data: dict[str, Any] = to_data(connector_dsl.build(connector))
    return data


URLS = {"authorization_url": "https://a.io/auth", "token_url": "https://a.io/token"}


@pytest.mark.parametrize(
    ("flow", "keys"),
    [
        ("accessCode", {"authorizationUrl", "tokenUrl"}),
        ("implicit", {"authorizationUrl"}),
        ("password", {"tokenUrl"}),
        ("application", {"tokenUrl"}),
    ],
)
def test_oauth2_flows(flow: Any, keys: set[str]) -> None:
    doc = build(OAuth2(flow=flow, scopes={"read": "Read"}, **URLS))
    scheme = doc["securityDefinitions"]["oauth2-auth"]
    assert scheme["flow"] == flow
    assert {k for k in scheme if k.endswith("Url")} == keys
    assert doc["security"] == [{"oauth2-auth": ["read"]}]


@pytest.mark.parametrize("location", ["header", "query"])
def test_api_key(location: Any) -> None:
    doc = build(ApiKey(parameter="X-Key", location=location))
    assert doc["securityDefinitions"] == {
        "API Key": {"type": "apiKey", "name": "X-Key", "in": location}
    }
    assert doc["security"] == [{"API Key": []}]


def test_basic() -> None:
    doc = build(Basic())
    assert doc["securityDefinitions"] == {"basic_auth": {"type": "basic"}}


def test_none() -> None:
    doc = build(NoAuth())
    assert doc["securityDefinitions"] == {}
    assert "security" not in doc


def test_refresh_url_goes_to_api_properties_not_swagger() -> None:
    security = OAuth2(refresh_url="https://a.io/refresh", **URLS)
    assert isinstance(security, OAuthBase)
    doc = build(security)
    assert "refresh" not in str(doc)
    settings = security.connection_parameters()["token"].o_auth_settings
    assert settings is not None
    assert settings.custom_parameters is not None
    assert settings.custom_parameters["refreshUrl"].value == "https://a.io/refresh"
