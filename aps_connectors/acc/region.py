"""The Autodesk region: chosen once per connection, sent in the header each API expects.

An ACC account (hub) lives in one region; Issues, Webhooks, Account Admin and
Model Derivative route a call by a header, each under its own name, and use
the US when it is missing. The connection asks for the region (US by default),
and one `setheader` policy per header name sends it to the operations whose
path belongs to that API. Data Management needs no header: it finds the hub's
region itself, and its hubs say which region they live in (`attributes.region`).

A connection parameter rather than an input on every action: a flow author
picks the region once, when connecting, not on each of the connector's steps,
and the triggers register their hooks in that region too. A user with hubs in
two regions makes one connection per region.
"""

from collections.abc import Sequence
from typing import Any

from connector_dsl import ConnectionField, Operation
from connector_dsl.properties.policies import SetHeader

REGIONS = {
    "US": "US (default)",
    "EMEA": "Europe, Middle East and Africa (EMEA)",
    "AUS": "Australia (AUS)",
    "CAN": "Canada (CAN)",
    "DEU": "Germany (DEU)",
    "IND": "India (IND)",
    "JPN": "Japan (JPN)",
    "GBR": "United Kingdom (GBR)",
}
"""Autodesk's regions, as the specs' `region` enums list them."""

REGION = ConnectionField(
    name="region",
    display_name="Region",
    description="The region of your ACC account: the Region shown for the hub in ACC.",
    tooltip="Autodesk keeps each account's data in one region; US when unsure.",
    default="US",
    choices=REGIONS,
)

REGION_HEADERS = (
    ("/construction/issues/", "x-ads-region"),
    ("/webhooks/", "x-ads-region"),
    ("/construction/admin/", "Region"),
    ("/modelderivative/", "region"),
)
"""Path prefix of an API -> the header its spec names for the region."""


def region_header(path: str) -> str | None:
    """The region header the API of `path` takes, or None (Data Management)."""
    return next((header for prefix, header in REGION_HEADERS if path.startswith(prefix)), None)


def region_policies(operations: Sequence[type[Operation[Any]]]) -> tuple[SetHeader, ...]:
    """One policy per header name, sending the connection's region to its operations."""
    by_header: dict[str, list[type[Operation[Any]]]] = {}
    for operation in operations:
        header = region_header(operation.route.path)
        if header is not None:
            by_header.setdefault(header, []).append(operation)
    return tuple(
        SetHeader(
            name=header,
            value="@connectionParameters('region')",
            operations=tuple(found),
            title=f"Region header {header}",
        )
        for header, found in by_header.items()
    )
