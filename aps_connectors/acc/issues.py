"""ACC Issues: types, root causes, issues and their comments.

Issues takes the bare ACC project id; the Project dropdown gives the Data
Management id (`b.<guid>`) and the connector's script removes the prefix.
Every operation calls a path Autodesk publishes. Autodesk nests subtypes in
types and root causes in categories; the Subtype and Root cause dropdowns ask
the script (by the internal `x-acc-flatten` header) to list the nested entries
as one list, which no path expression of a dropdown can do.
"""

from typing import Annotated, Literal

from pydantic import Field

from aps_connectors.acc.admin import USERS
from aps_connectors.acc.common import ISSUES, Model
from aps_connectors.acc.data import PROJECTS, HubChoice
from connector_dsl import Action, Body, DynamicValues, Header, Path, Query, Route, Ui, ref

IssuesProject = Annotated[
    str,
    Path(
        summary="Project",
        description="The project; the 'b.' prefix of the list is removed for you.",
        visibility="important",
        dynamic=PROJECTS,
        url_encoding="single",
    ),
]

FLATTEN = "x-acc-flatten"
"""The header by which a dropdown asks `acc.csx` for the nested entries as one list."""


def flatten_header(what: str) -> object:
    """The internal input a dropdown sets to have the script flatten `what`."""
    return Header(
        name=FLATTEN,
        summary="Flatten",
        description=f"Set by the {what} dropdown only; leave empty.",
        visibility="internal",
    )


IssueStatus = Literal[
    "draft",
    "open",
    "pending",
    "in_progress",
    "in_review",
    "completed",
    "not_approved",
    "in_dispute",
    "closed",
]

AssigneeType = Literal["user", "company", "role"]

# --- types and subtypes ---------------------------------------------------------------------


class IssueSubtype(Model):
    id: Annotated[str, Ui(summary="Subtype ID", description="The id of the issue subtype.")]
    title: Annotated[str, Ui(summary="Subtype", description="The name of the issue subtype.")]
    issueTypeId: Annotated[
        str | None, Ui(summary="Type ID", description="The id of the type the subtype belongs to.")
    ] = None
    isActive: Annotated[
        bool | None, Ui(summary="Active", description="Whether new issues may use the subtype.")
    ] = None


class IssueType(Model):
    id: Annotated[str, Ui(summary="Type ID", description="The id of the issue type (category).")]
    title: Annotated[str, Ui(summary="Type", description="The name of the issue type.")]
    isActive: Annotated[
        bool | None, Ui(summary="Active", description="Whether new issues may use the type.")
    ] = None
    subtypes: list[IssueSubtype] = Field(default_factory=list)


class IssueTypes(Model):
    """Issue types of a project with their subtypes."""

    results: list[IssueType]


class ListIssueTypes(Action[IssueTypes]):
    """Lists the issue types (categories) of a project, each with its subtypes."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issue-types",
        summary="List issue types",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    include: Annotated[
        Literal["subtypes"],
        Query(
            summary="Include",
            description="Always 'subtypes', so each type lists its subtypes.",
            visibility="internal",
        ),
    ] = "subtypes"
    flatten: Annotated[Literal["subtypes"] | None, flatten_header("Issue subtype")] = None


ISSUE_TYPES = DynamicValues(
    ListIssueTypes(projectId=ref("projectId")),
    value=lambda r: [kind.id for kind in r.results],
    title=lambda r: [kind.title for kind in r.results],
)


SUBTYPES = DynamicValues(
    ListIssueTypes(projectId=ref("projectId"), flatten="subtypes"),
    # With the header set, acc.csx answers the subtypes of every type as `results`
    # (each subtype has `id` and `title`, as a type does): path strings say so.
    collection="results",
    value="id",
    title="title",
)
"""Every subtype of every issue type: the list behind `issueSubtypeId`."""

# --- root causes ----------------------------------------------------------------------------


class RootCause(Model):
    id: Annotated[str, Ui(summary="Root cause ID", description="The id of the root cause.")]
    title: Annotated[str, Ui(summary="Root cause", description="The name of the root cause.")]
    rootCauseCategoryId: Annotated[
        str | None, Ui(summary="Category ID", description="The id of its root cause category.")
    ] = None
    isActive: Annotated[
        bool | None, Ui(summary="Active", description="Whether new issues may use it.")
    ] = None


class RootCauseCategory(Model):
    id: Annotated[str, Ui(summary="Category ID", description="The id of the root cause category.")]
    title: Annotated[str, Ui(summary="Category", description="The name of the category.")]
    isActive: Annotated[
        bool | None, Ui(summary="Active", description="Whether new issues may use it.")
    ] = None
    rootCauses: list[RootCause] = Field(default_factory=list)


class RootCauseCategories(Model):
    """Root cause categories of a project, each with its root causes."""

    results: list[RootCauseCategory]


class ListRootCauses(Action[RootCauseCategories]):
    """Lists the root cause categories of a project, each with its root causes."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issue-root-cause-categories",
        summary="List root causes",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    include: Annotated[
        Literal["rootcauses"],
        Query(
            summary="Include",
            description="Always 'rootcauses', so each category lists its root causes.",
            visibility="internal",
        ),
    ] = "rootcauses"
    flatten: Annotated[Literal["rootcauses"] | None, flatten_header("Root cause")] = None


