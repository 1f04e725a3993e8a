# expect: host
"""ConnectorInfo without its required host."""
from __future__ import annotations

from connector_dsl import Action, Connector, ConnectorInfo, Route


class Hubs(Connector):
    info = ConnectorInfo(title="Hubs")  # error
    operations = ()
