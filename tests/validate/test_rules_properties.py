"""apiProperties.json rules."""

from __future__ import annotations

from typing import Any

import pytest

from tests.validate.connectors import Mutation, found, run


def props(p: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = p["properties"]
    return node


def oauth(p: dict[str, Any], **settings: Any) -> None:
    props(p)["connectionParameters"]["token"] = {"type": "oauthSetting", "oAuthSettings": settings}


def policy(p: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = props(p)["policyTemplateInstances"][0]
    return node


CASES: list[tuple[str, str, Mutation]] = [
    ("cdsl-props-shape", "", lambda p: p.pop("properties")),
    ("cdsl-props-unknown-key", "/properties/colour", lambda p: props(p).update(colour="red")),
    (
        "cdsl-props-brand-color",
        "/properties/iconBrandColor",
        lambda p: props(p).update(iconBrandColor="blue"),
    ),
    (
        "cdsl-props-default-brand-color",
        "/properties/iconBrandColor",
        lambda p: props(p).update(iconBrandColor="#007EE5"),
    ),
    ("cdsl-props-publisher-missing", "/properties", lambda p: props(p).pop("publisher")),
    (
        "cdsl-props-connection-parameter",
        "/properties/connectionParameters/api_key/type",
        lambda p: props(p)["connectionParameters"]["api_key"].update(type="secret"),
    ),
    (
        "cdsl-props-connection-parameter",
        "/properties/connectionParameters/bad-name",
        lambda p: props(p)["connectionParameters"].update({"bad-name": {"type": "string"}}),
    ),
    (
        "cdsl-props-oauth",
        "/properties/connectionParameters/token/oAuthSettings",
        lambda p: oauth(p),
    ),
    (
        "cdsl-props-oauth",
        "/properties/connectionParameters/token/oAuthSettings/customParameters",
        lambda p: oauth(p, identityProvider="aad", customParameters={}),
    ),
    (
        "cdsl-props-oauth",
        "/properties/connectionParameters/token/oAuthSettings/redirectMode",
        lambda p: oauth(p, identityProvider="oauth2", redirectMode="Local"),
    ),
    (
        "cdsl-props-identity-provider",
        "/properties/connectionParameters/token/oAuthSettings/identityProvider",
        lambda p: oauth(p, identityProvider="myidp"),
    ),
    (
        "cdsl-props-constraint-type",
        "/properties/connectionParameters/api_key/uiDefinition/constraints/required",
        lambda p: props(p)["connectionParameters"]["api_key"]["uiDefinition"]["constraints"].update(
            required=True
        ),
    ),
    (
        "cdsl-props-policy-template",
        "/properties/policyTemplateInstances/0/parameters",
        lambda p: policy(p)["parameters"].pop("x-ms-apimTemplateParameter.value"),
    ),
    (
        "cdsl-props-policy-template",
        "/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-policySection",
        lambda p: policy(p)["parameters"].update({"x-ms-apimTemplate-policySection": "Both"}),
    ),
    (
        "cdsl-props-policy-template",
        "/properties/policyTemplateInstances/0",
        lambda p: policy(p).pop("templateId"),
    ),
    (
        "cdsl-props-policy-unknown",
        "/properties/policyTemplateInstances/0/templateId",
        lambda p: policy(p).update(templateId="teleport"),
    ),
    (
        "cdsl-props-unknown-operation",
        "/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/0",
        lambda p: policy(p)["parameters"].update({"x-ms-apimTemplate-operationName": ["Nope"]}),
    ),
    (
        "cdsl-props-unknown-operation",
        "/properties/scriptOperations/0",
        lambda p: props(p).update(scriptOperations=["Nope"]),
    ),
]


@pytest.mark.parametrize(
    ("rule", "pointer", "mutate"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_rule_fires(rule: str, pointer: str, mutate: Mutation) -> None:
    findings = run(properties=mutate)
    assert (rule, pointer) in found(findings), sorted(found(findings))
    assert all(f.document == "properties" for f in findings if f.rule == rule)


def test_template_ids_match_case_insensitively() -> None:
    findings = run(properties=lambda p: policy(p).update(templateId="SetHeader"))
    assert not findings


def test_aad_custom_parameters_match_case_insensitively() -> None:
    # Microsoft 365 Lighthouse (certified) writes ResourceUri, LoginUri and TenantId
    custom = {"ResourceUri": {"value": "https://graph.microsoft.com"}}
    findings = run(properties=lambda p: oauth(p, identityProvider="aad", customParameters=custom))
    assert [f for f in findings if f.rule == "cdsl-props-oauth"] == []
