"""Webhook triggers: notification URL, notification content, a way to unsubscribe, and
the x-ms-notification link between a trigger and its subscribe operation."""

from __future__ import annotations

from collections.abc import Iterator

from connector_dsl.validate.context import Context
from connector_dsl.validate.index import Index, Op
from connector_dsl.validate.jsonview import JsonObj, Ptr, arr, items_of, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

NO_URL = declare(
    "WebhookOperationsMissingNotificationUrlProperty", "Operations", E, E, "no callback field"
)
NO_CONTENT = declare(
    "OperationMustHaveNotificationContentExtension", "Operations", E, E, "no payload schema"
)
NO_DELETE = declare("cdsl-webhook-without-delete", "Webhooks", W, W, "no way to unsubscribe")
URL_POSITION = declare("NotificationUrlNotAllowedInThisPosition", "Webhooks", E, E, "not body")
URL_INTERNAL = declare("NotificationUrlNotInternal", "Webhooks", W, W, "callback field visible")
URL_REQUIRED = declare("NotificationUrlNotRequired", "Webhooks", W, W, "callback optional")
URL_STRING = declare("NotificationUrlNotString", "Webhooks", E, E, "callback not a string")
NOTIFY_TRIGGER = declare(
    "NotificationExtensionSupportedForTriggerOnly", "Operations", E, E, "on an action"
)
NOTIFY_WEBHOOK = declare(
    "NotificationExtensionNotSupportedInWebhookOperation", "Operations", E, E, "on a webhook"
)
NOTIFY_TARGET = declare(
    "NotificationOperationMustBeWebhook", "Operations", E, E, "target is no webhook"
)
SAME_NAME = declare(
    "ParamtersWithSameNameMustHaveSameTypeAndVisibility", "Parameters", E, E, "fetch vs subscribe"
)


def url_fields(index: Index, op: Op) -> Iterator[tuple[Ptr, JsonObj, list[tuple[JsonObj, bool]]]]:
    """Fields flagged x-ms-notification-url: pointer, node, and (ancestor, required) chain."""
    for param in op.params:
        if param.data.get("x-ms-notification-url") is True:
            yield param.at, param.data, [(param.data, param.data.get("required") is True)]
        if param.where != "body":
            continue
        root = obj(param.data.get("schema"))
        chain = [(param.data, param.data.get("required") is True)]
        stack: list[tuple[JsonObj | None, Ptr, list[tuple[JsonObj, bool]], int]] = [
            (root, (*param.at, "schema"), chain, 0)
        ]
        while stack:
            node, at, ancestors, depth = stack.pop()
            resolved = index.resolve(node) if node is not None else None
            if resolved is None or depth > 8:
                continue
            required = arr(resolved.get("required")) or []
            for name, raw in items_of(resolved.get("properties")):
                prop = obj(raw) or {}
                where: Ptr = (*at, "properties", name)
                path = [*ancestors, (prop, name in required)]
                if prop.get("x-ms-notification-url") is True:
                    yield where, prop, path
                stack.append((prop, where, path, depth + 1))


def is_webhook(index: Index, op: Op) -> bool:
    """A trigger whose path item has notification content or that takes a callback URL."""
    if not op.trigger:
        return False
    return "x-ms-notification-content" in op.item or any(True for _ in url_fields(index, op))


@check(NO_URL, NO_CONTENT, NO_DELETE, URL_INTERNAL, URL_REQUIRED, URL_STRING)
def webhook_triggers(ctx: Context) -> None:
    """A webhook trigger takes a callback URL, describes its payload, and can be removed."""
    index = ctx.index
    has_delete = any(op.method == "delete" for op in index.ops)
    for op in index.ops:
        if not is_webhook(index, op):
            continue
        fields = list(url_fields(index, op))
        if not fields:
            ctx.report(NO_URL, op.at, "Mark the callback URL input x-ms-notification-url: true.")
        content = "x-ms-notification-content" in op.item or "x-ms-notification-content" in op.data
        if not content:
            ctx.report(NO_CONTENT, op.at, "Describe the payload in x-ms-notification-content.")
        if not has_delete and not _location_header(index, op):
            ctx.report(NO_DELETE, op.at, "Add a DELETE operation or a Location header on 201.")
        for at, node, chain in fields:
            if not any(n.get("x-ms-visibility") == "internal" for n, _ in chain):
                ctx.report(URL_INTERNAL, at, "Hide the callback URL: x-ms-visibility internal.")
            if not all(required for _, required in chain):
                ctx.report(URL_REQUIRED, at, "The callback URL and its parents must be required.")
            if node.get("type") not in ("string", None) or (
                node.get("type") is None and "in" in node
            ):
                ctx.report(URL_STRING, at, "The callback URL must be type: string.")


def _location_header(index: Index, op: Op) -> bool:
    responses = obj(op.data.get("responses")) or {}
    created = index.resolve(responses.get("201")) or {}
    return any(name.lower() == "location" for name, _ in items_of(created.get("headers")))


@check(URL_POSITION)
def url_position(ctx: Context) -> None:
    """x-ms-notification-url only in a request body (or a body parameter)."""
    for site in ctx.index.sites:
        if site.node.get("x-ms-notification-url") is None:
            continue
        if site.role in ("output",) or (site.role == "simple" and site.node.get("in") != "body"):
            where = (*site.at, "x-ms-notification-url")
            ctx.report(URL_POSITION, where, "Only a request body field can be the callback URL.")


@check(NOTIFY_TRIGGER, NOTIFY_WEBHOOK, NOTIFY_TARGET, SAME_NAME)
def notification_links(ctx: Context) -> None:
    """x-ms-notification: on a non-webhook trigger, naming a webhook operation."""
    index = ctx.index
    for op in index.ops:
        spec = obj(op.data.get("x-ms-notification"))
        if spec is None:
            continue
        at: Ptr = (*op.at, "x-ms-notification")
        if not op.trigger:
            ctx.report(NOTIFY_TRIGGER, at, "Only triggers can name a notification operation.")
        elif is_webhook(index, op):
            ctx.report(NOTIFY_WEBHOOK, at, "A webhook trigger cannot itself name one.")
        op_id = text(spec.get("operationId"))
        target = index.by_id.get(op_id) if op_id else None
        if target is None:
            continue
        if not any(True for _ in url_fields(index, target)):
            ctx.report(NOTIFY_TARGET, (*at, "operationId"), f"{op_id} takes no callback URL.")
        for param in op.params:
            other = target.param(param.name)
            if other is None:
                continue
            for key in ("type", "x-ms-visibility"):
                if param.data.get(key) != other.data.get(key):
                    message = f"{param.name!r} differs in {key} from {op_id}'s."
                    ctx.report(SAME_NAME, param.at, message)
                    break