ROOT_CAUSES = DynamicValues(
    ListRootCauses(projectId=ref("projectId"), flatten="rootcauses"),
    # With the header set, acc.csx answers the root causes of every category as `results`.
    collection="results",
    value="id",
    title="title",
)

# --- issues -----------------------------------------------------------------------------------


class Issue(Model):
    """An issue."""

    id: Annotated[str, Ui(summary="Issue ID", description="The unique id of the issue.")]
    displayId: Annotated[
        int | None, Ui(summary="Number", description="The issue number shown in ACC.")
    ] = None
    title: Annotated[str, Ui(summary="Title", description="The title of the issue.")]
    description: Annotated[
        str | None, Ui(summary="Description", description="The description of the issue.")
    ] = None
    status: Annotated[str, Ui(summary="Status", description="The status, such as open or closed.")]
    issueTypeId: Annotated[
        str | None, Ui(summary="Type ID", description="The id of the issue type (category).")
    ] = None
    issueSubtypeId: Annotated[
        str | None, Ui(summary="Subtype ID", description="The id of the issue subtype.")
    ] = None
    assignedTo: Annotated[
        str | None, Ui(summary="Assigned to", description="Autodesk id of the assignee.")
    ] = None
    assignedToType: Annotated[
        str | None,
        Ui(summary="Assignee type", description="user, company or role.", nullable=True),
    ] = None
    dueDate: Annotated[
        str | None,
        Ui(summary="Due date", description="The due date, as YYYY-MM-DD.", nullable=True),
    ] = None
    startDate: Annotated[
        str | None, Ui(summary="Start date", description="The start date, as YYYY-MM-DD.")
    ] = None
    rootCauseId: Annotated[
        str | None, Ui(summary="Root cause ID", description="The id of the root cause.")
    ] = None
    locationId: Annotated[
        str | None, Ui(summary="Location ID", description="The id of the issue's location.")
    ] = None
    locationDetails: Annotated[
        str | None, Ui(summary="Location", description="Where the issue is, as plain text.")
    ] = None
    published: Annotated[
        bool | None, Ui(summary="Published", description="Whether assignees can see the issue.")
    ] = None
    watchers: Annotated[
        list[str],
        Ui(summary="Watchers", description="Autodesk ids of the members who watch the issue."),
    ] = Field(default_factory=list)
    commentCount: Annotated[
        int | None, Ui(summary="Comments", description="How many comments the issue has.")
    ] = None
    createdBy: Annotated[
        str | None, Ui(summary="Created by", description="Autodesk id of the issue's creator.")
    ] = None
    createdAt: Annotated[
        str | None, Ui(summary="Created at", description="When the issue was created.")
    ] = None
    updatedAt: Annotated[
        str | None, Ui(summary="Updated at", description="When the issue was last changed.")
    ] = None
    closedAt: Annotated[
        str | None, Ui(summary="Closed at", description="When the issue was closed.")
    ] = None


class Pagination(Model):
    limit: Annotated[int | None, Ui(summary="Limit", description="The page size asked for.")] = None
    offset: Annotated[
        int | None, Ui(summary="Offset", description="How many results came before this page.")
    ] = None
    totalResults: Annotated[
        int | None, Ui(summary="Total results", description="How many results there are in all.")
    ] = None


class Issues(Model):
    """A page of issues."""

    pagination: Pagination | None = None
    results: list[Issue]


