"""Tutorial step 4: pick hub, project and folder from lists instead of pasting a URN."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    DynamicValues,
    Header,
    NotificationUrl,
    OAuth2,
    ParamRef,
    Path,
    Query,
    Route,
    Ui,
    WebhookTrigger,
)


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
HUBS = DynamicValues(ListHubs, collection="data", value="id", title="attributes/name")
PROJECTS = DynamicValues(
    ListProjects,
    collection="data",
    value="id",
    title="attributes/name",
    parameters={"hub_id": ParamRef("hub_id")},
)
TOP_FOLDERS = DynamicValues(
    ListTopFolders,
    collection="data",
    value="id",
    title="attributes/name",
    parameters={"hub_id": ParamRef("hub_id"), "project_id": ParamRef("project_id")},
)

HubChoice = Annotated[str | None, Query(summary="Hub", visibility="important", dynamic=HUBS)]
ProjectChoice = Annotated[
    str | None, Query(summary="Project", visibility="important", dynamic=PROJECTS)
]
# --8<-- [end:dropdowns]


# --8<-- [start:payload]
class VersionPayload(BaseModel):
    name: Annotated[str | None, Ui(summary="File name")] = None
    project: Annotated[str | None, Ui(summary="Project ID")] = None
    parentFolderUrn: Annotated[str | None, Ui(summary="Folder URN")] = None
    sizeInBytes: Annotated[int | None, Ui(summary="Size in bytes")] = None


class VersionAdded(BaseModel):
    """A new version of a file was added to the folder."""

    resourceUrn: Annotated[str, Ui(summary="Version URN")]
    payload: VersionPayload


# --8<-- [end:payload]


# --8<-- [start:delete-hook]
class DeleteVersionAddedHook(Action[None]):
    """Deletes a version-added hook; Power Automate calls it when the flow is turned off."""

    route = Route(
        method="DELETE",
        path="/webhooks/v1/systems/data/events/dm.version.added/hooks/{hook_id}",
        summary="Delete version-added hook",
        visibility="internal",
        status=204,
        response_description="Deleted",
    )
    hook_id: Annotated[str, Path(summary="Hook ID")]


# --8<-- [end:delete-hook]


# --8<-- [start:trigger]
class WhenVersionAdded(WebhookTrigger[VersionAdded]):
    """Starts the flow when a new version of a file is added to a folder."""

    route = Route(
        method="POST",
        path="/webhooks/v1/systems/data/events/dm.version.added/hooks",
        summary="When a new version is added",
        status=201,
        response_description="Created",
    )
    unsubscribe = DeleteVersionAddedHook
    content_type: Annotated[
        str, Header(name="Content-Type", summary="Content type", visibility="internal")
    ] = "application/json"
    callback_url: Annotated[
        str,
        Body(name="callbackUrl", summary="Callback URL", visibility="internal"),
        NotificationUrl(),
    ]
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder: Annotated[
        str,
        Body(name="scope/folder", summary="Folder", visibility="important", dynamic=TOP_FOLDERS),
    ]


# --8<-- [end:trigger]


# --8<-- [start:views]
class ModelView(BaseModel):
    name: Annotated[str, Ui(summary="View name")]
    role: Annotated[str, Ui(summary="Role", description="2d or 3d")]
    guid: Annotated[str, Ui(summary="View GUID")]
    isMasterView: Annotated[bool | None, Ui(summary="Master view")] = None


class ModelViewList(BaseModel):
    type: str
    metadata: list[ModelView]


class ModelViews(BaseModel):
    """The views of a translated design."""

    data: ModelViewList


class ListModelViews(Action[ModelViews]):
    """Lists the 2D and 3D views of a design."""

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/metadata",
        summary="List model views",
    )
    urn: Annotated[
        str,
        Path(summary="Design URN", description="URL-safe base64 URN of a design version."),
    ]


VIEWS = DynamicValues(
    ListModelViews,
    collection="data/metadata",
    value="guid",
    title="name",
    parameters={"urn": ParamRef("urn")},
)
# --8<-- [end:views]


# --8<-- [start:properties]
class ElementProperties(BaseModel):
    objectid: Annotated[int, Ui(summary="Object ID")]
    name: Annotated[str, Ui(summary="Element name")]
    externalId: Annotated[str | None, Ui(summary="External ID")] = None
    properties: Annotated[dict[str, object], Ui(summary="Properties")] = Field(default_factory=dict)


class PropertyCollection(BaseModel):
    type: str
    collection: list[ElementProperties]


class Properties(BaseModel):
    """Properties of every element of a model view."""

    data: PropertyCollection


class ListElementProperties(Action[Properties]):
    """Lists the properties of every element in a model view."""

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/metadata/{model_guid}/properties",
        summary="List element properties",
    )
    urn: Annotated[str, Path(summary="Design URN")]
    model_guid: Annotated[str, Path(summary="Model view", dynamic=VIEWS)]


# --8<-- [end:properties]


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
APS = "https://developer.api.autodesk.com"


class APSTutorial(Connector):
    """Autodesk Platform Services, the tutorial connector."""

    info = ConnectorInfo(
        title="APS Tutorial",
        description="Design versions, model views and issues from Autodesk Platform Services.",
        host="developer.api.autodesk.com",
    )
    security = OAuth2(
        authorization_url=f"{APS}/authentication/v2/authorize",
        token_url=f"{APS}/authentication/v2/token",
        refresh_url=f"{APS}/authentication/v2/token",
        scopes={"data:read": "Read data", "data:write": "Write data"},
    )
    # --8<-- [start:operations]
    operations = (
        ListHubs,
        ListProjects,
        ListTopFolders,
        WhenVersionAdded,
        DeleteVersionAddedHook,
        ListModelViews,
        ListElementProperties,
        ListIssueTypes,
        CreateIssue,
    )
    # --8<-- [end:operations]


# --8<-- [end:connector]


if __name__ == "__main__":
    APSTutorial.main()
