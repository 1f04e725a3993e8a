# expect: DynamicSchema
"""A dynamic payload that is not a DynamicSchema."""

from __future__ import annotations

from typing import Annotated, Any

from connector_dsl import Body, NotificationUrl, Route, WebhookTrigger


class WhenItemChanges(WebhookTrigger[dict[str, Any]]):
    route = Route(method="POST", path="/hooks", summary="When an item changes")
    dynamic_payload = "BoardSchema"  # error
    url: Annotated[str, Body(), NotificationUrl()]
