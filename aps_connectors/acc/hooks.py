"""Webhook triggers: one per event, each with the operation that deletes its hook.

Power Automate registers a hook when a flow with the trigger is saved and calls
the matching `Delete...Hook` operation (internal) when the flow is turned off or
removed, so no hook is left behind and no 409 Conflict needs fixing by hand.
"""

from functools import partial
from typing import Annotated

from pydantic import Field

from aps_connectors.acc.admin import ListAccProjects
from aps_connectors.acc.common import HOOKS, Model
from aps_connectors.acc.data import HUBS, ListProjects, ListTopFolders, folder_tree
from connector_dsl import (
    Action,
    Body,
    DynamicValues,
    NotificationUrl,
    Path,
    Route,
    Ui,
    WebhookTrigger,
    ref,
)

CallbackUrl = Annotated[
    str,
    Body(
        name="callbackUrl",
        summary="Callback URL",
        description="Where Autodesk posts the event; Power Automate fills it in.",
        visibility="internal",
    ),
    NotificationUrl(),
]

HOOK_PROJECTS = DynamicValues(
    ListProjects(hub_id=ref("hook/hubId")),
    value=lambda r: [project.id for project in r.data],
    title=lambda r: [project.attributes.name for project in r.data],
)

HOOK_FOLDERS = DynamicValues(
    ListTopFolders(hub_id=ref("hook/hubId"), project_id=ref("hook/projectId")),
    value=lambda r: [folder.id for folder in r.data],
    title=lambda r: [folder.attributes.name for folder in r.data],
)

ISSUE_HOOK_PROJECTS = DynamicValues(
    ListAccProjects(accountId=ref("hook/hubId"), limit=200),
    value=lambda r: [project.id for project in r.results],
    title=lambda r: [project.name for project in r.results],
)
"""ACC projects by their bare id, the form `scope.project` takes: registering the hook
needs no id conversion, so it works whether or not custom code runs then."""

HookHub = Annotated[
    str,
    Body(
        name="hubId",
        summary="Hub",
        description="The hub (ACC or BIM 360 account) of the project to watch.",
        visibility="important",
        dynamic=HUBS,
    ),
]

HookProject = Annotated[
    str,
    Body(
        name="projectId",
        summary="Project",
        description="The project that holds the folder to watch.",
        visibility="important",
        dynamic=HOOK_PROJECTS,
    ),
]

IssueHookProject = Annotated[
    str,
    Body(
        name="scope/project",
        summary="Project",
        description="The project whose issues to watch; only project admins may watch it.",
        visibility="important",
        dynamic=ISSUE_HOOK_PROJECTS,
    ),
]

HookFolder = Annotated[
    str,
    Body(
        name="scope/folder",
        summary="Folder",
        description="The folder to watch; its sub-folders are watched too.",
        visibility="important",
        dynamic=HOOK_FOLDERS,
        extensions=(folder_tree("hook/hubId", "hook/projectId"),),
    ),
]

HookId = Annotated[
    str,
    Path(
        summary="Hook ID",
        description="The id of the hook to delete, from its registration.",
        url_encoding="single",
    ),
]

# --- payloads ------------------------------------------------------------------------------

PayloadVersion = Annotated[
    str | None, Ui(summary="Payload version", description="The payload format, 1.0.")
]


class HookInfo(Model):
    system: Annotated[
        str | None, Ui(summary="System", description="The Autodesk service that sent it.")
    ] = None
    event: Annotated[str | None, Ui(summary="Event", description="The event that happened.")] = None
    hookId: Annotated[
        str | None, Ui(summary="Hook ID", description="The id of the hook that fired.")
    ] = None


class FolderScope(Model):
    folder: Annotated[
        str | None, Ui(summary="Watched folder", description="The folder the hook watches.")
    ] = None


class FolderHook(HookInfo):
    scope: FolderScope | None = None


