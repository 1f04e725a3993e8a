"""A client secret can never be written by the builder."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from connector_dsl.dump import dumps
from connector_dsl.errors import AuthoringError
from connector_dsl.properties import (
    AzureAD,
    AzureADCertificate,
    DocuSign,
    Facebook,
    NamedOAuth,
    OAuth2,
    OAuth2Generic,
    build_api_properties,
)

SECRET = "s3cr3t-Value-that-must-not-leak"
AUTH_URL = "https://a"
TOKEN_URL = "https://t"
CLASSES = [OAuth2, OAuth2Generic, AzureAD, AzureADCertificate, Facebook, DocuSign, NamedOAuth]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_no_field_can_hold_a_secret(cls: type) -> None:
    assert not [f.name for f in dataclasses.fields(cls) if "secret" in f.name.lower()]


def test_passing_a_secret_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        bad: Any = OAuth2
        bad(client_id="id", client_secret=SECRET, authorization_url=AUTH_URL, token_url=TOKEN_URL)


def test_a_secret_in_custom_parameters_is_refused() -> None:
    oauth = OAuth2(
        client_id="id",
        custom_parameters={"clientSecret": SECRET},
        authorization_url=AUTH_URL,
        token_url=TOKEN_URL,
    )
    with pytest.raises(AuthoringError, match="never written"):
        build_api_properties(oauth)


def test_no_output_carries_a_secret_key_or_value() -> None:
    built = [
        OAuth2(client_id="id", authorization_url=AUTH_URL, token_url=TOKEN_URL),
        OAuth2Generic(
            client_id="id",
            authorization_url_template="https://a",
            token_url_template="https://t",
            token_body_template="secret={clientSecret}",
        ),
        AzureAD(client_id="id", resource_uri="r"),
        AzureADCertificate(client_id="id", resource_uri="r"),
        Facebook(client_id="id"),
        DocuSign(client_id="id"),
        NamedOAuth(
            client_id="id", provider="google", authorization_url=AUTH_URL, token_url=TOKEN_URL
        ),
    ]
    for oauth in built:
        text = dumps(build_api_properties(oauth)).decode()
        assert SECRET not in text
        assert 'clientsecret"' not in text.lower()
        settings = json.loads(text)["properties"]["connectionParameters"]["token"]
        assert "clientSecret" not in settings["oAuthSettings"]
