"""2. `Route(visibility=...)` outside its values."""

from connector_dsl import Action, Connector, ConnectorInfo, Route

VISIBILITY = "hidden"  # read from elsewhere: the type checker sees only a str


class ArchiveProject(Action[None]):
    """Archive a project."""

    route = Route(method="POST", path="/archive", summary="Archive", visibility=VISIBILITY)  # type: ignore[arg-type]


class HiddenConnector(Connector):
    info = ConnectorInfo(title="Planted", host="example.com")
    operations = (ArchiveProject,)
