"""Data Management: hubs, projects, folders, files (items) and their versions.

Every id is picked from the list the step before it fills: hub, project, folder
(a tree that opens sub-folders), file, version. The version list also yields the
derivative URN that Model Derivative takes, so nobody types `base64(...)`.
"""

from typing import Annotated, Literal

from aps_connectors.acc.common import DATA, Model
from connector_dsl import (
    Action,
    DynamicValues,
    Extension,
    Path,
    Query,
    Route,
    Ui,
    extension,
    ref,
)

# --- hubs -----------------------------------------------------------------------------------


class HubAttributes(Model):
    name: Annotated[str, Ui(summary="Hub name", description="The name of the hub (the account).")]
    region: Annotated[
        str | None, Ui(summary="Region", description="Data centre of the hub: US, EMEA, AUS, ...")
    ] = None


class Hub(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'hubs' for a hub entry.")]
    id: Annotated[
        str,
        Ui(summary="Hub ID", description="Hub id; for ACC and BIM 360 it is 'b.' + account id."),
    ]
    attributes: HubAttributes


class Hubs(Model):
    """Hubs the signed-in user can reach (ACC and BIM 360 accounts)."""

    data: list[Hub]


class ListHubs(Action[Hubs]):
    """Lists the hubs (ACC and BIM 360 accounts) the signed-in user can reach."""

    route = Route(
        method="GET",
        path="/project/v1/hubs",
        summary="List hubs",
        tags=(DATA,),
    )


HUBS = DynamicValues(
    ListHubs(),
    value=lambda r: [hub.id for hub in r.data],
    title=lambda r: [hub.attributes.name for hub in r.data],
)

HubChoice = Annotated[
    str | None,
    Query(
        name="hub_id",
        summary="Hub",
        description="Pick a hub to fill the project list; it is not sent to Autodesk.",
        visibility="important",
        dynamic=HUBS,
    ),
]
"""A hub picked only to fill the next dropdowns; the connector's script drops it."""

HubPath = Annotated[
    str,
    Path(
        summary="Hub",
        description="The hub (ACC or BIM 360 account) to work in.",
        visibility="important",
        dynamic=HUBS,
        url_encoding="single",
    ),
]

# --- projects -------------------------------------------------------------------------------


class ProjectAttributes(Model):
    name: Annotated[str, Ui(summary="Project name", description="The name of the project.")]


class Project(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'projects' for a project.")]
    id: Annotated[
        str, Ui(summary="Project ID", description="Data Management project id, with 'b.' prefix.")
    ]
    attributes: ProjectAttributes


class Projects(Model):
    """Projects of a hub."""

    data: list[Project]


class ListProjects(Action[Projects]):
    """Lists the projects of a hub that the signed-in user is a member of."""

    route = Route(
        method="GET",
        path="/project/v1/hubs/{hub_id}/projects",
        summary="List projects",
        tags=(DATA,),
    )
    hub_id: HubPath
    page_number: Annotated[
        int | None,
        Query(
            name="page[number]",
            summary="Page number",
            description="Which page of projects to return; the first page is 0.",
            visibility="advanced",
        ),
    ] = None
    page_limit: Annotated[
        int | None,
        Query(
            name="page[limit]",
            summary="Page size",
            description="How many projects a page holds, at most 200 (the default).",
            visibility="advanced",
        ),
    ] = None


PROJECTS = DynamicValues(
    ListProjects(hub_id=ref("hub_id")),
    value=lambda r: [project.id for project in r.data],
    title=lambda r: [project.attributes.name for project in r.data],
)

ProjectChoice = Annotated[
    str | None,
    Query(
        name="project_id",
        summary="Project",
        description="Pick a project to fill the lists below; it is not sent to Autodesk.",
        visibility="important",
        dynamic=PROJECTS,
    ),
]

ProjectPath = Annotated[
    str,
    Path(
        summary="Project",
        description="The project; a bare ACC project id is accepted too.",
        visibility="important",
        dynamic=PROJECTS,
        url_encoding="single",
    ),
]

HubProjectPath = Annotated[
    str,
    Path(
        summary="Project",
        description="The project, as the list gives it ('b.' and the project id).",
        visibility="important",
        dynamic=PROJECTS,
        url_encoding="single",
    ),
]
"""A project under `/project/v1/hubs/{hub_id}`: Autodesk wants the 'b.' form there."""

# --- folders ----------------------------------------------------------------------------------


class FolderAttributes(Model):
    name: Annotated[str, Ui(summary="Folder name", description="The name of the folder.")]
    displayName: Annotated[
        str | None, Ui(summary="Display name", description="The folder name shown in ACC.")
    ] = None


class Folder(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'folders' for a folder.")]
    id: Annotated[str, Ui(summary="Folder ID", description="The URN of the folder.")]
    attributes: FolderAttributes


class Folders(Model):
    """Folders."""

    data: list[Folder]


class ListTopFolders(Action[Folders]):
    """Lists the top folders of a project, such as Project Files and Plans."""

    route = Route(
        method="GET",
        path="/project/v1/hubs/{hub_id}/projects/{project_id}/topFolders",
        summary="List top folders",
        tags=(DATA,),
    )
    hub_id: HubPath
    project_id: HubProjectPath
    project_files_only: Annotated[
        bool | None,
        Query(
            name="projectFilesOnly",
            summary="Project files only",
            description="Yes to return only the Project Files folder and its sub-folders.",
            visibility="advanced",
        ),
    ] = None


def folder_tree(hub: str, project: str) -> Extension:
    """A folder picker: top folders first, then their sub-folders, as deep as the user goes.

    `hub` and `project` name the inputs (or `body/...` properties) holding the
    hub and project of the operation that shows the picker.
    """
    return extension(
        "x-ms-dynamic-tree",
        {
            "settings": {"canSelectParentNodes": True, "canSelectLeafNodes": False},
            "open": {
                "operationId": ListTopFolders.operation_id(),
                "itemsPath": "data",
                "itemValuePath": "id",
                "itemTitlePath": "attributes/name",
                "itemIsParent": "true",
                "parameters": {
                    "hub_id": {"parameterReference": hub},
                    "project_id": {"parameterReference": project},
                },
            },
            "browse": {
                "operationId": "ListFolderContents",
                "itemsPath": "data",
                "itemValuePath": "id",
                "itemTitlePath": "attributes/displayName",
                "itemIsParent": "true",
                "parameters": {
                    "project_id": {"parameterReference": project},
                    "folder_id": {"selectedItemValuePath": "id"},
                    "filter[type]": {"value": "folders"},
                },
            },
        },
    )


FOLDER_TREE = folder_tree("hub_id", "project_id")

FOLDERS = DynamicValues(
    ListTopFolders(hub_id=ref("hub_id"), project_id=ref("project_id")),
    value=lambda r: [folder.id for folder in r.data],
    title=lambda r: [folder.attributes.name for folder in r.data],
)

FolderChoice = Annotated[
    str | None,
    Query(
        name="folder_id",
        summary="Folder",
        description="Pick a folder to fill the file list; it is not sent to Autodesk.",
        visibility="important",
        dynamic=FOLDERS,
        extensions=(FOLDER_TREE,),
    ),
]

# --- folder contents ----------------------------------------------------------------------------


class ContentAttributes(Model):
    displayName: Annotated[
        str, Ui(summary="Name", description="The name of the folder or file as ACC shows it.")
    ]
    createTime: Annotated[
        str | None, Ui(summary="Created", description="When the folder or file was created.")
    ] = None
    lastModifiedTime: Annotated[
        str | None, Ui(summary="Last modified", description="When it was last changed.")
    ] = None
    hidden: Annotated[
        bool | None, Ui(summary="Hidden", description="Whether the entry was deleted in ACC.")
    ] = None


class Content(Model):
    type: Annotated[
        str, Ui(summary="Type", description="'folders' for a folder, 'items' for a file.")
    ]
    id: Annotated[str, Ui(summary="ID", description="The URN of the folder or the file (item).")]
    attributes: ContentAttributes


class Contents(Model):
    """Folders and files inside a folder."""

    data: list[Content]


class ListFolderContents(Action[Contents]):
    """Lists the sub-folders and files inside a folder; pick any folder of the tree."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/folders/{folder_id}/contents",
        summary="List folder contents",
        tags=(DATA,),
    )
    hub_id: HubChoice = None
    project_id: ProjectPath
    folder_id: Annotated[
        str,
        Path(
            summary="Folder",
            description="The folder to list; open a top folder to reach its sub-folders.",
            visibility="important",
            dynamic=FOLDERS,
            url_encoding="double",
            extensions=(FOLDER_TREE,),
        ),
    ]
    type_filter: Annotated[
        Literal["folders", "items"] | None,
        Query(
            name="filter[type]",
            summary="Only",
            description="List only sub-folders (folders) or only files (items).",
            visibility="advanced",
        ),
    ] = None
    include_hidden: Annotated[
        bool | None,
        Query(
            name="includeHidden",
            summary="Include deleted",
            description="Yes to include folders and files deleted in ACC.",
            visibility="advanced",
        ),
    ] = None
    page_number: Annotated[
        int | None,
        Query(
            name="page[number]",
            summary="Page number",
            description="Which page of entries to return; the first page is 0.",
            visibility="advanced",
        ),
    ] = None
    page_limit: Annotated[
        int | None,
        Query(
            name="page[limit]",
            summary="Page size",
            description="How many entries a page holds, at most 200 (the default).",
            visibility="advanced",
        ),
    ] = None


ITEMS = DynamicValues(
    ListFolderContents(
        project_id=ref("project_id"), folder_id=ref("folder_id"), type_filter="items"
    ),
    value=lambda r: [item.id for item in r.data],
    title=lambda r: [item.attributes.displayName for item in r.data],
)

ItemChoice = Annotated[
    str | None,
    Query(
        name="item_id",
        summary="File",
        description="Pick a file to fill the version list; it is not sent to Autodesk.",
        visibility="important",
        dynamic=ITEMS,
    ),
]

ItemPath = Annotated[
    str,
    Path(
        summary="File",
        description="The file (item) in the chosen folder.",
        visibility="important",
        dynamic=ITEMS,
        url_encoding="double",
    ),
]

# --- items and versions -------------------------------------------------------------------------


class ItemAttributes(Model):
    displayName: Annotated[str, Ui(summary="File name", description="The name of the file.")]
    createTime: Annotated[
        str | None, Ui(summary="Created", description="When the file was first uploaded.")
    ] = None
    lastModifiedTime: Annotated[
        str | None, Ui(summary="Last modified", description="When a version was last added.")
    ] = None
    pathInProject: Annotated[
        str | None, Ui(summary="Path", description="The folder path of the file in the project.")
    ] = None


class ItemData(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'items' for a file.")]
    id: Annotated[str, Ui(summary="File ID", description="The lineage URN of the file (item).")]
    attributes: ItemAttributes


class Item(Model):
    """A file (item) of a project."""

    data: ItemData


class GetItem(Action[Item]):
    """Gets a file (item): its name, path and dates."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/items/{item_id}",
        summary="Get file",
        tags=(DATA,),
    )
    hub_id: HubChoice = None
    project_id: ProjectPath
    folder_id: FolderChoice = None
    item_id: ItemPath
    include_path: Annotated[
        bool | None,
        Query(
            name="includePathInProject",
            summary="Include path",
            description="Yes to return the folder path of the file in the project.",
            visibility="advanced",
        ),
    ] = None


class VersionAttributes(Model):
    displayName: Annotated[str, Ui(summary="File name", description="The name of this version.")]
    versionNumber: Annotated[
        int | None, Ui(summary="Version number", description="1 for the first upload, and so on.")
    ] = None
    createTime: Annotated[
        str | None, Ui(summary="Created", description="When this version was uploaded.")
    ] = None
    createUserName: Annotated[
        str | None, Ui(summary="Uploaded by", description="Who uploaded this version.")
    ] = None
    fileType: Annotated[
        str | None, Ui(summary="File type", description="The file extension, such as rvt.")
    ] = None
    storageSize: Annotated[
        int | None, Ui(summary="Size in bytes", description="The size of the file in bytes.")
    ] = None


class DerivativeRef(Model):
    id: Annotated[
        str,
        Ui(summary="Derivative URN", description="The design URN Model Derivative actions take."),
    ]


class Derivatives(Model):
    data: DerivativeRef | None = None


class VersionRelationships(Model):
    derivatives: Derivatives | None = None


class VersionData(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'versions' for a version.")]
    id: Annotated[str, Ui(summary="Version ID", description="The URN of the version.")]
    attributes: VersionAttributes
    relationships: VersionRelationships | None = None


class Versions(Model):
    """Versions of a file, newest first."""

    data: list[VersionData]


class Version(Model):
    """One version of a file."""

    data: VersionData


class GetItemTip(Action[Version]):
    """Gets the newest version of a file, with the URN its model views use."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/items/{item_id}/tip",
        summary="Get latest version",
        tags=(DATA,),
    )
    hub_id: HubChoice = None
    project_id: ProjectPath
    folder_id: FolderChoice = None
    item_id: ItemPath


class ListVersions(Action[Versions]):
    """Lists the versions of a file, newest first; each carries its derivative URN."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/items/{item_id}/versions",
        summary="List file versions",
        tags=(DATA,),
    )
    hub_id: HubChoice = None
    project_id: ProjectPath
    folder_id: FolderChoice = None
    item_id: ItemPath


VERSIONS = DynamicValues(
    ListVersions(project_id=ref("project_id"), item_id=ref("item_id")),
    value=lambda r: [version.id for version in r.data],
    title=lambda r: [version.attributes.displayName for version in r.data],
)

DESIGNS = DynamicValues(
    ListVersions(project_id=ref("project_id"), item_id=ref("item_id")),
    # The URN sits under optional fields, which an accessor cannot read without a check:
    # path strings say it, and the build checks them against the response model.
    collection="data",
    value="relationships/derivatives/data/id",
    title="attributes/displayName",
)
"""Versions by their derivative URN: what every Model Derivative `{urn}` takes."""


class GetVersion(Action[Version]):
    """Gets one version of a file; a version URN from a trigger is accepted too."""

    route = Route(
        method="GET",
        path="/data/v1/projects/{project_id}/versions/{version_id}",
        summary="Get version",
        tags=(DATA,),
    )
    hub_id: HubChoice = None
    project_id: ProjectPath
    folder_id: FolderChoice = None
    item_id: ItemChoice = None
    version_id: Annotated[
        str,
        Path(
            summary="Version",
            description="The version of the file; its URN is URL-encoded for you.",
            visibility="important",
            dynamic=VERSIONS,
            url_encoding="double",
        ),
    ]
