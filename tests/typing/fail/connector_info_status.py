# expect: status
"""A release status ConnectorInfo does not know."""

from __future__ import annotations

from connector_dsl import ConnectorInfo

INFO = ConnectorInfo(title="Items", host="items.example.com", status="Beta")  # error
