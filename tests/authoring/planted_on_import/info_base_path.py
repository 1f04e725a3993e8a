"""3. A base path without its leading '/'."""

from connector_dsl import Action, Connector, ConnectorInfo, Route


class Ping(Action[None]):
    """Ping."""

    route = Route(method="GET", path="/ping", summary="Ping")


class BasePathConnector(Connector):
    info = ConnectorInfo(title="Planted", host="example.com", base_path="api/v2")
    operations = (Ping,)
