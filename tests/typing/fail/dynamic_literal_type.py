# expect: "archived"
"""A dropdown passing "yes" for a bool input."""

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Action, DynamicSchema, DynamicValues, Query, Route, Ui, ref


class Attributes(BaseModel):
    name: str


class Project(BaseModel):
    id: str
    attributes: Attributes


class Projects(BaseModel):
    data: list[Project]


class ListProjects(Action[Projects]):
    """Projects of a hub."""

    route = Route(method="GET", path="/hubs/{hub_id}/projects", summary="List projects")
    hub_id: str
    archived: Annotated[bool, Query()] = False



PROJECTS = DynamicValues(ListProjects(hub_id=ref("hub_id"), archived="yes"), value=lambda r: [p.id for p in r.data])  # error
