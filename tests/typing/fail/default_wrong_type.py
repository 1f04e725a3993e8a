# expect: "Status"
"""A default of the wrong type for an enum input."""

from enum import Enum
from typing import Annotated

from connector_dsl import Action, Query, Route


class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


class ListIssues(Action[None]):
    """Issues."""

    route = Route(method="GET", path="/issues", summary="List issues")
    status: Annotated[Status, Query()] = 1  # error
