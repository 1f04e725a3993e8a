"""ACC Submittals (v2): submittal items and packages, and a trigger for new items.

The contract is Autodesk's Postman collection `ACC_Submittals_API` (no OpenAPI
spec is published for Submittals): `GET items` with `limit`, `offset`, `sort`,
`search` and `filter[...]` query parameters, `GET items/:itemId` and
`GET packages`. The field names of items and packages are the ones the
collection documents as sort and filter keys.
"""

from typing import Annotated, Literal

from aps_connectors.acc.common import Model
from aps_connectors.acc.data import HubChoice
from aps_connectors.acc.issues import IssuesProject, Pagination
from connector_dsl import (
    Action,
    DynamicValues,
    Path,
    PollingTrigger,
    Query,
    Route,
    Ui,
    ref,
)
from connector_dsl.properties import PollingTriggerPolicy, RouteRequestToEndpoint

SUBMITTALS = "Submittals"

SUBMITTAL_BASE = "/construction/submittals/v2/projects/{projectId}"

# --- items ----------------------------------------------------------------------------------


class SubmittalItem(Model):
    """A submittal item."""

    id: Annotated[str, Ui(summary="Item ID", description="The unique id of the submittal item.")]
    identifier: Annotated[
        int | None, Ui(summary="Number", description="The item number within the project.")
    ] = None
    customIdentifier: Annotated[
        str | None, Ui(summary="Custom number", description="The item number set by the team.")
    ] = None
    title: Annotated[
        str | None, Ui(summary="Title", description="The title of the submittal item.")
    ] = None
    description: Annotated[
        str | None, Ui(summary="Description", description="What the item is about, in detail.")
    ] = None
    statusId: Annotated[
        str | None, Ui(summary="Status ID", description="The id of the item's status.")
    ] = None
    stateId: Annotated[
        str | None,
        Ui(summary="State", description="Where the item is in review, such as mgr-1 or rev."),
    ] = None
    packageId: Annotated[
        str | None, Ui(summary="Package ID", description="The package the item belongs to.")
    ] = None
    specId: Annotated[
        str | None, Ui(summary="Spec section ID", description="The spec section of the item.")
    ] = None
    typeId: Annotated[str | None, Ui(summary="Type ID", description="The id of the item type.")] = (
        None
    )
    revision: Annotated[
        int | None, Ui(summary="Revision", description="The revision number of the item.")
    ] = None
    dueDate: Annotated[
        str | None, Ui(summary="Due date", description="When the item is due, as YYYY-MM-DD.")
    ] = None
    manager: Annotated[
        str | None, Ui(summary="Manager", description="Autodesk id of the item's manager.")
    ] = None
    createdBy: Annotated[
        str | None, Ui(summary="Created by", description="Autodesk id of the item's creator.")
    ] = None
    createdAt: Annotated[
        str | None, Ui(summary="Created at", description="When the item was created.")
    ] = None
    updatedAt: Annotated[
        str | None, Ui(summary="Updated at", description="When the item was last changed.")
    ] = None


class SubmittalItems(Model):
    """A page of submittal items."""

    pagination: Pagination | None = None
    results: list[SubmittalItem]


