"""A connector that builds but breaks validation rules; each planted line says which.

Mistakes `build` itself rejects (a visibility outside its values, a host with a scheme)
are planted through what it lets by: raw keys, a placeholder host.

`tests/validate/test_python_places.py` finds the lines by their `# planted:` comments.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    DynamicValues,
    Path,
    Query,
    Route,
    Ui,
)
from connector_dsl.authoring.raw import Raw


class Project(BaseModel):
    id: str
    name: str


class ListProjects(Action[list[Project]]):
    """List the projects."""

    route = Route(method="GET", path="/projects", summary="List projects")


class Home(BaseModel):
    project: Project


class GetHome(Action[Home]):
    """Get the home project."""

    route = Route(method="GET", path="/home", summary="Get home")


class NewTask(BaseModel):
    """A task to create."""

    title: str
    project: Annotated[  # planted: dropdown
        str,
        Ui(dynamic=DynamicValues(GetHome, collection="project", value="id", title="name")),
    ]


class CreateTask(Action[None]):
    """Create a task."""

    route = Route(method="POST", path="/tasks", summary="Create a task")
    task: Annotated[NewTask, Body()]


class HiddenPing(Action[None]):
    """Ping, hidden."""

    route = Route(  # planted: visibility
        method="GET", path="/ping", summary="Ping", raw=Raw(keys={"x-ms-visibility": "hidden"})
    )


class Search(Action[None]):
    """Search with a body on a GET."""

    route = Route(method="GET", path="/search/{scope}", summary="Search")
    scope: Annotated[str, Path()]
    limit: Annotated[int, Query()] = 10
    query: Annotated[str, Body()]  # planted: body-on-get


class Planted(Connector):
    info = ConnectorInfo(  # planted: host
        title="Planted", description="Findings at known lines.", host="{{tenant}}.example.com"
    )
    operations = (ListProjects, GetHome, CreateTask, HiddenPing, Search)
