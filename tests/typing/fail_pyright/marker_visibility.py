# expect: visibility
"""A misspelt visibility inside Annotated: pyright and the marker catch it, mypy does not."""

from typing import Annotated

from connector_dsl import Action, Query, Route


class ListHubs(Action[None]):
    route = Route(method="GET", path="/hubs", summary="List hubs")
    region: Annotated[str, Query(summary="Region", visibility="importnat")] = "US"  # error
