# expect: dynamic
"""An operation class where a DynamicValues is due, inside Annotated."""

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Action, Query, Route


class Hub(BaseModel):
    id: str


class ListHubs(Action[list[Hub]]):
    route = Route(method="GET", path="/hubs", summary="List hubs")


class ListProjects(Action[None]):
    route = Route(method="GET", path="/projects", summary="List projects")
    hub_id: Annotated[str, Query(summary="Hub", dynamic=ListHubs)]  # error
