"""ACC RFIs (v3): list, read, create and update requests for information.

The contract is Autodesk's Postman collection `ACC_RFIs_API` (no OpenAPI spec is
published for RFIs): `GET rfi-types`, `POST search:rfis` (with `offset` in the
query and `filter.status`/`filter.dueDate` in the body), `GET`, `POST` and
`PATCH rfis`, with `assignedTo` a list of `{id, type}`. Autodesk's RFIs v3
release notes add that an empty search body returns every RFI. The project is
picked like the Issues project (`IssuesProject`), so a fix there reaches RFIs too.
"""

from typing import Annotated, Literal

from pydantic import Field

from aps_connectors.acc.admin import USERS
from aps_connectors.acc.common import Model
from aps_connectors.acc.data import HubChoice
from aps_connectors.acc.issues import IssuesProject, Pagination
from connector_dsl import Action, Body, DynamicValues, Path, Query, Route, Ui, ref

RFIS = "RFIs"

RFI_BASE = "/construction/rfis/v3/projects/{projectId}"

RfiStatus = Literal["draft", "submitted", "open", "rejected", "answered", "closed", "void"]
"""The RFI statuses of the US and EMEA workflows; which ones a user may set depends on
their workflow role."""

AssigneeKind = Literal["user", "company", "role"]

# --- RFI types ------------------------------------------------------------------------------


class RfiType(Model):
    id: Annotated[str, Ui(summary="RFI type ID", description="The id of the RFI type.")]
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
    title=lambda r: [kind.wfType for kind in r.results],
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
        AssigneeKind,
        Ui(summary="Assignee type", description="What the assignee is: user, company or role."),
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
        str | None, Ui(summary="Question", description="The question the RFI asks.")
    ] = None
    suggestedAnswer: Annotated[
        str | None,
        Ui(summary="Suggested answer", description="The answer the creator suggests."),
    ] = None
    dueDate: Annotated[str | None, Ui(summary="Due date", description="When an answer is due.")] = (
        None
    )
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


class RfiFilter(Model):
    """Which RFIs to list."""

    status: Annotated[
        list[RfiStatus] | None,
        Ui(summary="Statuses", description="Only RFIs with one of these statuses."),
    ] = None
    dueDate: Annotated[
        str | None,
        Ui(
            summary="Due between",
            description="Only RFIs due in this range, written as start..end in ISO 8601.",
        ),
    ] = None


class RfiSearch(Model):
    """A search of RFIs; an empty search lists them all."""

    filter: RfiFilter | None = None


class ListRfis(Action[Rfis]):
    """Lists the RFIs of a project, optionally only those with given statuses or due dates."""

    route = Route(
        method="POST",
        path=f"{RFI_BASE}/search:rfis",
        summary="List RFIs",
        tags=(RFIS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    search: Annotated[
        RfiSearch | None,
        Body(
            summary="Search",
            description="Which RFIs to list; leave it empty to list them all.",
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


RFI_OPERATIONS = (ListRfiTypes, ListRfis, GetRfi, CreateRfi, UpdateRfi)
