"""Dropdowns and dynamic schemas, typed and as path strings, as constants and inline."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    DynamicSchema,
    DynamicValues,
    ParamRef,
    Path,
    Query,
    Route,
    Ui,
    ref,
)


class Named(BaseModel):
    id: str
    name: str


class Page(BaseModel):
    results: list[Named]


class ListHubs(Action[Page]):
    """Hubs."""

    route = Route(method="GET", path="/hubs", summary="List hubs", visibility="internal")


HUBS = DynamicValues(
    ListHubs(),
    value=lambda r: [hub.id for hub in r.results],
    title=lambda r: [hub.name for hub in r.results],
)


class ListProjects(Action[Page]):
    """Projects of a hub."""

    route = Route(
        method="GET", path="/hubs/{hub_id}/projects", summary="List projects", visibility="internal"
    )
    hub_id: Annotated[str, Path(summary="Hub", dynamic=HUBS)]
    limit: Annotated[int | None, Query(summary="Limit")] = None


PROJECTS = DynamicValues(
    ListProjects(hub_id=ref("hub_id"), limit=10),
    value=lambda r: [project.id for project in r.results],
    title=lambda r: [project.name for project in r.results],
)

PROJECTS_BY_PATH = DynamicValues(
    ListProjects,
    collection="results",
    value="id",
    title="name",
    parameters={"hub_id": ParamRef("hub_id"), "limit": 10},
)


class FormSchema(BaseModel):
    schema_: dict[str, Any]


class GetFormSchema(Action[FormSchema]):
    """The schema of a form."""

    route = Route(method="GET", path="/forms/{form_id}/schema", summary="Get form schema")
    form_id: Annotated[str, Path(summary="Form")]


FORM_SCHEMA = DynamicSchema(GetFormSchema(form_id=ref("form_id")), path=lambda r: r.schema_)


class Submission(BaseModel):
    project: Annotated[str, Ui(summary="Project", dynamic=PROJECTS)]
    other: Annotated[str | None, Ui(summary="Other project", dynamic=PROJECTS_BY_PATH)] = None


class Submit(Action[Named]):
    """Submits a form."""

    route = Route(
        method="POST",
        path="/forms/{form_id}",
        summary="Submit form",
        dynamic_response=DynamicSchema(GetFormSchema(form_id=ref("form_id"))),
    )
    hub_id: Annotated[str | None, Query(summary="Hub", dynamic=HUBS)] = None
    form_id: Annotated[
        str,
        Path(
            summary="Form",
            dynamic=DynamicValues(ListHubs, collection="results", value="id", title="name"),
        ),
    ]
    answers: Annotated[
        dict[str, Any],
        Body(dynamic_schema=FORM_SCHEMA),
    ]


class Forms(Connector):
    info = ConnectorInfo(title="Forms", host="forms.example.com")
    operations = (ListHubs, ListProjects, GetFormSchema, Submit)
