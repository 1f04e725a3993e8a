"""Tutorial step 1: sign in with APS and trigger a flow when a design version is added."""

# --8<-- [start:imports]
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    Header,
    NotificationUrl,
    OAuth2,
    Path,
    Route,
    Ui,
    WebhookTrigger,
)
from connector_dsl.cli.swagger import print_swagger

# --8<-- [end:imports]


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
    folder: Annotated[str, Body(name="scope/folder", summary="Folder URN", visibility="important")]


# --8<-- [end:trigger]

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
    operations = (WhenVersionAdded, DeleteVersionAddedHook)
    # --8<-- [end:operations]


if __name__ == "__main__":
    raise SystemExit(print_swagger(APSTutorial))
# --8<-- [end:connector]
