# expect: Sequence[type[Operation[Any]]]
"""`operations` given one class instead of a tuple of them."""
from __future__ import annotations

from connector_dsl import Action, Connector, ConnectorInfo, Route


class ListHubs(Action[None]):
    route = Route(method="GET", path="/hubs", summary="List hubs")


class Hubs(Connector):
    info = ConnectorInfo(title="Hubs", host="example.com")
    operations = ListHubs  # error
