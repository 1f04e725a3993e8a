"""Tutorial step 3: list issue types and create issues."""

# --8<-- [start:imports]
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from connector_dsl import Action, Body, Connector, Path, Query, Route, Ui
from connector_dsl.cli.swagger import print_swagger

import tutorial_step2

# --8<-- [end:imports]


# --8<-- [start:issue-types]
class IssueSubtype(BaseModel):
    id: Annotated[str, Ui(summary="Subtype ID")]
    title: Annotated[str, Ui(summary="Subtype")]


class IssueType(BaseModel):
    id: Annotated[str, Ui(summary="Type ID")]
    title: Annotated[str, Ui(summary="Type")]
    isActive: Annotated[bool | None, Ui(summary="Active")] = None
    subtypes: list[IssueSubtype] = Field(default_factory=list)


class IssueTypes(BaseModel):
    """Issue types of a project with their subtypes."""

    results: list[IssueType]


class ListIssueTypes(Action[IssueTypes]):
    """Lists the issue types of a project with their subtypes."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issue-types",
        summary="List issue types",
    )
    projectId: Annotated[
        str, Path(summary="Project ID", description="ACC project ID, without the 'b.' prefix.")
    ]
    include: Annotated[Literal["subtypes"], Query(summary="Include", visibility="advanced")] = (
        "subtypes"
    )


# --8<-- [end:issue-types]


# --8<-- [start:create-issue]
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


class NewIssue(BaseModel):
    """What a new issue needs."""

    title: Annotated[str, Ui(summary="Title", visibility="important")]
    issueSubtypeId: Annotated[str, Ui(summary="Issue subtype ID", visibility="important")]
    status: Annotated[IssueStatus, Ui(summary="Status", visibility="important")] = "open"
    description: Annotated[str | None, Ui(summary="Description")] = None
    dueDate: Annotated[str | None, Ui(summary="Due date", format="date")] = None


class Issue(BaseModel):
    """An issue."""

    id: Annotated[str, Ui(summary="Issue ID")]
    displayId: Annotated[int | None, Ui(summary="Number")] = None
    title: Annotated[str, Ui(summary="Title")]
    status: Annotated[str, Ui(summary="Status")]


class CreateIssue(Action[Issue]):
    """Creates an issue in a project."""

    route = Route(
        method="POST",
        path="/construction/issues/v1/projects/{projectId}/issues",
        summary="Create issue",
        status=201,
        response_description="Created",
    )
    projectId: Annotated[
        str, Path(summary="Project ID", description="ACC project ID, without the 'b.' prefix.")
    ]
    issue: Annotated[NewIssue, Body(summary="Issue", visibility="important")]


# --8<-- [end:create-issue]


# --8<-- [start:connector]
class APSTutorial(Connector):
    """Autodesk Platform Services, the tutorial connector."""

    info = tutorial_step2.APSTutorial.info
    security = tutorial_step2.APSTutorial.security
    # --8<-- [start:operations]
    operations = (*tutorial_step2.APSTutorial.operations, ListIssueTypes, CreateIssue)
    # --8<-- [end:operations]


if __name__ == "__main__":
    raise SystemExit(print_swagger(APSTutorial))
# --8<-- [end:connector]
