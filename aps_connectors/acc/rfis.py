"""ACC RFIs (v3): list, read, create and update requests for information.

Autodesk publishes no OpenAPI spec for RFIs. The contract is its Postman collection
`ACC_RFIs_API` (`GET rfi-types`, `POST search:rfis` with `offset` in the query and a
`filter` in the body, `GET`, `POST` and `PATCH rfis`, `assignedTo` as `[{id, type}]`)
and its reference pages (aps.autodesk.com/en/docs/acc/v1/reference/http/rfis-rfi-search-POST,
rfis-rfis-POST, rfis-RFI-types-GET): the search body takes `limit` (10 by default, at
most 200), `offset`, `search`, `sort: [{field, order}]` and `filter` (`status`,
`dueDate` and `updatedAt` ranges, ...); a new RFI needs `title` and `status` and is
answered with 201; an RFI type has `id`, `name` and `wfType`. The project is picked
like the Issues project (`IssuesProject`), so a fix there reaches RFIs too.
"""

from typing import Annotated, Literal

from pydantic import Field

from aps_connectors.acc.admin import USERS
from aps_connectors.acc.common import Model
from aps_connectors.acc.data import HubChoice
from aps_connectors.acc.issues import IssuesProject, Pagination
from connector_dsl import (
    Action,
    Body,
    DynamicValues,
    Path,
    PollingTrigger,
    Query,
    Route,
    Ui,
    ref,
)
from connector_dsl.properties import PollingTriggerPolicy, RouteRequestToEndpoint

RFIS = "RFIs"

RFI_BASE = "/construction/rfis/v3/projects/{projectId}"

RfiStatus = Literal[
    "draft",
    "submitted",
    "open",
    "openRev1",
    "openRev2",
    "answered",
    "answeredRev1",
    "answeredManager",
    "rejected",
    "closed",
    "void",
]
"""The statuses of the US workflow (open, answered, rejected) and of the EMEA one (openRev1,
openRev2, answeredRev1, answeredManager); which a user may set depends on their role."""

# --- RFI types ------------------------------------------------------------------------------


class RfiType(Model):
    id: Annotated[str, Ui(summary="RFI type ID", description="The id of the RFI type.")]
    name: Annotated[str | None, Ui(summary="RFI type", description="The name of the RFI type.")] = (
        None
    )
    status: Annotated[
        str | None, Ui(summary="Status", description="active, inactive or hidden.")
    ] = None
    wfType: Annotated[
        str | None,
        Ui(summary="Workflow", description="The workflow the type follows: US or EU."),
    ] = None


class RfiTypes(Model):
    """The RFI types of a project."""

    results: list[RfiType]


