"""Certification strings, connector metadata and operation families."""

from __future__ import annotations

from typing import Any

from tests.validate.cases import Case, check, params
from tests.validate.connectors import CREATE, op

P = "/projects/{projectId}/tasks"


def info(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = d["info"]
    return node


def create(d: dict[str, Any]) -> dict[str, Any]:
    return op(d, P, "post")


def metadata(d: dict[str, Any], categories: str) -> None:
    d["x-ms-connector-metadata"][2]["propertyValue"] = categories


def family(d: dict[str, Any], **annotation: Any) -> None:
    create(d)["x-ms-api-annotation"] = {"family": "Task", **annotation}


def second_member(d: dict[str, Any], **annotation: Any) -> None:
    op(d, "/projects", "get")["x-ms-api-annotation"] = {"family": "Task", **annotation}


CASES = [
    Case(
        "FieldLengthExceeded",
        "/info/title",
        lambda d: info(d).update(title="A title that is far too long to use"),
    ),
    Case(
        "FieldLengthNotInRange",
        "/info/description",
        lambda d: info(d).update(description="Too short."),
    ),
    Case(
        "ValueContainsRestrictedWords", "/info/title", lambda d: info(d).update(title="Contoso API")
    ),
    Case(
        "ValueContainsRestrictedWords",
        "/info/description",
        lambda d: info(d).update(
            description="Use Contoso tasks from Power Automate flows and more."
        ),
    ),
    Case("ValueMustEndWithAlphanumeric", "/info/title", lambda d: info(d).update(title="Contoso!")),
    Case("ValueMustBeInEnglish", "/info/title", lambda d: info(d).update(title="Contoso Tâches")),
    Case("RequiredValueEmpty", "/info/title", lambda d: info(d).update(title=" ")),
    Case("RequiredPropertyMissing", "/info", lambda d: info(d).pop("description")),
    Case("RequiredPropertyMissing", "/info", lambda d: info(d).pop("contact")),
    Case("RequiredPropertyMissing", "", lambda d: d.pop("x-ms-connector-metadata")),
    Case(
        "RequiredPropertyMissing",
        CREATE + "/parameters/0",
        lambda d: create(d)["parameters"][0].pop("x-ms-summary"),
    ),
    Case("RequiredPropertyMissing", CREATE, lambda d: create(d).pop("summary")),
    Case(
        "ContactEmailNotValid",
        "/info/contact/email",
        lambda d: info(d)["contact"].update(email="nobody"),
    ),
    Case(
        "UrlNotValid", "/info/contact/url", lambda d: info(d)["contact"].update(url="contoso.com")
    ),
    Case(
        "RestrictedCharactersInSummary",
        CREATE + "/summary",
        lambda d: create(d).update(summary="Create a task/issue"),
    ),
    Case(
        "OperationSummaryTooLong",
        CREATE + "/summary",
        lambda d: create(d).update(summary="Create " + "a" * 80),
    ),
    Case(
        "ValueMustEndWithAlphanumeric",
        CREATE + "/summary",
        lambda d: create(d).update(summary="Create a task."),
    ),
    Case(
        "cdsl-label-too-long",
        CREATE + "/parameters/0/x-ms-summary",
        lambda d: create(d)["parameters"][0].update({"x-ms-summary": "P" * 81}),
    ),
    Case(
        "cdsl-description-repeats-summary",
        CREATE + "/description",
        lambda d: create(d).update(description="Create a task."),
    ),
    Case(
        "ConnectorMetadataPropertiesMissing",
        "/x-ms-connector-metadata",
        lambda d: d["x-ms-connector-metadata"].pop(0),
    ),
    Case(
        "InvalidConnectorCategory",
        "/x-ms-connector-metadata/2/propertyValue",
        lambda d: metadata(d, "Gardening"),
    ),
    Case(
        "TooManyConnectorCategories",
        "/x-ms-connector-metadata/2/propertyValue",
        lambda d: metadata(d, "AI;Data;Finance"),
    ),
    Case(
        "InvalidNextLinkNameValue",
        CREATE + "/x-ms-pageable/nextLinkName",
        lambda d: create(d).update({"x-ms-pageable": {"nextLinkName": "next"}}),
    ),
    Case(
        "ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations",
        CREATE + "/x-ms-api-annotation/replacement",
        lambda d: family(d, replacement={"api": "a", "operationId": "B"}),
    ),
    Case(
        "ApiAnnotationExtensionReplacementInfoMissingApiProperty",
        CREATE + "/x-ms-api-annotation/replacement",
        lambda d: family(d, replacement={"operationId": "B"}),
    ),
    Case(
        "ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty",
        CREATE + "/x-ms-api-annotation/replacement",
        lambda d: family(d, replacement={"api": "a"}),
    ),
    Case(
        "OperationFamilyHasDuplicateRevisions",
        CREATE + "/x-ms-api-annotation/revision",
        lambda d: (second_member(d, revision=1), family(d, revision=1)),
    ),
    Case("OperationFamilyHasManyEmptyRevisions", CREATE, lambda d: (second_member(d), family(d))),
    Case(
        "OperationRevisionEmpty",
        CREATE + "/x-ms-api-annotation",
        lambda d: (second_member(d, revision=1), family(d)),
    ),
    Case(
        "OperationIdShouldEndWithRevision",
        CREATE + "/x-ms-api-annotation",
        lambda d: family(d, revision=2),
    ),
    Case(
        "OperationFamilyHasManyActiveOperations",
        "/paths/~1hooks~1{hookId}/delete",
        lambda d: (
            second_member(d, revision=1),
            family(d, revision=2),
            op(d, "/hooks/{hookId}", "delete").update(
                {"x-ms-api-annotation": {"family": "Task", "revision": 3}}
            ),
        ),
    ),
    Case(
        "OperationFamilyHasManyActiveProductionOperations",
        CREATE,
        lambda d: (
            second_member(d, revision=1, status="Production"),
            family(d, revision=2, status="Production"),
        ),
    ),
    Case(
        "OperationStatusAheadOfConnector",
        CREATE + "/x-ms-api-annotation/status",
        lambda d: (
            info(d).update({"x-ms-api-annotation": {"status": "Preview"}}),
            family(d, status="Production"),
        ),
    ),
]


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)
