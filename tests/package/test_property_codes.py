"""Mistakes in what a connector writes to apiProperties.json, each with its code and place."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl import (
    Action,
    ApiKey,
    AuthoringError,
    ConnectionField,
    Connector,
    ConnectorInfo,
    OAuth2,
    ParameterSet,
    Route,
    api_properties,
)
from connector_dsl.properties import UpdateNextLink


class Ping(Action[None]):
    """Ping the service."""

    route = Route(method="GET", path="/ping", summary="Ping")


INFO = ConnectorInfo(title="Props", host="example.com")
KEY = ConnectionField(name="api_key", display_name="Key", description="The key")


class SetsAndFields(Connector):
    info = INFO
    operations = (Ping,)
    parameter_sets = (
        ParameterSet(name="a", display_name="A", description="A", connection=ApiKey()),
    )
    connection_fields = (ConnectionField(name="region", display_name="R", description="R"),)


class TwiceDeclared(Connector):
    info = INFO
    operations = (Ping,)
    security = ApiKey()
    connection_fields = (KEY,)


class SecretInFile(Connector):
    info = INFO
    operations = (Ping,)
    security = OAuth2(
        authorization_url="https://login.example.com/authorize",
        token_url="https://login.example.com/token",
        custom_parameters={"clientSecret": "s3cret"},
    )


class PolicyWithoutId(Connector):
    info = INFO
    operations = (Ping,)
    policies = (UpdateNextLink(next_link_property_name="next", operations=[Any]),)


@pytest.mark.parametrize(
    ("connector", "code", "python"),
    [
        (SetsAndFields, "connection-sets-exclusive", "SetsAndFields.connection_fields"),
        (TwiceDeclared, "connection-parameter-duplicate", "TwiceDeclared.connection_fields"),
        (SecretInFile, "oauth-secret-in-file", "SecretInFile.security"),
        (PolicyWithoutId, "policy-operation-id", "PolicyWithoutId.policies"),
    ],
)
def test_code_and_place(connector: type[Connector], code: str, python: str) -> None:
    with pytest.raises(AuthoringError) as caught:
        api_properties(connector)
    (diagnostic,) = caught.value.diagnostics
    assert (diagnostic.code, diagnostic.place.python) == (code, python)
    assert diagnostic.place.file is not None
    assert diagnostic.place.file.endswith("test_property_codes.py")
    assert diagnostic.place.line is not None


def test_a_bad_connection_parameter_name_has_its_code() -> None:
    with pytest.raises(AuthoringError) as caught:
        ConnectionField(name="two words", display_name="T", description="T")
    assert caught.value.codes == ["connection-parameter-name"]