class ListSubmittalItems(Action[SubmittalItems]):
    """Lists the submittal items of a project, optionally filtered by text or state."""

    route = Route(
        method="GET",
        path=f"{SUBMITTAL_BASE}/items",
        summary="List submittal items",
        tags=(SUBMITTALS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    search: Annotated[
        str | None,
        Query(
            summary="Search",
            description="Only items whose number, title or spec section contains this text.",
            visibility="advanced",
        ),
    ] = None
    state: Annotated[
        str | None,
        Query(
            name="filter[stateId]",
            summary="State",
            description="Only items in these review states, such as rev; separate with commas.",
            visibility="advanced",
        ),
    ] = None
    sort: Annotated[
        str | None,
        Query(
            summary="Sort by",
            description="The field and direction to sort by, such as createdAt desc.",
            visibility="advanced",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many items to return on one page.",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many items to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


SUBMITTAL_ITEMS = DynamicValues(
    ListSubmittalItems(projectId=ref("projectId")),
    value=lambda r: [item.id for item in r.results],
    title=lambda r: [item.title for item in r.results],
)


class GetSubmittalItem(Action[SubmittalItem]):
    """Gets one submittal item of a project with its state, dates and people."""

    route = Route(
        method="GET",
        path=f"{SUBMITTAL_BASE}/items/{{itemId}}",
        summary="Get submittal item",
        tags=(SUBMITTALS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    itemId: Annotated[
        str,
        Path(
            summary="Submittal item",
            description="The submittal item, picked from the items of the project.",
            visibility="important",
            dynamic=SUBMITTAL_ITEMS,
            url_encoding="single",
        ),
    ]


# --- packages -------------------------------------------------------------------------------


class SubmittalPackage(Model):
    """A submittal package: items sent for review together."""

    id: Annotated[str, Ui(summary="Package ID", description="The unique id of the package.")]
    identifier: Annotated[
        int | None, Ui(summary="Number", description="The package number within the project.")
    ] = None
    title: Annotated[str | None, Ui(summary="Title", description="The title of the package.")] = (
        None
    )
    description: Annotated[
        str | None, Ui(summary="Description", description="What the package holds.")
    ] = None
    specId: Annotated[
        str | None, Ui(summary="Spec section ID", description="The spec section of the package.")
    ] = None


class SubmittalPackages(Model):
    """A page of submittal packages."""

    pagination: Pagination | None = None
    results: list[SubmittalPackage]


class ListSubmittalPackages(Action[SubmittalPackages]):
    """Lists the submittal packages of a project, optionally filtered by text."""

    route = Route(
        method="GET",
        path=f"{SUBMITTAL_BASE}/packages",
        summary="List submittal packages",
        tags=(SUBMITTALS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    search: Annotated[
        str | None,
        Query(
            summary="Search",
            description="Only packages whose number, title or spec section contains this text.",
            visibility="advanced",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many packages to return on one page.",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many packages to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


# --- trigger ----------------------------------------------------------------------------------


# Autodesk sends no webhook for submittals, so Power Automate polls. Items are read
# oldest first (`sort=createdAt asc`); the trigger's state is how many items the project
# had at the last check (`pagination.totalResults`), which the polling policy passes as
# the next `offset`, so each check reads only the items added since. The trigger's path
# differs from List submittal items' (one GET per path); a route policy sends it to `items`.
class WhenSubmittalItemAdded(PollingTrigger[SubmittalItems]):
    """Starts the flow for each submittal item added to a project since the last check."""

    route = Route(
        method="GET",
        path=f"{SUBMITTAL_BASE}/new-items",
        summary="When a submittal item is added",
        operation_id="WhenSubmittalItemAdded",
        tags=(SUBMITTALS,),
        trigger_hint="Add a submittal item to the chosen project.",
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    sort: Annotated[
        Literal["createdAt asc"],
        Query(
            summary="Sort by",
            description="Always oldest first, so new items come after the ones already seen.",
            visibility="internal",
        ),
    ] = "createdAt asc"
    offset: Annotated[
        int | None,
        Query(
            summary="Seen items",
            description="How many items were seen at the last check; kept by the trigger.",
            visibility="internal",
        ),
    ] = None


SUBMITTAL_POLLING = (
    RouteRequestToEndpoint(
        title="Read new submittal items",
        operations=(WhenSubmittalItemAdded,),
        new_path=f"{SUBMITTAL_BASE}/items",
    ),
    PollingTriggerPolicy(
        title="Poll for new submittal items",
        operations=(WhenSubmittalItemAdded,),
        trigger_config={"offset": "@{triggerBody().pagination.totalResults}"},
        trigger_data_path="@triggerBody().results",
    ),
)
"""The trigger's route to `items`, and its cursor: the item count of the last check
becomes the next `offset`."""

SUBMITTAL_OPERATIONS = (ListSubmittalItems, GetSubmittalItem, ListSubmittalPackages)
