"""A connector that builds but fails the custom validation profile (a placeholder host)."""

from __future__ import annotations

from connector_dsl import Action, Connector, ConnectorInfo, Route


class Ping(Action[None]):
    route = Route(method="GET", path="/ping", summary="Ping the service")


class InvalidHost(Connector):
    info = ConnectorInfo(
        title="Invalid host", description="Its host is a placeholder.", host="{{your_domain}}"
    )
    operations = (Ping,)
