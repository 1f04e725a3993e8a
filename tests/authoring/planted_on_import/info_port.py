"""3. A host whose port is not a number."""

from connector_dsl import Action, Connector, ConnectorInfo, Route


class Ping(Action[None]):
    """Ping."""

    route = Route(method="GET", path="/ping", summary="Ping")


class PortConnector(Connector):
    info = ConnectorInfo(title="Planted", host="example.com:https")
    operations = (Ping,)
