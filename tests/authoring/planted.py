"""Authoring mistakes as an author plants them, one tiny connector each.

`test_planted_mistakes.py` builds each one and checks the code, the message and the
Python place of what `build` reports. Mistakes caught while the module is imported
(a `Route` or `ConnectorInfo` argument) live in `planted_on_import/`.
"""

from __future__ import annotations

import enum
from typing import Annotated

from pydantic import BaseModel, Field

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    FormData,
    NotificationUrl,
    Path,
    Query,
    Route,
    WebhookTrigger,
)

INFO = ConnectorInfo(title="Planted", description="Mistakes on purpose.", host="example.com")


class Project(BaseModel):
    id: str
    name: str


class ListProjects(Action[list[Project]]):
    """List the projects."""

    route = Route(method="GET", path="/projects", summary="List projects")


# 1. Body() / FormData() on a GET or HEAD operation


class SearchProjects(Action[list[Project]]):
    """Search the projects."""

    route = Route(method="GET", path="/projects/search", summary="Search projects")
    filter: Annotated[str, Body()]


class SearchConnector(Connector):
    info = INFO
    operations = (SearchProjects,)


class CheckAccess(Action[None]):
    """Check the connection."""

    route = Route(method="GET", path="/me", summary="Check access", visibility="internal")
    scope: Annotated[str, Body()] = "all"


class TestedConnector(Connector):
    info = INFO
    operations = (CheckAccess,)
    test_connection = CheckAccess


class CheckUpload(Action[None]):
    """Check an upload."""

    route = Route(method="HEAD", path="/uploads", summary="Check upload")
    file: Annotated[bytes, FormData()]


class CheckUploadConnector(Connector):
    info = INFO
    operations = (CheckUpload,)


# 4. a webhook whose callback URL lives in a body model without Ui(notification_url=True)


class Created(BaseModel):
    id: str


class HookRequest(BaseModel):
    event: str
    callback_url: str


class WhenCreated(WebhookTrigger[Created]):
    """When a project is created."""

    route = Route(method="POST", path="/hooks", summary="When a project is created", status=201)
    hook: Annotated[HookRequest, Body(), NotificationUrl()]


class HookConnector(Connector):
    info = INFO
    operations = (WhenCreated,)


# 5. a default of the wrong type


class Status(enum.Enum):
    OPEN = "open"
    CLOSED = "closed"


class ListIssues(Action[None]):
    """List the issues."""

    route = Route(method="GET", path="/issues", summary="List issues")
    status: Annotated[Status, Query()] = 1  # type: ignore[assignment]
    count: int = "x"  # type: ignore[assignment]


class DefaultsConnector(Connector):
    info = INFO
    operations = (ListIssues,)


# 6. Field(...) options a parameter cannot carry


class CreateProject(Action[Project]):
    """Create a project."""

    route = Route(method="POST", path="/projects", summary="Create project")
    project: Annotated[Project, Body()] = Field(title="The project")


class TitleConnector(Connector):
    info = INFO
    operations = (CreateProject,)


class FindProjects(Action[list[Project]]):
    """Find projects."""

    route = Route(method="GET", path="/projects/find", summary="Find projects")
    name: Annotated[str, Query()] = Field(title="Name", examples=["Tower"])
    top: Annotated[int, Query()] = Field(10, json_schema_extra={"x-ms-test-value": 5})


class OptionsConnector(Connector):
    info = INFO
    operations = (FindProjects,)


class RenameProject(Action[Project]):
    """Rename a project; a title on a property of an inline body is written."""

    route = Route(method="PATCH", path="/projects/{project_id}", summary="Rename project")
    project_id: Annotated[str, Path()]
    name: Annotated[str, Body()] = Field(title="New name")


class InlineTitleConnector(Connector):
    info = INFO
    operations = (RenameProject,)


# 7. a trigger subclass: its own type argument is its payload


class Updated(BaseModel):
    name: str


class WhenAnything(WebhookTrigger[Created]):
    """When a project is created."""

    route = Route(method="POST", path="/hooks/created", summary="When created", status=201)
    callback_url: Annotated[str, Body(), NotificationUrl()]


class WhenUpdated(WhenAnything, WebhookTrigger[Updated]):  # pyright reports the bases
    """When a project is updated."""

    route = Route(method="POST", path="/hooks/updated", summary="When updated", status=201)


class SubclassConnector(Connector):
    info = INFO
    operations = (WhenAnything, WhenUpdated)


# 8. no operations


class EmptyConnector(Connector):
    info = INFO


# 9. an operation without a description


class Ping(Action[None]):
    route = Route(method="GET", path="/ping", summary="Ping")


class UndescribedConnector(Connector):
    info = INFO
    operations = (Ping,)


# 10. no info


class NoInfoConnector(Connector):
    operations = (ListProjects,)


# 11. entries of `operations` that are not operation classes


class ModelListedConnector(Connector):
    info = INFO
    operations = (ListProjects, Project)  # type: ignore[assignment]


class InstanceListedConnector(Connector):
    info = INFO
    operations = (ListProjects, ListProjects())  # type: ignore[assignment]


class BareOperationConnector(Connector):
    info = INFO
    operations = ListProjects  # type: ignore[assignment]


# 12. an operation without a route


class GetProject(Action[Project]):
    """Get a project."""


class NoRouteConnector(Connector):
    info = INFO
    operations = (GetProject,)


# 13. path placeholders against path fields


class GetHub(Action[None]):
    """Get a hub."""

    route = Route(method="GET", path="/hubs/{hub_id}", summary="Get hub")
    hub_id: Annotated[str, Path(name="hubId")]


class HubConnector(Connector):
    info = INFO
    operations = (GetHub,)


class GetTemplate(Action[None]):
    """Get a template."""

    route = Route(method="GET", path="/templates/{templateNumber}", summary="Get template")
    template_number: str


class TemplateConnector(Connector):
    info = INFO
    operations = (GetTemplate,)


class GetItem(Action[None]):
    """Get an item."""

    route = Route(method="GET", path="/items/{itemId}", summary="Get item")


class ItemConnector(Connector):
    info = INFO
    operations = (GetItem,)
