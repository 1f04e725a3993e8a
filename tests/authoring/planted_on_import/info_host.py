"""3. A host with a scheme and a path."""

from connector_dsl import Action, Connector, ConnectorInfo, Route


class Ping(Action[None]):
    """Ping."""

    route = Route(method="GET", path="/ping", summary="Ping")


class HostConnector(Connector):
    info = ConnectorInfo(title="Planted", host="https://example.com/api/v2")
    operations = (Ping,)
