"""Account Admin: the ACC projects of an account and the members of a project.

Account Admin wants ids without the `b.` that Data Management puts in front;
the connector's script (`acc.csx`) removes it from `/accounts/b.` and `/projects/b.`.
"""

from typing import Annotated

from aps_connectors.acc.common import ADMIN, Model
from aps_connectors.acc.data import HUBS, PROJECTS, HubChoice
from connector_dsl import Action, DynamicValues, Path, Query, Route, Ui, ref


class AccProject(Model):
    id: Annotated[str, Ui(summary="ACC project ID", description="Project id without 'b.' prefix.")]
    name: Annotated[str, Ui(summary="Project name", description="The name of the project.")]
    status: Annotated[
        str | None, Ui(summary="Status", description="active, pending, archived or suspended.")
    ] = None
    jobNumber: Annotated[
        str | None, Ui(summary="Job number", description="The job number given to the project.")
    ] = None
    platform: Annotated[
        str | None, Ui(summary="Platform", description="acc or bim360, the platform it runs on.")
    ] = None


class AccProjects(Model):
    """A page of the projects of an account."""

    results: list[AccProject]


class ListAccProjects(Action[AccProjects]):
    """Lists the ACC projects of an account; you need account admin rights."""

    route = Route(
        method="GET",
        path="/construction/admin/v1/accounts/{accountId}/projects",
        summary="List account projects",
        tags=(ADMIN,),
    )
    accountId: Annotated[
        str,
        Path(
            summary="Account",
            description="The account: pick its hub, the 'b.' prefix is removed for you.",
            visibility="important",
            dynamic=HUBS,
            url_encoding="single",
        ),
    ]
    name: Annotated[
        str | None,
        Query(
            name="filter[name]",
            summary="Name contains",
            description="Only projects whose name contains this text.",
            visibility="advanced",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many projects to return, 1 to 200 (20 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many projects to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


class ProjectUser(Model):
    id: Annotated[str, Ui(summary="ACC user ID", description="The ACC id of the member.")]
    autodeskId: Annotated[
        str | None,
        Ui(summary="Autodesk ID", description="The Autodesk id, which issues use for assignees."),
    ] = None
    name: Annotated[str | None, Ui(summary="Name", description="The full name of the member.")] = (
        None
    )
    email: Annotated[
        str | None, Ui(summary="Email", description="The email address of the member.")
    ] = None
    companyName: Annotated[
        str | None, Ui(summary="Company", description="The company the member represents.")
    ] = None
    status: Annotated[
        str | None, Ui(summary="Status", description="active, pending or deleted membership.")
    ] = None


class ProjectUsers(Model):
    """A page of the members of a project."""

    results: list[ProjectUser]


class ListProjectUsers(Action[ProjectUsers]):
    """Lists the members of a project; it feeds the Assigned to dropdowns."""

    route = Route(
        method="GET",
        path="/construction/admin/v1/projects/{projectId}/users",
        summary="List project users",
        tags=(ADMIN,),
    )
    hub_id: HubChoice = None
    projectId: Annotated[
        str,
        Path(
            summary="Project",
            description="The project; the 'b.' prefix of the list is removed for you.",
            visibility="important",
            dynamic=PROJECTS,
            url_encoding="single",
        ),
    ]
    name: Annotated[
        str | None,
        Query(
            name="filter[name]",
            summary="Name contains",
            description="Only members whose name contains this text.",
            visibility="advanced",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many members to return, 1 to 200 (20 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many members to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


USERS = DynamicValues(
    ListProjectUsers(projectId=ref("projectId"), limit=200),
    value=lambda r: [user.autodeskId for user in r.results],
    title=lambda r: [user.name for user in r.results],
)
"""Project members by Autodesk id, the id Issues takes for `assignedTo`."""
