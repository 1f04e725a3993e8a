"""ACC Forms (v1): form templates and forms, and a trigger for new or changed forms.

Autodesk publishes no OpenAPI spec for Forms; its reference pages
(aps.autodesk.com/en/docs/acc/v1/reference/http/forms-form-templates-GET and
forms-forms-GET) and its Postman collection `Forms_API` give the contract:
- `GET form-templates` and `GET forms` take `offset` and `limit` (1 to 50, 50 by
  default) and answer `{data: [...], pagination: {offset, limit, totalResults, nextUrl}}`;
- a template has `id`, `name`, `status`, `templateType`, `isPdf`, `pdfUrl`, `createdBy`,
  `updatedAt`;
- `GET forms` also takes `templateId`, `statuses`, `locationIds`, `updatedAfter` and
  `updatedBefore` (ISO 8601), and returns forms sorted by `updatedAt`, most recent first;
- a form has `id`, `name`, `status` (draft, inReview, submitted, archived), `formNum`,
  `formDate`, `description`, `locationId`, `pdfUrl`, `createdBy` and `updatedAt`.
That order and the strict `updatedAfter` make the trigger's cursor exact: the newest
`updatedAt` seen is the next `updatedAfter`.
"""

from typing import Annotated, Literal

from aps_connectors.acc.common import Model
from aps_connectors.acc.data import HubChoice
from aps_connectors.acc.issues import IssuesProject, Pagination
from aps_connectors.acc.locations import LOCATIONS
from connector_dsl import Action, DynamicValues, PollingTrigger, Query, Route, Ui, ref
from connector_dsl.properties import PollingTriggerPolicy, RouteRequestToEndpoint

FORMS = "Forms"

FORM_BASE = "/construction/forms/v1/projects/{projectId}"

# --- templates ------------------------------------------------------------------------------


class FormTemplate(Model):
    """A form template: the questions, workflow and permissions of a kind of form."""

    id: Annotated[str, Ui(summary="Template ID", description="The unique id of the template.")]
    name: Annotated[str | None, Ui(summary="Name", description="The name of the template.")] = None
    status: Annotated[
        str | None, Ui(summary="Status", description="Whether the template is active.")
    ] = None
    templateType: Annotated[
        str | None,
        Ui(summary="Template type", description="The kind of form, such as a daily report."),
    ] = None
    isPdf: Annotated[
        bool | None, Ui(summary="PDF", description="Whether the template is a PDF form.")
    ] = None
    pdfUrl: Annotated[
        str | None, Ui(summary="PDF link", description="A link to download the PDF template.")
    ] = None
    createdBy: Annotated[
        str | None, Ui(summary="Created by", description="Autodesk id of the template's author.")
    ] = None
    updatedAt: Annotated[
        str | None, Ui(summary="Updated at", description="When the template was last changed.")
    ] = None


class FormTemplates(Model):
    """A page of form templates."""

    pagination: Pagination | None = None
    data: list[FormTemplate]