class WorkflowScope(Model):
    workflow: Annotated[
        str | None, Ui(summary="Workflow", description="The workflow the hook watches.")
    ] = None


class WorkflowHook(HookInfo):
    scope: WorkflowScope | None = None


class ProjectScope(Model):
    project: Annotated[
        str | None, Ui(summary="Watched project", description="The project the hook watches.")
    ] = None


class ProjectHook(HookInfo):
    scope: ProjectScope | None = None


class Ancestor(Model):
    urn: Annotated[str | None, Ui(summary="Folder URN", description="The URN of the folder.")] = (
        None
    )
    name: Annotated[
        str | None, Ui(summary="Folder name", description="The name of the folder.")
    ] = None


class FileEvent(Model):
    name: Annotated[
        str | None, Ui(summary="File name", description="The name of the file or folder.")
    ] = None
    ext: Annotated[
        str | None, Ui(summary="Extension", description="The file extension, such as rvt.")
    ] = None
    version: Annotated[
        str | None, Ui(summary="Version number", description="The version number of the file.")
    ] = None
    source: Annotated[
        str | None, Ui(summary="Version URN", description="The URN of the version or folder.")
    ] = None
    lineageUrn: Annotated[
        str | None, Ui(summary="File URN", description="The URN of the file (item).")
    ] = None
    project: Annotated[
        str | None, Ui(summary="Project ID", description="The project id, without 'b.'.")
    ] = None
    parentFolderUrn: Annotated[
        str | None, Ui(summary="Folder URN", description="The URN of the folder holding it.")
    ] = None
    sizeInBytes: Annotated[
        int | None, Ui(summary="Size in bytes", description="The size of the file in bytes.")
    ] = None
    creator: Annotated[
        str | None, Ui(summary="Created by", description="The id of the user who added it.")
    ] = None
    modifiedBy: Annotated[
        str | None, Ui(summary="Modified by", description="The id of the user who changed it.")
    ] = None
    createdTime: Annotated[
        str | None, Ui(summary="Created time", description="When the file or folder was made.")
    ] = None
    modifiedTime: Annotated[
        str | None, Ui(summary="Modified time", description="When it was last changed.")
    ] = None
    ancestors: list[Ancestor] = Field(default_factory=list)


class FileNotice(Model):
    """What Autodesk posts for a Data Management event (a version or folder)."""

    version: PayloadVersion = None
    resourceUrn: Annotated[
        str,
        Ui(summary="Resource URN", description="The URN of the version or folder of the event."),
    ]
    hook: FolderHook | None = None
    payload: FileEvent


class TranslationResult(Model):
    status: Annotated[
        str | None,
        Ui(summary="Translation status", description="success, or failed when it did not work."),
    ] = None


class TranslationEvent(Model):
    URN: Annotated[
        str | None, Ui(summary="Design URN", description="The base64 URN of the design.")
    ] = None
    EventType: Annotated[
        str | None, Ui(summary="Event type", description="The event, EXTRACTION_FINISHED.")
    ] = None
    Payload: TranslationResult | None = None


class TranslationNotice(Model):
    """What Autodesk posts when a translation job finishes, with its status."""

    version: PayloadVersion = None
    resourceUrn: Annotated[
        str, Ui(summary="Design URN", description="The base64 URN Model Derivative actions take.")
    ]
    hook: WorkflowHook | None = None
    payload: TranslationEvent | None = None