class ListIssues(Action[Issues]):
    """Lists the issues of a project, filtered by status, assignee, type or due date."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issues",
        summary="List issues",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    status: Annotated[
        IssueStatus | None,
        Query(
            name="filter[status]",
            summary="Status",
            description="Only issues with this status.",
            visibility="advanced",
        ),
    ] = None
    assigned_to: Annotated[
        str | None,
        Query(
            name="filter[assignedTo]",
            summary="Assigned to",
            description="Only issues assigned to this project member.",
            visibility="advanced",
            dynamic=USERS,
        ),
    ] = None
    issue_type: Annotated[
        str | None,
        Query(
            name="filter[issueTypeId]",
            summary="Issue type",
            description="Only issues of this type (category).",
            visibility="advanced",
            dynamic=ISSUE_TYPES,
        ),
    ] = None
    due_date: Annotated[
        str | None,
        Query(
            name="filter[dueDate]",
            summary="Due date",
            description="Only issues due on this date, as YYYY-MM-DD.",
            visibility="advanced",
            format="date",
        ),
    ] = None
    search: Annotated[
        str | None,
        Query(
            name="filter[search]",
            summary="Search",
            description="Only issues whose title or number contains this text.",
            visibility="advanced",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many issues to return, 1 to 100 (100 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many issues to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


ISSUE_LIST = DynamicValues(
    ListIssues(projectId=ref("projectId")),
    value=lambda r: [issue.id for issue in r.results],
    title=lambda r: [issue.title for issue in r.results],
)

IssuePath = Annotated[
    str,
    Path(
        summary="Issue",
        description="The issue, picked from the issues of the project.",
        visibility="important",
        dynamic=ISSUE_LIST,
        url_encoding="single",
    ),
]


class GetIssue(Action[Issue]):
    """Gets one issue of a project with all its details."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issues/{issueId}",
        summary="Get issue",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    issueId: IssuePath


# locations.py reads IssuesProject and Pagination from this module: import it once they exist.
from aps_connectors.acc.locations import LOCATIONS  # noqa: E402


class CustomAttribute(Model):
    """The value of one custom issue field."""

    attributeDefinitionId: Annotated[
        str, Ui(summary="Field ID", description="The id of the custom field's definition.")
    ]
    value: Annotated[
        str | None, Ui(summary="Value", description="The value, as text (a number or list item).")
    ]


class NewIssue(Model):
    """What a new issue needs."""

    title: Annotated[
        str, Ui(summary="Title", description="The title of the issue.", visibility="important")
    ]
    issueSubtypeId: Annotated[
        str,
        Ui(
            summary="Issue subtype",
            visibility="important",
            description="The type and subtype of the issue; pick it from the list.",
            dynamic=SUBTYPES,
        ),
    ]
    status: Annotated[
        IssueStatus,
        Ui(
            summary="Status",
            description="The status the issue starts in: open, or draft to finish it later.",
            visibility="important",
        ),
    ]
    description: Annotated[
        str | None, Ui(summary="Description", description="What the issue is about, in detail.")
    ] = None
    assignedTo: Annotated[
        str | None,
        Ui(
            summary="Assigned to",
            description="The project member who must resolve the issue.",
            dynamic=USERS,
        ),
    ] = None
    assignedToType: Annotated[
        AssigneeType | None,
        Ui(
            summary="Assignee type",
            description="What Assigned to names; 'user' when left empty.",
            visibility="advanced",
        ),
    ] = None
    dueDate: Annotated[
        str | None,
        Ui(summary="Due date", description="When the issue is due, as YYYY-MM-DD.", format="date"),
    ] = None
    startDate: Annotated[
        str | None,
        Ui(
            summary="Start date",
            description="When work on the issue starts, as YYYY-MM-DD.",
            format="date",
            visibility="advanced",
        ),
    ] = None
    rootCauseId: Annotated[
        str | None,
        Ui(
            summary="Root cause",
            description="Why the issue happened; pick it from the list.",
            dynamic=ROOT_CAUSES,
            visibility="advanced",
        ),
    ] = None
    locationId: Annotated[
        str | None,
        Ui(
            summary="Location",
            description="Where the issue is, picked from the project's locations.",
            visibility="advanced",
            dynamic=LOCATIONS,
        ),
    ] = None
    locationDetails: Annotated[
        str | None,
        Ui(
            summary="Location details",
            description="Where the issue is, as plain text.",
            visibility="advanced",
        ),
    ] = None
    published: Annotated[
        bool | None,
        Ui(
            summary="Published",
            description="Yes to show the issue to its assignee at once.",
            visibility="advanced",
        ),
    ] = None
    watchers: Annotated[
        list[str] | None,
        Ui(
            summary="Watchers",
            description="Project members to keep informed, by Autodesk id.",
            visibility="advanced",
        ),
    ] = None
    customAttributes: Annotated[
        list[CustomAttribute] | None,
        Ui(
            summary="Custom fields",
            description="Values of the project's custom issue fields.",
            visibility="advanced",
        ),
    ] = None


