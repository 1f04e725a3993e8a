"""Webhook triggers and x-ms-notification."""

from __future__ import annotations

from typing import Any

from tests.validate.cases import Case, check, params
from tests.validate.connectors import HOOK, op

URL = HOOK + "/parameters/0/schema/properties/url"


def hook(d: dict[str, Any]) -> dict[str, Any]:
    return op(d, "/hooks", "post")


def url(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = hook(d)["parameters"][0]["schema"]["properties"]["url"]
    return node


def no_delete(d: dict[str, Any]) -> None:
    del d["paths"]["/hooks/{hookId}"]


CASES = [
    Case(
        "WebhookOperationsMissingNotificationUrlProperty",
        HOOK,
        lambda d: url(d).pop("x-ms-notification-url"),
    ),
    Case(
        "OperationMustHaveNotificationContentExtension",
        HOOK,
        lambda d: d["paths"]["/hooks"].pop("x-ms-notification-content"),
    ),
    Case("cdsl-webhook-without-delete", HOOK, no_delete),
    Case("NotificationUrlNotInternal", URL, lambda d: url(d).pop("x-ms-visibility")),
    Case(
        "NotificationUrlNotRequired",
        URL,
        lambda d: hook(d)["parameters"][0]["schema"].pop("required"),
    ),
    Case("NotificationUrlNotString", URL, lambda d: url(d).update(type="integer")),
    Case(
        "NotificationUrlNotAllowedInThisPosition",
        "/paths/~1projects/get/parameters/0/x-ms-notification-url",
        lambda d: op(d, "/projects", "get").update(
            parameters=[
                {"name": "cb", "in": "query", "type": "string", "x-ms-notification-url": True}
            ]
        ),
    ),
    Case(
        "NotificationExtensionSupportedForTriggerOnly",
        "/paths/~1projects/get/x-ms-notification",
        lambda d: op(d, "/projects", "get").update(
            {"x-ms-notification": {"operationId": "WhenTaskCreated"}}
        ),
    ),
    Case(
        "NotificationExtensionNotSupportedInWebhookOperation",
        HOOK + "/x-ms-notification",
        lambda d: hook(d).update({"x-ms-notification": {"operationId": "WhenTaskCreated"}}),
    ),
    Case(
        "NotificationOperationMustBeWebhook",
        "/paths/~1projects/get/x-ms-notification/operationId",
        lambda d: op(d, "/projects", "get").update(
            {"x-ms-trigger": "batch", "x-ms-notification": {"operationId": "DeleteHook"}}
        ),
    ),
    Case(
        "ParamtersWithSameNameMustHaveSameTypeAndVisibility",
        "/paths/~1projects/get/parameters/0",
        lambda d: op(d, "/projects", "get").update(
            {
                "x-ms-trigger": "batch",
                "x-ms-notification": {"operationId": "WhenTaskCreated"},
                "parameters": [{"name": "body", "in": "query", "type": "string"}],
            }
        ),
    ),
]


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)


def test_location_header_on_201_is_a_way_to_unsubscribe() -> None:
    from tests.validate.connectors import found, run

    def mutate(d: dict[str, Any]) -> None:
        no_delete(d)
        hook(d)["responses"]["201"]["headers"] = {"Location": {"type": "string"}}

    assert not [f for f in found(run(mutate)) if f[0] == "cdsl-webhook-without-delete"]