class ListFormTemplates(Action[FormTemplates]):
    """Lists the form templates of a project that the signed-in user can use."""

    route = Route(
        method="GET",
        path=f"{FORM_BASE}/form-templates",
        summary="List form templates",
        tags=(FORMS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many templates to return, 1 to 50 (50 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many templates to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


TEMPLATES = DynamicValues(
    ListFormTemplates(projectId=ref("projectId")),
    value=lambda r: [template.id for template in r.data],
    title=lambda r: [template.name for template in r.data],
)

# --- forms ----------------------------------------------------------------------------------


class Form(Model):
    """A form filled in on the project."""

    id: Annotated[str, Ui(summary="Form ID", description="The unique id of the form.")]
    name: Annotated[str | None, Ui(summary="Name", description="The name of the form.")] = None
    status: Annotated[
        str | None, Ui(summary="Status", description="The status, such as draft or submitted.")
    ] = None
    formNum: Annotated[
        int | None, Ui(summary="Number", description="The form number within its template.")
    ] = None
    formDate: Annotated[
        str | None, Ui(summary="Form date", description="The date the form is about.")
    ] = None
    description: Annotated[
        str | None, Ui(summary="Description", description="The description section of the form.")
    ] = None
    locationId: Annotated[
        str | None, Ui(summary="Location ID", description="The location the form is about.")
    ] = None
    pdfUrl: Annotated[
        str | None, Ui(summary="PDF link", description="A link to download a PDF form.")
    ] = None
    createdBy: Annotated[
        str | None, Ui(summary="Created by", description="Autodesk id of the form's author.")
    ] = None
    updatedAt: Annotated[
        str | None, Ui(summary="Updated at", description="When the form was last changed.")
    ] = None


class Forms(Model):
    """A page of forms, most recently changed first."""

    pagination: Pagination | None = None
    data: list[Form]


TemplateChoice = Annotated[
    str | None,
    Query(
        name="templateId",
        summary="Template",
        description="Only forms made from this template.",
        visibility="important",
        dynamic=TEMPLATES,
    ),
]

LocationChoice = Annotated[
    str | None,
    Query(
        name="locationIds",
        summary="Location",
        description="Only forms about this location.",
        visibility="advanced",
        dynamic=LOCATIONS,
    ),
]


class ListForms(Action[Forms]):
    """Lists the forms of a project, most recently changed first, by template or status."""

    route = Route(
        method="GET",
        path=f"{FORM_BASE}/forms",
        summary="List forms",
        tags=(FORMS,),
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    templateId: TemplateChoice = None
    statuses: Annotated[
        Literal["draft", "inReview", "submitted", "archived"] | None,
        Query(
            summary="Status",
            description="Only forms with this status.",
            visibility="advanced",
        ),
    ] = None
    locationIds: LocationChoice = None
    updatedAfter: Annotated[
        str | None,
        Query(
            summary="Changed after",
            description="Only forms changed after this time, in ISO 8601.",
            visibility="advanced",
            format="date-time",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="Limit",
            description="How many forms to return, 1 to 50 (50 by default).",
            visibility="advanced",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="Offset",
            description="How many forms to skip, to read the next page.",
            visibility="advanced",
        ),
    ] = None


# --- trigger ----------------------------------------------------------------------------------


# Autodesk sends no webhook for forms, so Power Automate polls. Forms come newest change
# first and `updatedAfter` is strict, so the newest `updatedAt` of a check, kept by the
# polling policy as the trigger's state, is the next check's `updatedAfter`. The trigger's
# path differs from List forms' (one GET per path); a route policy sends it to `forms`.
class WhenFormChanged(PollingTrigger[Forms]):
    """Starts the flow for each form created or changed in a project since the last check."""

    route = Route(
        method="GET",
        path=f"{FORM_BASE}/changed-forms",
        summary="When a form is created or changed",
        operation_id="WhenFormChanged",
        tags=(FORMS,),
        trigger_hint="Create or edit a form in the chosen project.",
    )
    hub_id: HubChoice = None
    projectId: IssuesProject
    templateId: TemplateChoice = None
    updatedAfter: Annotated[
        str | None,
        Query(
            summary="Changed after",
            description="The newest change seen at the last check; kept by the trigger.",
            visibility="internal",
        ),
    ] = None


FORM_POLLING = (
    RouteRequestToEndpoint(
        title="Read changed forms",
        operations=(WhenFormChanged,),
        new_path=f"{FORM_BASE}/forms",
    ),
    PollingTriggerPolicy(
        title="Poll for changed forms",
        operations=(WhenFormChanged,),
        trigger_config={"updatedAfter": "@{triggerBody().data[0].updatedAt}"},
        trigger_data_path="@triggerBody().data",
    ),
)
"""The trigger's route to `forms`, and its cursor: the newest change of the last check
becomes `updatedAfter`."""

FORM_OPERATIONS = (ListFormTemplates, ListForms)
