# expect: method
"""An HTTP method that does not exist."""
from __future__ import annotations

from connector_dsl import Action, Connector, ConnectorInfo, Route


class ListHubs(Action[None]):
    route = Route(method="FETCH", path="/hubs", summary="List hubs")  # error
