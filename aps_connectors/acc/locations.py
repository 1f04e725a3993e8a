"""ACC Locations (v2): the location tree of a project, as a list and as a dropdown.

The contract is Autodesk's Postman collection `ACC_Locations_API` (no OpenAPI
spec is published for Locations): `GET trees/:treeId/nodes`, where the tree is
always `default`, `limit` goes up to 10,000 nodes (the default) and every node has
`id`, `parentId`, `type` (`Root` or `Area`), `name`, `description` and `barcode`.
`LOCATIONS` is the dropdown for an issue's `locationId`.
"""

from typing import Annotated, Literal

from aps_connectors.acc.common import Model
from aps_connectors.acc.data import HubChoice
from aps_connectors.acc.issues import IssuesProject, Pagination
from connector_dsl import Action, DynamicValues, Path, Query, Route, Ui, ref

LOCATIONS_TAG = "Locations"


class LocationNode(Model):
    """A location: the root of the tree or an area inside another location."""

    id: Annotated[str, Ui(summary="Location ID", description="The unique id of the location.")]
    parentId: Annotated[
        str | None,
        Ui(
            summary="Parent ID",
            description="The location this one is inside; empty for the root.",
            nullable=True,
        ),
    ] = None
    type: Annotated[
        str | None, Ui(summary="Type", description="Root for the top of the tree, else Area.")
    ] = None
    name: Annotated[str | None, Ui(summary="Name", description="The name of the location.")] = None
    description: Annotated[
        str | None, Ui(summary="Description", description="More about the location.")
    ] = None
    barcode: Annotated[
        str | None, Ui(summary="Barcode", description="The barcode printed for the location.")
    ] = None


class LocationNodes(Model):
    """The locations of a project, parents before their children."""

    pagination: Pagination | None = None
    results: list[LocationNode]


class ListLocations(Action[LocationNodes]):
    """Lists every location of a project's location tree, such as buildings, floors and rooms."""

    route = Route(
        method="GET",
        path="/construction/locations/v2/projects/{projectId}/trees/{treeId}/nodes",
        summary="List locations",
        tags=(LOCATIONS_TAG,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    treeId: Annotated[
        Literal["default"],
        Path(
            summary="Tree",
            description="The location tree; a project has one, named default.",
            visibility="internal",
        ),
    ] = "default"
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many locations to return, 1 to 10000 (10000 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many locations to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


LOCATIONS = DynamicValues(
    ListLocations(projectId=ref("projectId")),
    value=lambda r: [node.id for node in r.results],
    title=lambda r: [node.name for node in r.results],
)
"""Every location of the project by name, for an issue's (or form's) `locationId`."""

LOCATION_OPERATIONS = (ListLocations,)
