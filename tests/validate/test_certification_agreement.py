"""Error level only for what certification refuses; what it accepts is a warning or nothing."""

from __future__ import annotations

from typing import Any

from connector_dsl.validate.finding import Finding
from tests.validate.connectors import CREATE, HOOK, op, run

LIST = "/paths/~1projects/get"


def severities(findings: list[Finding], rule: str) -> list[tuple[str, str]]:
    return sorted((f.pointer, f.severity) for f in findings if f.rule == rule)


def _get_body(d: dict[str, Any]) -> None:
    op(d, "/projects", "get")["parameters"] = [
        {"name": "filter", "in": "body", "schema": {"type": "object"}}
    ]


def test_empty_responses_is_an_error() -> None:
    findings = run(lambda d: op(d, "/projects/{projectId}/tasks", "post").update(responses={}))
    rows = severities(findings, "OperationMustHaveResponse")
    assert rows == [(CREATE + "/responses", "error")]


def test_missing_responses_is_an_error() -> None:
    findings = run(lambda d: op(d, "/projects/{projectId}/tasks", "post").pop("responses"))
    assert severities(findings, "OperationMustHaveResponse") == [(CREATE, "error")]


def test_responses_holding_only_extensions_is_an_error() -> None:
    # Microsoft's schema: `responses` needs a status code or default, not just x- keys
    findings = run(
        lambda d: op(d, "/projects/{projectId}/tasks", "post").update(responses={"x-note": "none"})
    )
    rows = severities(findings, "OperationMustHaveResponse")
    assert rows == [(CREATE + "/responses", "error")]


def test_empty_responses_on_a_webhook_registration_is_a_warning() -> None:
    # As PDF4me's WebhookSubscribe and tyntec-SMS's incomingV3 (merged, certified) do:
    # x-ms-trigger on a path item with x-ms-notification-content, `responses: {}`
    findings = run(lambda d: op(d, "/hooks", "post").update(responses={}))
    rows = severities(findings, "OperationMustHaveResponse")
    assert rows == [(HOOK + "/responses", "warning")]
    assert "201 with a Location header" in next(
        f.message for f in findings if f.rule == "OperationMustHaveResponse"
    )


def test_webhook_registration_without_responses_is_an_error() -> None:
    findings = run(lambda d: op(d, "/hooks", "post").pop("responses"))
    assert severities(findings, "OperationMustHaveResponse") == [(HOOK, "error")]


def test_empty_responses_on_a_trigger_without_notification_content_is_an_error() -> None:
    def mutate(d: dict[str, Any]) -> None:
        op(d, "/hooks", "post").update(responses={})
        del d["paths"]["/hooks"]["x-ms-notification-content"]

    rows = severities(run(mutate), "OperationMustHaveResponse")
    assert rows == [(HOOK + "/responses", "error")]


def test_body_on_a_get_the_designer_calls_is_an_error() -> None:
    # ListProjects is the target of CreateTask's dropdown
    findings = run(_get_body)
    rule = "BodyOrFormDataParameterInFetchOperationNotAllowed"
    assert severities(findings, rule) == [(LIST + "/parameters/0", "error")]


def test_body_on_another_get_is_a_warning() -> None:
    def mutate(d: dict[str, Any]) -> None:
        _get_body(d)
        op(d, "/projects", "get")["operationId"] = "SearchProjects"
        dropdown = op(d, "/projects/{projectId}/tasks", "post")["parameters"][0]
        del dropdown["x-ms-dynamic-values"]

    findings = run(mutate)
    rule = "BodyOrFormDataParameterInFetchOperationNotAllowed"
    assert severities(findings, rule) == [(LIST + "/parameters/0", "warning")]


def test_placeholder_host_replaced_by_a_policy_is_a_warning() -> None:
    def policy(p: dict[str, Any]) -> None:
        p["properties"]["policyTemplateInstances"] = [
            {
                "templateId": "dynamichosturl",
                "title": "Route to the tenant",
                "parameters": {"x-ms-apimTemplateParameter.urlTemplate": "https://@x"},
            }
        ]

    mutate = lambda d: d.update(host="{{tenant}}")  # noqa: E731
    assert severities(run(mutate), "HostNameNotValid") == [("/host", "error")]
    assert severities(run(mutate, properties=policy), "HostNameNotValid") == [("/host", "warning")]


def test_a_property_named_ref_is_not_a_reference() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["definitions"]["Task"]["properties"]["$ref"] = {"type": "string"}

    assert severities(run(mutate), "JsonPointerNotValid") == []


def test_discriminator_may_refer_to_a_string_definition() -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["definitions"]["Kind"] = {"type": "string", "enum": ["a", "b"]}
        task = d["definitions"]["Task"]
        task["properties"]["kind"] = {"$ref": "#/definitions/Kind"}
        task["required"] = [*task.get("required", []), "kind"]
        task["discriminator"] = "kind"

    assert severities(run(mutate), "DiscriminatorMustBeARequiredStringProperty") == []


def test_dotted_reference_into_the_body_is_found() -> None:
    def mutate(d: dict[str, Any]) -> None:
        task = d["definitions"]["Task"]
        task["properties"]["owner"] = {"type": "object", "properties": {"team": {"type": "string"}}}
        task["properties"]["member"] = {
            "type": "string",
            "x-ms-dynamic-values": {
                "operationId": "ListProjects",
                "value-collection": "results",
                "value-path": "id",
                "parameters": {"team": {"parameter": "owner.team"}},
            },
        }

    findings = run(mutate)
    assert severities(findings, "cdsl-dynamic-source-not-found") == []


def test_missing_dropdown_property_is_a_warning() -> None:
    def mutate(d: dict[str, Any]) -> None:
        dropdown = op(d, "/projects/{projectId}/tasks", "post")["parameters"][0]
        dropdown["x-ms-dynamic-values"]["value-path"] = "nope"

    rows = severities(run(mutate), "InvokedOperationShouldProduceProperty")
    assert rows == [(CREATE + "/parameters/0/x-ms-dynamic-values/value-path", "warning")]


def test_missing_dropdown_source_is_a_warning() -> None:
    # No Microsoft rule refuses it: a reference that is no parameter of the caller is, to
    # Microsoft's validator, a non-parameter reference (DynamicList...NonParameterReferences,
    # a warning); the dropdown is then called without that value.
    def mutate(d: dict[str, Any]) -> None:
        op(d, "/projects", "get")["parameters"] = [
            {"name": "top", "in": "query", "required": True, "type": "string"}
        ]
        dropdown = op(d, "/projects/{projectId}/tasks", "post")["parameters"][0]
        dropdown["x-ms-dynamic-values"]["parameters"] = {"top": {"parameter": "ghost"}}

    rows = severities(run(mutate), "cdsl-dynamic-source-not-found")
    assert rows == [(CREATE + "/parameters/0/x-ms-dynamic-values/parameters/top", "warning")]
