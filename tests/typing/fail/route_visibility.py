# expect: visibility
"""A misspelt visibility on a Route."""
from __future__ import annotations

from connector_dsl import Action, Connector, ConnectorInfo, Route


class ListHubs(Action[None]):
    route = Route(method="GET", path="/hubs", summary="List hubs", visibility="importnat")  # error
