# expect: summary
"""A Route without its required summary."""
from __future__ import annotations

from connector_dsl import Action, Connector, ConnectorInfo, Route


class ListHubs(Action[None]):
    route = Route(method="GET", path="/hubs")  # error