class ListRfiTypes(Action[RfiTypes]):
    """Lists the RFI types of a project, each with the workflow it follows."""

    route = Route(
        method="GET",
        path=f"{RFI_BASE}/rfi-types",
        summary="List RFI types",
        tags=(RFIS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject


RFI_TYPES = DynamicValues(
    ListRfiTypes(projectId=ref("projectId")),
    value=lambda r: [kind.id for kind in r.results],
    title=lambda r: [kind.name for kind in r.results],
)

# --- RFIs -----------------------------------------------------------------------------------


class RfiAssignee(Model):
    """Who an RFI is assigned to (its ball in court)."""

    id: Annotated[
        str,
        Ui(
            summary="Assignee",
            description="The project member the RFI goes to; pick them from the list.",
            dynamic=USERS,
        ),
    ]
    type: Annotated[
        Literal["user"],
        Ui(
            summary="Assignee type",
            description="Always user: RFIs are assigned to people.",
            visibility="advanced",
        ),
    ] = "user"


class Rfi(Model):
    """An RFI."""

    id: Annotated[str, Ui(summary="RFI ID", description="The unique id of the RFI.")]
    customIdentifier: Annotated[
        str | None, Ui(summary="Number", description="The RFI number shown in ACC.")
    ] = None
    title: Annotated[str | None, Ui(summary="Title", description="The title of the RFI.")] = None
    status: Annotated[
        str | None, Ui(summary="Status", description="The status, such as open or answered.")
    ] = None
    question: Annotated[
        str | None,
        Ui(summary="Question", description="The question the RFI asks.", nullable=True),
    ] = None
    workflowType: Annotated[
        str | None,
        Ui(summary="Workflow", description="The workflow of the RFI: US or EU."),
    ] = None
    suggestedAnswer: Annotated[
        str | None,
        Ui(summary="Suggested answer", description="The answer the creator suggests."),
    ] = None
    dueDate: Annotated[
        str | None, Ui(summary="Due date", description="When an answer is due.", nullable=True)
    ] = None
    rfiTypeId: Annotated[
        str | None, Ui(summary="RFI type ID", description="The id of the RFI type.")
    ] = None
    assignedTo: list[RfiAssignee] = Field(default_factory=list)
    createdBy: Annotated[
        str | None, Ui(summary="Created by", description="Autodesk id of the RFI's creator.")
    ] = None
    createdAt: Annotated[
        str | None, Ui(summary="Created at", description="When the RFI was created.")
    ] = None
    updatedAt: Annotated[
        str | None, Ui(summary="Updated at", description="When the RFI was last changed.")
    ] = None


class Rfis(Model):
    """A page of RFIs."""

    pagination: Pagination | None = None
    results: list[Rfi]


class ListRfis(Action[Rfis]):
    """Lists the RFIs of a project, optionally only those matching a text, statuses or dates."""

    route = Route(
        method="POST",
        path=f"{RFI_BASE}/search:rfis",
        summary="List RFIs",
        tags=(RFIS,),
        # Not "search": the search text is a body property of that name, and an input
        # named "search" would then be the whole body (a JSON string Autodesk refuses).
        body_name="criteria",
        body_summary="Search",
        body_description="Which RFIs to list; leave the fields empty to list them all.",
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    limit: Annotated[
        int,
        Body(
            summary="Limit",
            description="How many RFIs a page holds: 200, the most Autodesk allows.",
            visibility="internal",
        ),
    ] = 200
    text: Annotated[
        str | None,
        Body(
            name="search",
            summary="Search text",
            description="Only RFIs whose title, question or official answer contains this text.",
            visibility="advanced",
        ),
    ] = None
    statuses: Annotated[
        list[RfiStatus] | None,
        Body(
            name="filter/status",
            summary="Statuses",
            description="Only RFIs with one of these statuses.",
            visibility="advanced",
        ),
    ] = None
    due: Annotated[
        str | None,
        Body(
            name="filter/dueDate",
            summary="Due between",
            description="Only RFIs due in this range, written as start..end in ISO 8601.",
            visibility="advanced",
        ),
    ] = None
    updated: Annotated[
        str | None,
        Body(
            name="filter/updatedAt",
            summary="Changed between",
            description="Only RFIs changed in this range, written as start..end in ISO 8601.",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many RFIs to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


RFI_LIST = DynamicValues(
    ListRfis(projectId=ref("projectId")),
    value=lambda r: [rfi.id for rfi in r.results],
    title=lambda r: [rfi.title for rfi in r.results],
)

RfiPath = Annotated[
    str,
    Path(
        summary="RFI",
        description="The RFI, picked from the RFIs of the project.",
        visibility="important",
        dynamic=RFI_LIST,
        url_encoding="single",
    ),
]


class GetRfi(Action[Rfi]):
    """Gets one RFI of a project with its question, status and assignees."""

    route = Route(
        method="GET",
        path=f"{RFI_BASE}/rfis/{{rfiId}}",
        summary="Get RFI",
        tags=(RFIS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    rfiId: RfiPath


class NewRfi(Model):
    """What a new RFI needs."""

    title: Annotated[
        str, Ui(summary="Title", description="The title of the RFI.", visibility="important")
    ]
    question: Annotated[
        str | None,
        Ui(summary="Question", description="The question to answer.", visibility="important"),
    ] = None
    status: Annotated[
        RfiStatus,
        Ui(
            summary="Status",
            description="The status the RFI starts in; draft until it is submitted.",
            visibility="important",
        ),
    ] = "draft"
    suggestedAnswer: Annotated[
        str | None,
        Ui(summary="Suggested answer", description="The answer you suggest, if any."),
    ] = None
    dueDate: Annotated[
        str | None,
        Ui(
            summary="Due date",
            description="When the answer is due, as an ISO 8601 date and time.",
            format="date-time",
        ),
    ] = None
    rfiTypeId: Annotated[
        str | None,
        Ui(
            summary="RFI type",
            description="The RFI type, which sets the workflow; pick it from the list.",
            dynamic=RFI_TYPES,
            visibility="advanced",
        ),
    ] = None
    assignedTo: Annotated[
        list[RfiAssignee] | None,
        Ui(summary="Assigned to", description="The project members the RFI goes to."),
    ] = None


class CreateRfi(Action[Rfi]):
    """Creates an RFI in a project, as a draft unless another status is chosen."""

    route = Route(
        method="POST",
        path=f"{RFI_BASE}/rfis",
        summary="Create RFI",
        tags=(RFIS,),
        # The collection does not say which 2xx Autodesk answers; 201, as Submittals' create.
        status=201,
        response_description="Created",
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    rfi: Annotated[
        NewRfi,
        Body(
            summary="RFI",
            description="The title, question, status and other fields of the RFI.",
            visibility="important",
        ),
    ]


class RfiChanges(Model):
    """A move of an RFI through its workflow: the new status and who has it next."""

    status: Annotated[
        RfiStatus | None,
        Ui(summary="Status", description="The status to move the RFI to.", visibility="important"),
    ] = None
    assignedTo: Annotated[
        list[RfiAssignee] | None,
        Ui(
            summary="Assigned to",
            description="Who has the RFI next, such as its manager or reviewers.",
            visibility="important",
        ),
    ] = None


class UpdateRfi(Action[Rfi]):
    """Moves an RFI to another status and assigns it to the next project members."""

    route = Route(
        method="PATCH",
        path=f"{RFI_BASE}/rfis/{{rfiId}}",
        summary="Update RFI",
        tags=(RFIS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    rfiId: RfiPath
    changes: Annotated[
        RfiChanges,
        Body(
            summary="Changes",
            description="The new status and assignees; empty fields are left as they are.",
            visibility="important",
        ),
    ]


# --- trigger ----------------------------------------------------------------------------------


class OldestFirst(Model):
    """The search order of the trigger: by creation time, oldest first."""

    field: Annotated[
        Literal["createdAt"], Ui(summary="Sort by", description="Always createdAt.")
    ] = "createdAt"
    order: Annotated[Literal["ASC"], Ui(summary="Order", description="Always ASC.")] = "ASC"


# Autodesk sends no webhook for RFIs, so Power Automate polls. RFIs are searched oldest
# first (`sort: [{field: createdAt, order: ASC}]`); the trigger's state is how many RFIs
# the project had at the last check (`pagination.totalResults`), which the polling policy
# passes as the next `offset`, so each check reads only the RFIs created since.
# No trigger for changed RFIs: a change cursor would need `filter.updatedAt`, which RFIs v3
# takes only in the search body, and a polling policy sets query parameters only. Autodesk
# has no other list: its RFIs v3 changelog (2025-07-01) and release blog name 16 endpoints,
# whose only list is `POST search:rfis`; the Postman collection sends it `offset` as its
# only query parameter. The query-filtered `GET rfis` belongs to the deprecated BIM 360
# RFIs v2 API (`/bim360/rfis/v2/containers/...`), which the v3 migration blog replaces by
# the search.
# The trigger's path differs from List RFIs' (one POST per path); a route policy sends it
# to `search:rfis`.
class WhenRfiCreated(PollingTrigger[Rfis]):
    """Starts the flow for each RFI created in a project since the last check."""

    route = Route(
        method="POST",
        path=f"{RFI_BASE}/new-rfis",
        summary="When an RFI is created",
        operation_id="WhenRfiCreated",
        tags=(RFIS,),
        trigger_hint="Create an RFI in the chosen project.",
        body_name="search",
        body_summary="Search",
        body_description="Oldest first, a full page at a time; set by the trigger.",
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    limit: Annotated[
        int,
        Body(
            summary="Limit",
            description="How many RFIs a check reads at most: 200.",
            visibility="internal",
        ),
    ] = 200
    sort: Annotated[
        list[OldestFirst],
        Body(
            summary="Sort",
            description="Oldest first, so new RFIs come after the ones already seen.",
            visibility="internal",
        ),
    ] = [OldestFirst()]  # noqa: RUF012
    offset: Annotated[
        int | None,
        Query(
            summary="Seen RFIs",
            description="How many RFIs were seen at the last check; kept by the trigger.",
            visibility="internal",
        ),
    ] = None


RFI_POLLING = (
    RouteRequestToEndpoint(
        title="Search new RFIs",
        operations=(WhenRfiCreated,),
        new_path=f"{RFI_BASE}/search:rfis",
    ),
    PollingTriggerPolicy(
        title="Poll for new RFIs",
        operations=(WhenRfiCreated,),
        trigger_config={"offset": "@{triggerBody().pagination.totalResults}"},
        trigger_data_path="@triggerBody().results",
    ),
)
"""The trigger's route to `search:rfis`, and its cursor: the RFI count of the last check
becomes the next `offset`."""

RFI_OPERATIONS = (ListRfiTypes, ListRfis, GetRfi, CreateRfi, UpdateRfi)
