"""Autodesk Construction Cloud: files, models and issues, with no id to paste.

Everything the Autodesk tutorial connector does, done with typed models: every
id a user would otherwise copy from a browser (hub, project, folder, item,
version, model view, issue type) is a dropdown fed by the operation that lists
it, and the version-added trigger can delete its own hook.

    python -m aps_connectors.acc > apiDefinition.swagger.json
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

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
    TagInfo,
    Ui,
    WebhookTrigger,
)

APS = "https://developer.api.autodesk.com"


class Model(BaseModel):
    """Base of the APS payload models: unknown fields are kept, not rejected."""

    model_config = ConfigDict(extra="allow")


# --- Data Management: hubs, projects, folders, items, versions ---------------------------


class Link(Model):
    href: str | None = None


class HubAttributes(Model):
    name: Annotated[str, Ui(summary="Hub name")]
    region: Annotated[str | None, Ui(summary="Region")] = None


class Hub(Model):
    type: str
    id: Annotated[str, Ui(summary="Hub ID")]
    attributes: HubAttributes


class Hubs(Model):
    """Hubs the signed-in user can reach (BIM 360 and ACC accounts)."""

    data: list[Hub]


class ListHubs(Action[Hubs]):
    """Lists the hubs the user can reach; feeds every Hub dropdown."""

    route = Route(
        method="GET",
        path="/project/v1/hubs",
        summary="List hubs",
        visibility="internal",
        tags=("Data Management",),
    )


HUBS = DynamicValues(ListHubs, collection="data", value="id", title="attributes/name")

HubChoice = Annotated[
    str | None,
    Query(
        summary="Hub",
        description="Pick a hub; it narrows the lists below.",
        visibility="important",
        dynamic=HUBS,
    ),
]
"""A hub picked only to fill the next dropdowns; APS ignores it in the query string."""


class ProjectAttributes(Model):
    name: Annotated[str, Ui(summary="Project name")]


class Project(Model):
    type: str
    id: Annotated[str, Ui(summary="Project ID", description="Project ID with the 'b.' prefix.")]
    attributes: ProjectAttributes


class Projects(Model):
    """Projects of a hub."""

    data: list[Project]


class ListProjects(Action[Projects]):
    """Lists the projects of a hub; feeds every Project dropdown."""

    route = Route(
        method="GET",
        path="/project/v1/hubs/{hub_id}/projects",
        summary="List projects",
        visibility="internal",
        tags=("Data Management",),
    )
    hub_id: Annotated[str, Path(summary="Hub", description="The hub.", dynamic=HUBS)]


PROJECTS = DynamicValues(
    ListProjects,
    collection="data",
    value="id",
    title="attributes/name",
    parameters={"hub_id": ParamRef("hub_id")},
)

ProjectChoice = Annotated[
    str | None,
    Query(
        summary="Project",
        description="Pick a project in the hub.",
        visibility="important",
        dynamic=PROJECTS,
    ),
]


class FolderAttributes(Model):
    name: Annotated[str, Ui(summary="Folder name")]
    displayName: Annotated[str | None, Ui(summary="Display name")] = None


class Folder(Model):
    type: str
    id: Annotated[str, Ui(summary="Folder ID")]
    attributes: FolderAttributes


class Folders(Model):
    """Folders."""

    data: list[Folder]


class ListTopFolders(Action[Folders]):
    """Lists the top folders of a project; feeds the Folder dropdown."""

    route = Route(
        method="GET",
        path="/project/v1/hubs/{hub_id}/projects/{project_id}/topFolders",
        summary="List top folders",
        visibility="internal",
        tags=("Data Management",),
    )
    hub_id: Annotated[str, Path(summary="Hub", dynamic=HUBS)]
    project_id: Annotated[str, Path(summary="Project", dynamic=PROJECTS)]


TOP_FOLDERS = DynamicValues(
    ListTopFolders,
    collection="data",
    value="id",
    title="attributes/name",
    parameters={"hub_id": ParamRef("hub_id"), "project_id": ParamRef("project_id")},
)

FolderChoice = Annotated[
    str | None,
    Query(
        summary="Folder",
        description="Pick a top folder of the project.",
        visibility="important",
        dynamic=TOP_FOLDERS,
    ),
]


class ContentAttributes(Model):
    displayName: Annotated[str, Ui(summary="Name")]


class Content(Model):
    type: Annotated[str, Ui(summary="Type", description="folders or items")]
    id: Annotated[str, Ui(summary="ID")]
    attributes: ContentAttributes


class Contents(Model):
    """Folders and items inside a folder."""

    data: list[Content]


class ListFolderContents(Action[Contents]):
    """Lists the folders and files inside a folder."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/folders/{folder_id}/contents",
        summary="List folder contents",
        tags=("Data Management",),
    )
    hub_id: HubChoice = None
    project_id: Annotated[str, Path(summary="Project", dynamic=PROJECTS)]
    folder_id: Annotated[str, Path(summary="Folder", dynamic=TOP_FOLDERS, url_encoding="double")]
    type_filter: Annotated[
        Literal["folders", "items"] | None,
        Query(name="filter[type]", summary="Only", visibility="advanced"),
    ] = None


