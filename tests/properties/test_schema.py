"""Built `apiProperties.json` passes Microsoft's official schema, except for the
features that schema predates (listed in docs/api-properties.md)."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.dump import to_data
from connector_dsl.properties import (
    ApiKey,
    ApiProperties,
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
    ParameterSet,
    PolicyTemplate,
    build_api_properties,
)
from connector_dsl.properties import policies as p
from connector_dsl.properties import transforms as t

from .test_policies import CASES

SCHEMA = "schemas/paconn-apiProperties.schema.json"
DOC = Path(__file__).resolve().parents[2] / "docs" / "api-properties.md"
AUTH_URL = "https://example.com/a"
TOKEN_URL = "https://example.com/t"

CONNECTIONS: list[Connection] = [
    NoAuth(),
    ApiKey(),
    ApiKey(location="query", parameter="key"),
    Basic(),
    OAuth2(client_id="id", redirect_mode="Global", authorization_url=AUTH_URL, token_url=TOKEN_URL),
    OAuth2Generic(
        client_id="id",
        redirect_mode="Global",
        authorization_url_template="https://x/a",
        token_url_template="https://x/t",
    ),
    AzureAD(client_id="id", redirect_mode="Global", resource_uri="https://graph.microsoft.com"),
    AzureADCertificate(client_id="id", redirect_mode="Global", resource_uri="https://r"),
    Facebook(client_id="id", redirect_mode="Direct"),
    NamedOAuth(
        client_id="id",
        redirect_mode="Global",
        provider="facebook",
        authorization_url=AUTH_URL,
        token_url=TOKEN_URL,
    ),
]

SCHEMA_POLICIES: list[PolicyTemplate] = [
    policy
    for policy, _ in CASES
    if policy.template_id
    not in {"dynamicsubdomain", "setconnectionstatustounauthenticated", "moveproperties"}
]


@functools.cache
def _validator(shared: Path) -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / SCHEMA).read_text(encoding="utf-8"))
    return jsonschema.validators.validator_for(schema)(schema)


def _errors(shared: Path, model: ApiProperties) -> list[str]:
    found = _validator(shared).iter_errors(to_data(model))
    return sorted("/" + "/".join(str(part) for part in e.absolute_path) for e in found)


@pytest.mark.parametrize("connection", CONNECTIONS, ids=lambda c: type(c).__name__)
def test_every_connection_passes(shared: Path, connection: Connection) -> None:
    extra = [ConnectionField(name="host", display_name="Host", description="Your host")]
    built = build_api_properties(
        connection,
        extra_parameters=extra,
        policies=SCHEMA_POLICIES,
        brand_color="#da3b01",
        capabilities=["actions"],
        publisher="Contoso",
        stack_owner="Contoso",
    )
    assert _errors(shared, built) == []


PREDATES: dict[str, tuple[Callable[[], ApiProperties], str]] = {
    "connectionParameterSets": (
        lambda: build_api_properties(
            None,
            parameter_sets=[
                ParameterSet(
                    name="key", display_name="Key", description="Key", connection=ApiKey()
                ),
                ParameterSet(
                    name="basic", display_name="Basic", description="B", connection=Basic()
                ),
            ],
        ),
        "/properties",
    ),
    "scriptOperations": (
        lambda: build_api_properties(NoAuth(), script_operations=["ListItems"]),
        "/properties",
    ),
    "redirectMode GlobalPerConnector": (
        lambda: build_api_properties(
            OAuth2(client_id="id", authorization_url=AUTH_URL, token_url=TOKEN_URL)
        ),
        "/properties/connectionParameters/token",
    ),
    "identityProvider DocuSign": (
        lambda: build_api_properties(DocuSign(client_id="id", redirect_mode="Global")),
        "/properties/connectionParameters/token",
    ),
    "identityProvider github, google, ...": (
        lambda: build_api_properties(
            NamedOAuth(
                client_id="id",
                redirect_mode="Global",
                provider="github",
                authorization_url=AUTH_URL,
                token_url=TOKEN_URL,
            )
        ),
        "/properties/connectionParameters/token",
    ),
    "setconnectionstatustounauthenticated": (
        lambda: build_api_properties(
            NoAuth(), policies=[p.SetConnectionStatusToUnauthenticated(status_code=401)]
        ),
        "/properties/policyTemplateInstances/0",
    ),
    "dynamicsubdomain": (
        lambda: build_api_properties(NoAuth(), policies=[p.DynamicSubdomain(url_template="x")]),
        "/properties/policyTemplateInstances/0",
    ),
    "moveproperties": (
        lambda: build_api_properties(
            NoAuth(),
            policies=[
                t.MoveProperties(
                    src_parent_path="@body()",
                    src_sub_path="a",
                    dst_parent_path="@body()",
                    dst_sub_path="b",
                )
            ],
        ),
        "/properties/policyTemplateInstances/0",
    ),
}


@pytest.mark.parametrize("feature", list(PREDATES))
def test_features_the_schema_predates(shared: Path, feature: str) -> None:
    build, place = PREDATES[feature]
    assert _errors(shared, build()) == [place]


def test_the_documented_list_is_the_tested_list() -> None:
    text = DOC.read_text(encoding="utf-8")
    documented = {line.split("`")[1] for line in text.splitlines() if line.startswith("| `")}
    assert documented == set(PREDATES)
