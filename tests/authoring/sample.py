"""A small connector used by the authoring tests."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel

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


class Team(BaseModel):
    id: str
    name: Annotated[str, Ui(summary="Team name")]


class Teams(BaseModel):
    value: list[Team]


class ListTeams(Action[Teams]):
    """Lists teams."""

    route = Route(method="GET", path="/teams", summary="List teams", visibility="internal")
    top: Annotated[int, Query(summary="Top")] = 10


TEAMS = DynamicValues(ListTeams, collection="value", value="id", title="name")


class Task(BaseModel):
    """A task."""

    title: Annotated[str, Ui(summary="Title", visibility="important")]
    priority: Annotated[
        Literal["low", "high"], Ui(summary="Priority", enum={"low": "Low", "high": "High"})
    ] = "low"
    due: Annotated[str | None, Ui(summary="Due", format="date")] = None


class CreateTask(Action[Task]):
    """Creates a task in a team."""

    route = Route(method="POST", path="/teams/{team_id}/tasks", summary="Create a task")
    team_id: Annotated[str, Path(summary="Team", dynamic=TEAMS, url_encoding="double")]
    notify: Annotated[bool, Query(summary="Notify", visibility="advanced")] = False
    api_version: Annotated[str, Header(name="Api-Version", visibility="internal")] = "2"
    task: Annotated[Task, Body(summary="Task")]


class TaskEvent(BaseModel):
    """A task changed."""

    task_id: str


class DeleteHook(Action[None]):
    route = Route(
        method="DELETE", path="/hooks/{hook_id}", summary="Delete hook", visibility="internal"
    )
    hook_id: str


class WhenTaskChanges(WebhookTrigger[TaskEvent]):
    """Starts a flow when a task changes."""

    route = Route(method="POST", path="/hooks", summary="When a task changes", status=201)
    unsubscribe = DeleteHook
    callback: Annotated[str, Body(name="url", visibility="internal"), NotificationUrl()]
    team: Annotated[
        str,
        Body(
            name="scope/team",
            summary="Team",
            dynamic=DynamicValues(ListTeams, collection="value", value="id", parameters={"top": 5}),
        ),
    ]


class ListTeamsFor(Action[Teams]):
    route = Route(method="GET", path="/users/{user}/teams", summary="List user teams")
    user: str


USER_TEAMS = DynamicValues(
    ListTeamsFor, collection="value", value="id", parameters={"user": ParamRef("who")}
)


class Tasks(Connector):
    info = ConnectorInfo(
        title="Tasks",
        description="Tasks for teams.",
        host="tasks.example.com",
        base_path="/api",
        website="https://tasks.example.com",
        privacy_policy="https://tasks.example.com/privacy",
        categories=("Productivity",),
    )
    security = OAuth2(
        authorization_url="https://login.example.com/authorize",
        token_url="https://login.example.com/token",
        scopes={"tasks": "Tasks"},
    )
    operations = (ListTeams, CreateTask, DeleteHook, WhenTaskChanges)
    test_connection = ListTeams
