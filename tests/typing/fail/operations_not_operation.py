# expect: Sequence[type[Operation[Any]]]
"""`operations` listing a pydantic model that is not an operation."""
from __future__ import annotations

from pydantic import BaseModel

from connector_dsl import Action, Connector, ConnectorInfo, Route


class Hub(BaseModel):
    id: str


class ListHubs(Action[Hub]):
    route = Route(method="GET", path="/hubs", summary="List hubs")


class Hubs(Connector):
    info = ConnectorInfo(title="Hubs", host="example.com")
    operations = (ListHubs, Hub)  # error