class IssueEvent(Model):
    """The issue fields Autodesk sends with an issue event."""

    projectId: Annotated[
        str | None, Ui(summary="Project ID", description="The ACC project id, without 'b.'.")
    ] = None
    id: Annotated[str | None, Ui(summary="Issue ID", description="The id of the issue.")] = None
    status: Annotated[
        str | None, Ui(summary="Status", description="The status of the issue, such as open.")
    ] = None
    updatedAt: Annotated[
        str | None, Ui(summary="Updated at", description="When the issue was last changed.")
    ] = None
    issueTypeId: Annotated[
        str | None, Ui(summary="Type ID", description="The id of the issue type (category).")
    ] = None
    issueSubtypeId: Annotated[
        str | None, Ui(summary="Subtype ID", description="The id of the issue subtype.")
    ] = None
    assignedToType: Annotated[
        str | None,
        Ui(summary="Assignee type", description="user, company or role.", nullable=True),
    ] = None
    assignedTo: Annotated[
        str | None,
        Ui(summary="Assigned to", description="Autodesk id of the assignee.", nullable=True),
    ] = None
    dueDate: Annotated[
        str | None, Ui(summary="Due date", description="When the issue is due.", nullable=True)
    ] = None
    watchers: Annotated[
        list[str],
        Ui(summary="Watchers", description="Autodesk ids of the members who watch the issue."),
    ] = Field(default_factory=list)
    changedAttributes: Annotated[
        list[str],
        Ui(summary="Changed fields", description="For updates: the names of the changed fields."),
    ] = Field(default_factory=list)


class IssueNotice(Model):
    """What Autodesk posts when an issue is created or changed."""

    version: PayloadVersion = None
    resourceUrn: Annotated[
        str | None, Ui(summary="Issue URN", description="The URN of the issue of the event.")
    ] = None
    hook: ProjectHook | None = None
    payload: IssueEvent


# --- what every hook operation shares ---------------------------------------------------------

delete_hook_route = partial(
    Route,
    method="DELETE",
    visibility="internal",
    status=204,
    response_description="Deleted",
    tags=(HOOKS,),
)
"""The route of an operation that deletes a hook: internal, `204 Deleted`."""

hook_route = partial(
    Route,
    method="POST",
    status=201,
    response_description="Created",
    tags=(HOOKS,),
    body_name="hook",
    body_summary="Hook",
    body_description="What the hook watches; the callback URL is filled in by Power Automate.",
)
"""The route of a trigger that registers a hook: `201 Created`."""


class DeleteHook(Action[None]):
    """Base of the operations that delete a hook: the hook's id is in the path."""

    hook_id: HookId


class FolderTrigger(WebhookTrigger[FileNotice]):
    """Base of the Data Management triggers: they watch a folder of a project of a hub."""

    callback_url: CallbackUrl
    hub: HookHub
    project: HookProject
    folder: HookFolder


class IssueTrigger(WebhookTrigger[IssueNotice]):
    """Base of the Issues triggers: they watch the issues of a project of a hub."""

    callback_url: CallbackUrl
    hub: HookHub
    project: IssueHookProject


# --- Data Management triggers ---------------------------------------------------------------


class DeleteVersionAddedHook(DeleteHook):
    """Deletes a new-version hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/data/events/dm.version.added/hooks/{hook_id}",
        summary="Delete new-version hook",
    )


class WhenVersionAdded(FolderTrigger):
    """Starts the flow when a file or a new version of it is uploaded to a folder."""

    route = hook_route(
        path="/webhooks/v1/systems/data/events/dm.version.added/hooks",
        summary="When a file version is added",
        trigger_hint="Upload a file to the chosen folder.",
    )
    unsubscribe = DeleteVersionAddedHook


class DeleteVersionModifiedHook(DeleteHook):
    """Deletes a version-changed hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/data/events/dm.version.modified/hooks/{hook_id}",
        summary="Delete version-changed hook",
    )


class WhenVersionModified(FolderTrigger):
    """Starts the flow when a file version in a folder is renamed or its details change."""

    route = hook_route(
        path="/webhooks/v1/systems/data/events/dm.version.modified/hooks",
        summary="When a file version is changed",
        trigger_hint="Rename a file in the chosen folder.",
    )
    unsubscribe = DeleteVersionModifiedHook