ITEMS = DynamicValues(
    ListFolderContents,
    collection="data",
    value="id",
    title="attributes/displayName",
    parameters={
        "project_id": ParamRef("project_id"),
        "folder_id": ParamRef("folder_id"),
        "filter[type]": "items",
    },
)

ItemChoice = Annotated[
    str | None,
    Query(
        summary="File",
        description="Pick a file in the folder.",
        visibility="important",
        dynamic=ITEMS,
    ),
]


class VersionAttributes(Model):
    displayName: Annotated[str, Ui(summary="File name")]
    versionNumber: Annotated[int | None, Ui(summary="Version number")] = None
    createTime: Annotated[str | None, Ui(summary="Created")] = None


class DerivativeRef(Model):
    id: Annotated[str, Ui(summary="Derivative URN")]


class Derivatives(Model):
    data: DerivativeRef | None = None


class VersionRelationships(Model):
    derivatives: Derivatives | None = None


class Version(Model):
    type: str
    id: Annotated[str, Ui(summary="Version ID")]
    attributes: VersionAttributes
    relationships: VersionRelationships | None = None


class Versions(Model):
    """Versions of an item, newest first."""

    data: list[Version]


class ListItemVersions(Action[Versions]):
    """Lists the versions of a file; each carries the URN its model views use."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/items/{item_id}/versions",
        summary="List file versions",
        tags=("Data Management",),
    )
    hub_id: HubChoice = None
    project_id: Annotated[str, Path(summary="Project", dynamic=PROJECTS)]
    folder_id: FolderChoice = None
    item_id: Annotated[str, Path(summary="File", dynamic=ITEMS, url_encoding="double")]


DESIGNS = DynamicValues(
    ListItemVersions,
    collection="data",
    value="relationships/derivatives/data/id",
    title="attributes/displayName",
    parameters={"project_id": ParamRef("project_id"), "item_id": ParamRef("item_id")},
)

# --- Model Derivative -----------------------------------------------------------------------


class ModelView(Model):
    name: Annotated[str, Ui(summary="View name")]
    role: Annotated[str, Ui(summary="Role", description="2d or 3d")]
    guid: Annotated[str, Ui(summary="View GUID")]
    isMasterView: Annotated[bool | None, Ui(summary="Master view")] = None


class ModelViewList(Model):
    type: str
    metadata: list[ModelView]


class ModelViews(Model):
    """The views of a translated design."""

    data: ModelViewList


class ListModelViews(Action[ModelViews]):
    """Lists the 2D and 3D views of a design."""

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/metadata",
        summary="List model views",
        tags=("Model Derivative",),
    )
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder_id: FolderChoice = None
    item_id: ItemChoice = None
    urn: Annotated[
        str,
        Path(
            summary="Design",
            description="URL-safe base64 URN of a design version.",
            dynamic=DESIGNS,
        ),
    ]


VIEWS = DynamicValues(
    ListModelViews,
    collection="data/metadata",
    value="guid",
    title="name",
    parameters={"urn": ParamRef("urn")},
)


class ElementProperties(Model):
    objectid: Annotated[int, Ui(summary="Object ID")]
    name: Annotated[str, Ui(summary="Element name")]
    externalId: Annotated[str | None, Ui(summary="External ID")] = None
    properties: Annotated[dict[str, object], Ui(summary="Properties")] = Field(default_factory=dict)


class PropertyCollection(Model):
    type: str
    collection: list[ElementProperties]


class Properties(Model):
    """Properties of every element of a model view."""

    data: PropertyCollection


class ListElementProperties(Action[Properties]):
    """Lists the properties of every element in a model view."""

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/metadata/{model_guid}/properties",
        summary="List element properties",
        tags=("Model Derivative",),
    )
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder_id: FolderChoice = None
    item_id: ItemChoice = None
    urn: Annotated[str, Path(summary="Design", dynamic=DESIGNS)]
    model_guid: Annotated[str, Path(summary="Model view", dynamic=VIEWS)]


# --- Issues -----------------------------------------------------------------------------------


IssuesProject = Annotated[
    str,
    Path(
        summary="Project",
        description="The project. The connector's script removes the 'b.' prefix Issues rejects.",
        dynamic=PROJECTS,
    ),
]
"""An Issues project: picked from the Data Management list; `acc.csx` removes its `b.`."""


class IssueSubtype(Model):
    id: Annotated[str, Ui(summary="Subtype ID")]
    title: Annotated[str, Ui(summary="Subtype")]
    issueTypeId: Annotated[str | None, Ui(summary="Type ID")] = None


class IssueType(Model):
    id: Annotated[str, Ui(summary="Type ID")]
    title: Annotated[str, Ui(summary="Type")]
    isActive: Annotated[bool | None, Ui(summary="Active")] = None
    subtypes: list[IssueSubtype] = Field(default_factory=list)


class IssueTypes(Model):
    """Issue types of a project with their subtypes."""

    results: list[IssueType]


class ListIssueTypes(Action[IssueTypes]):
    """Lists the issue types of a project with their subtypes."""

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issue-types",
        summary="List issue types",
        tags=("Issues",),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    include: Annotated[Literal["subtypes"], Query(summary="Include", visibility="advanced")] = (
        "subtypes"
    )


class IssueSubtypes(Model):
    """Every subtype of every issue type, as one list (flattened by `acc.csx`)."""

    results: list[IssueSubtype]


class ListIssueSubtypes(Action[IssueSubtypes]):
    """Lists every issue subtype of a project; feeds the Issue subtype dropdown.

    APS nests subtypes inside issue types; the connector's script calls the
    issue-types endpoint and returns the subtypes as one flat list.
    """

    route = Route(
        method="GET",
        path="/construction/issues/v1/projects/{projectId}/issue-subtypes",
        summary="List issue subtypes",
        visibility="internal",
        tags=("Issues",),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject


SUBTYPES = DynamicValues(
    ListIssueSubtypes,
    collection="results",
    value="id",
    title="title",
    parameters={"hub_id": ParamRef("hub_id"), "projectId": ParamRef("projectId")},
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


class NewIssue(Model):
    """What a new issue needs."""

    title: Annotated[str, Ui(summary="Title", visibility="important")]
    issueSubtypeId: Annotated[
        str,
        Ui(
            summary="Issue subtype",
            visibility="important",
            description="Subtype of the issue; pick it from the list.",
            dynamic=SUBTYPES,
        ),
    ]
    status: Annotated[IssueStatus, Ui(summary="Status", visibility="important")] = "open"
    description: Annotated[str | None, Ui(summary="Description")] = None
    dueDate: Annotated[str | None, Ui(summary="Due date", format="date")] = None
    published: Annotated[bool | None, Ui(summary="Published", visibility="advanced")] = None


class Issue(Model):
    """An issue."""

    id: Annotated[str, Ui(summary="Issue ID")]
    displayId: Annotated[int | None, Ui(summary="Number")] = None
    title: Annotated[str, Ui(summary="Title")]
    status: Annotated[str, Ui(summary="Status")]
    issueSubtypeId: Annotated[str | None, Ui(summary="Subtype ID")] = None
    dueDate: Annotated[str | None, Ui(summary="Due date")] = None


class CreateIssue(Action[Issue]):
    """Creates an issue in a project."""

    route = Route(
        method="POST",
        path="/construction/issues/v1/projects/{projectId}/issues",
        summary="Create issue",
        status=201,
        response_description="Created",
        tags=("Issues",),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    issue: Annotated[NewIssue, Body(summary="Issue", visibility="important")]


# --- Webhooks ---------------------------------------------------------------------------------


class HookScope(Model):
    folder: Annotated[str | None, Ui(summary="Folder URN")] = None


class HookInfo(Model):
    system: str | None = None
    event: str | None = None
    hookId: Annotated[str | None, Ui(summary="Hook ID")] = None
    scope: HookScope | None = None


class VersionPayload(Model):
    ext: Annotated[str | None, Ui(summary="Extension")] = None
    name: Annotated[str | None, Ui(summary="File name")] = None
    lineageUrn: Annotated[str | None, Ui(summary="Item URN")] = None
    project: Annotated[str | None, Ui(summary="Project ID")] = None
    parentFolderUrn: Annotated[str | None, Ui(summary="Folder URN")] = None
    sizeInBytes: Annotated[int | None, Ui(summary="Size in bytes")] = None
    creator: Annotated[str | None, Ui(summary="Creator")] = None


class VersionAdded(Model):
    """A new version of a file was added to the folder."""

    version: Annotated[str | None, Ui(summary="Payload version")] = None
    resourceUrn: Annotated[str, Ui(summary="Version URN")]
    hook: HookInfo | None = None
    payload: VersionPayload


class DeleteVersionAddedHook(Action[None]):
    """Deletes a version-added hook; Power Automate calls it when the flow is turned off."""

    route = Route(
        method="DELETE",
        path="/webhooks/v1/systems/data/events/dm.version.added/hooks/{hook_id}",
        summary="Delete version-added hook",
        visibility="internal",
        status=204,
        response_description="Deleted",
        tags=("Webhooks",),
    )
    hook_id: Annotated[str, Path(summary="Hook ID")]


class WhenVersionAdded(WebhookTrigger[VersionAdded]):
    """Starts the flow when a new version of a file is added to the chosen folder."""

    route = Route(
        method="POST",
        path="/webhooks/v1/systems/data/events/dm.version.added/hooks",
        summary="When a new version is added",
        status=201,
        response_description="Created",
        tags=("Webhooks",),
        trigger_hint="Upload a file to the chosen folder.",
    )
    unsubscribe = DeleteVersionAddedHook
    content_type: Annotated[
        str, Header(name="Content-Type", summary="Content type", visibility="internal")
    ] = "application/json"
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    callback_url: Annotated[
        str,
        Body(name="callbackUrl", summary="Callback URL", visibility="internal"),
        NotificationUrl(),
    ]
    folder: Annotated[
        str,
        Body(
            name="scope/folder",
            summary="Folder",
            visibility="important",
            dynamic=DynamicValues(
                ListTopFolders,
                collection="data",
                value="id",
                title="attributes/name",
                parameters={"hub_id": ParamRef("hub_id"), "project_id": ParamRef("project_id")},
            ),
        ),
    ]


class ACC(Connector):
    """Autodesk Construction Cloud."""

    info = ConnectorInfo(
        title="Autodesk Construction Cloud",
        version="1.0",
        description=(
            "Work with Autodesk Construction Cloud from flows: react to new file versions, "
            "read model views and element properties, and create issues, choosing hubs, "
            "projects, folders and files from lists."
        ),
        host="developer.api.autodesk.com",
        base_path="/",
        website="https://aps.autodesk.com",
        privacy_policy="https://www.autodesk.com/company/legal-notices-trademarks/privacy-statement",
        categories=("Productivity", "IT Operations"),
    )
    security = OAuth2(
        flow="accessCode",
        authorization_url=f"{APS}/authentication/v2/authorize",
        token_url=f"{APS}/authentication/v2/token",
        refresh_url=f"{APS}/authentication/v2/token",
        scopes={"data:read": "Read data", "data:write": "Write data"},
    )
    tags = (
        TagInfo("Data Management", "Hubs, projects, folders and files."),
        TagInfo("Model Derivative", "Views and properties of translated designs."),
        TagInfo("Issues", "ACC issues."),
        TagInfo("Webhooks", "Triggers."),
    )
    operations = (
        ListHubs,
        ListProjects,
        ListTopFolders,
        ListFolderContents,
        ListItemVersions,
        ListModelViews,
        ListElementProperties,
        ListIssueTypes,
        ListIssueSubtypes,
        CreateIssue,
        WhenVersionAdded,
        DeleteVersionAddedHook,
    )


if __name__ == "__main__":
    ACC.main()
