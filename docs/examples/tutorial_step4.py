"""Tutorial step 4: pick hub, project and folder from lists instead of pasting a URN."""

# --8<-- [start:imports]
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import Action, Body, Connector, DynamicValues, Path, Query, Route, Ui, ref
from connector_dsl.cli.swagger import print_swagger

import tutorial_step1
import tutorial_step2
import tutorial_step3

# --8<-- [end:imports]


# --8<-- [start:lists]
class Attributes(BaseModel):
    name: Annotated[str, Ui(summary="Name")]


class Resource(BaseModel):
    type: str
    id: Annotated[str, Ui(summary="ID")]
    attributes: Attributes


class Resources(BaseModel):
    """A JSON:API list of hubs, projects or folders."""

    data: list[Resource]


class ListHubs(Action[Resources]):
    """Lists the hubs the user can reach."""

    route = Route(method="GET", path="/project/v1/hubs", summary="List hubs", visibility="internal")


class ListProjects(Action[Resources]):
    """Lists the projects of a hub."""

    route = Route(
        method="GET",
        path="/project/v1/hubs/{hub_id}/projects",
        summary="List projects",
        visibility="internal",
    )
    hub_id: Annotated[str, Path(summary="Hub")]


class ListTopFolders(Action[Resources]):
    """Lists the top folders of a project."""

    route = Route(
        method="GET",
        path="/project/v1/hubs/{hub_id}/projects/{project_id}/topFolders",
        summary="List top folders",
        visibility="internal",
    )
    hub_id: Annotated[str, Path(summary="Hub")]
    project_id: Annotated[str, Path(summary="Project")]


# --8<-- [end:lists]


# --8<-- [start:dropdowns]
HUBS = DynamicValues(
    ListHubs(),
    value=lambda r: [hub.id for hub in r.data],
    title=lambda r: [hub.attributes.name for hub in r.data],
)
PROJECTS = DynamicValues(
    ListProjects(hub_id=ref("hub_id")),
    value=lambda r: [project.id for project in r.data],
    title=lambda r: [project.attributes.name for project in r.data],
)
TOP_FOLDERS = DynamicValues(
    ListTopFolders(hub_id=ref("hub_id"), project_id=ref("project_id")),
    value=lambda r: [folder.id for folder in r.data],
    title=lambda r: [folder.attributes.name for folder in r.data],
)

HubChoice = Annotated[str | None, Query(summary="Hub", visibility="important", dynamic=HUBS)]
ProjectChoice = Annotated[
    str | None, Query(summary="Project", visibility="important", dynamic=PROJECTS)
]
# --8<-- [end:dropdowns]


# --8<-- [start:trigger]
class WhenVersionAdded(tutorial_step1.WhenVersionAdded):
    """Starts the flow when a new version of a file is added to a folder."""

    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder: Annotated[
        str,
        Body(name="scope/folder", summary="Folder", visibility="important", dynamic=TOP_FOLDERS),
    ]


# --8<-- [end:trigger]


# --8<-- [start:connector]
class APSTutorial(Connector):
    """Autodesk Platform Services, the tutorial connector."""

    info = tutorial_step3.APSTutorial.info
    security = tutorial_step3.APSTutorial.security
    # --8<-- [start:operations]
    operations = (
        ListHubs,
        ListProjects,
        ListTopFolders,
        WhenVersionAdded,
        tutorial_step1.DeleteVersionAddedHook,
        tutorial_step2.ListModelViews,
        tutorial_step2.ListElementProperties,
        tutorial_step3.ListIssueTypes,
        tutorial_step3.CreateIssue,
    )
    # --8<-- [end:operations]


if __name__ == "__main__":
    raise SystemExit(print_swagger(APSTutorial))
# --8<-- [end:connector]