class DeleteVersionDeletedHook(DeleteHook):
    """Deletes a version-deleted hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/data/events/dm.version.deleted/hooks/{hook_id}",
        summary="Delete version-deleted hook",
    )


class WhenVersionDeleted(FolderTrigger):
    """Starts the flow when a file in a folder is deleted."""

    route = hook_route(
        path="/webhooks/v1/systems/data/events/dm.version.deleted/hooks",
        summary="When a file is deleted",
        trigger_hint="Delete a file in the chosen folder.",
    )
    unsubscribe = DeleteVersionDeletedHook


class DeleteFolderAddedHook(DeleteHook):
    """Deletes a folder-added hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/data/events/dm.folder.added/hooks/{hook_id}",
        summary="Delete folder-added hook",
    )


class WhenFolderAdded(FolderTrigger):
    """Starts the flow when a sub-folder is created inside a folder."""

    route = hook_route(
        path="/webhooks/v1/systems/data/events/dm.folder.added/hooks",
        summary="When a folder is added",
        trigger_hint="Create a sub-folder in the chosen folder.",
    )
    unsubscribe = DeleteFolderAddedHook


# --- Model Derivative trigger ---------------------------------------------------------------


class DeleteTranslationHook(DeleteHook):
    """Deletes a translation-finished hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/derivative/events/extraction.finished/hooks/{hook_id}",
        summary="Delete translation hook",
    )


class WhenTranslationFinished(WebhookTrigger[TranslationNotice]):
    """Starts the flow when a translation job of the given workflow finishes.

    Model Derivative scopes these events by the workflow name given when the
    translation job was started (`misc.workflow`); no polling loop is needed.
    """

    route = hook_route(
        path="/webhooks/v1/systems/derivative/events/extraction.finished/hooks",
        summary="When a model translation finishes",
        trigger_hint="Start a translation job with the chosen workflow name.",
    )
    unsubscribe = DeleteTranslationHook
    callback_url: CallbackUrl
    workflow: Annotated[
        str,
        Body(
            name="scope/workflow",
            summary="Workflow",
            description="The workflow name the translation jobs are started with.",
            visibility="important",
        ),
    ]


# --- Issues triggers ----------------------------------------------------------------------------


class DeleteIssueCreatedHook(DeleteHook):
    """Deletes an issue-created hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/autodesk.construction.issues/events/issue.created-1.0/hooks/{hook_id}",
        summary="Delete issue-created hook",
    )


class WhenIssueCreated(IssueTrigger):
    """Starts the flow when an issue is created in a project."""

    route = hook_route(
        path="/webhooks/v1/systems/autodesk.construction.issues/events/issue.created-1.0/hooks",
        summary="When an issue is created",
        trigger_hint="Create an issue in the chosen project.",
    )
    unsubscribe = DeleteIssueCreatedHook


class DeleteIssueUpdatedHook(DeleteHook):
    """Deletes an issue-updated hook; Power Automate calls it when the flow stops."""

    route = delete_hook_route(
        path="/webhooks/v1/systems/autodesk.construction.issues/events/issue.updated-1.0/hooks/{hook_id}",
        summary="Delete issue-updated hook",
    )


class WhenIssueUpdated(IssueTrigger):
    """Starts the flow when an issue of a project is changed; it says which fields changed."""

    route = hook_route(
        path="/webhooks/v1/systems/autodesk.construction.issues/events/issue.updated-1.0/hooks",
        summary="When an issue is updated",
        trigger_hint="Change an issue in the chosen project.",
    )
    unsubscribe = DeleteIssueUpdatedHook


TRIGGERS = (
    WhenVersionAdded,
    WhenVersionModified,
    WhenVersionDeleted,
    WhenFolderAdded,
    WhenTranslationFinished,
    WhenIssueCreated,
    WhenIssueUpdated,
)

HOOK_DELETES = (
    DeleteVersionAddedHook,
    DeleteVersionModifiedHook,
    DeleteVersionDeletedHook,
    DeleteFolderAddedHook,
    DeleteTranslationHook,
    DeleteIssueCreatedHook,
    DeleteIssueUpdatedHook,
)