class CreateIssue(Action[Issue]):
    """Creates an issue in a project, with its subtype, status and assignee."""

    route = Route(
        method="POST",
        path="/construction/issues/v1/projects/{projectId}/issues",
        summary="Create issue",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    issue: Annotated[
        NewIssue,
        Body(
            summary="Issue",
            description="The title, subtype, status and other fields of the issue.",
            visibility="important",
        ),
    ]


class IssueChanges(Model):
    """The fields of an issue to change; empty fields are left as they are."""

    title: Annotated[
        str | None,
        Ui(summary="Title", description="The new title of the issue.", visibility="important"),
    ] = None
    status: Annotated[
        IssueStatus | None,
        Ui(summary="Status", description="The new status of the issue.", visibility="important"),
    ] = None
    description: Annotated[
        str | None, Ui(summary="Description", description="The new description of the issue.")
    ] = None
    assignedTo: Annotated[
        str | None,
        Ui(
            summary="Assigned to",
            description="The project member who must now resolve the issue.",
            dynamic=USERS,
        ),
    ] = None
    assignedToType: Annotated[
        AssigneeType | None,
        Ui(
            summary="Assignee type",
            description="What Assigned to names; 'user' when left empty.",
            visibility="advanced",
        ),
    ] = None
    dueDate: Annotated[
        str | None,
        Ui(summary="Due date", description="The new due date, as YYYY-MM-DD.", format="date"),
    ] = None
    issueSubtypeId: Annotated[
        str | None,
        Ui(
            summary="Issue subtype",
            description="The new type and subtype of the issue.",
            dynamic=SUBTYPES,
            visibility="advanced",
        ),
    ] = None
    rootCauseId: Annotated[
        str | None,
        Ui(
            summary="Root cause",
            description="Why the issue happened; pick it from the list.",
            dynamic=ROOT_CAUSES,
            visibility="advanced",
        ),
    ] = None
    published: Annotated[
        bool | None,
        Ui(
            summary="Published",
            description="Yes to show the issue to its assignee.",
            visibility="advanced",
        ),
    ] = None


class UpdateIssue(Action[Issue]):
    """Changes an issue: its status, assignee, due date or other fields."""

    route = Route(
        method="PATCH",
        path="/construction/issues/v1/projects/{projectId}/issues/{issueId}",
        summary="Update issue",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    issueId: IssuePath
    changes: Annotated[
        IssueChanges,
        Body(
            summary="Changes",
            description="The fields to change; the others keep their values.",
            visibility="important",
        ),
    ]


# --- comments -----------------------------------------------------------------------------------


class Comment(Model):
    """A comment on an issue."""

    id: Annotated[str, Ui(summary="Comment ID", description="The unique id of the comment.")]
    body: Annotated[str, Ui(summary="Comment", description="The text of the comment.")]
    createdBy: Annotated[
        str | None, Ui(summary="Written by", description="Autodesk id of the comment's author.")
    ] = None
    createdAt: Annotated[
        str | None, Ui(summary="Written at", description="When the comment was written.")
    ] = None


class Comments(Model):
    """A page of the comments on an issue."""

    pagination: Pagination | None = None
    results: list[Comment]


class ListComments(Action[Comments]):
    """Lists the comments on an issue, oldest first."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issues/{issueId}/comments",
        summary="List comments",
        tags=(ISSUES,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    issueId: IssuePath
    limit: Annotated[
        str | None,
        Query(
            summary="Limit",
            description="How many comments to return, as a number (100 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        str | None,
        Query(
            summary="Offset",
            description="How many comments to skip, as a number, to read the next page.",
            visibility="advanced",
        ),
    ] = None


class CreateComment(Action[Comment]):
    """Adds a comment to an issue."""

    route = Route(
        method="POST",
        path="/construction/issues/v1/projects/{projectId}/issues/{issueId}/comments",
        summary="Add comment",
        status=201,
        response_description="Created",
        tags=(ISSUES,),
        body_name="comment",
        body_summary="Comment",
        body_description="The comment to add to the issue.",
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    issueId: IssuePath
    body: Annotated[
        str,
        Body(
            name="body",
            summary="Comment",
            description="The text of the comment; a line break starts a new line.",
            visibility="important",
        ),
    ]
