"""Model Derivative: translation status, model views and element properties.

`{urn}` is the URL-safe base64 URN of a version. The Design dropdown gives it
from the version list; a plain version URN (a trigger's Version URN) is encoded
by the connector's script, so no `base64(...)` expression is needed.
"""

from typing import Annotated

from pydantic import Field

from aps_connectors.acc.common import DERIVATIVE, Model
from aps_connectors.acc.data import (
    DESIGNS,
    FolderChoice,
    HubChoice,
    ItemChoice,
    ProjectChoice,
)
from connector_dsl import Action, DynamicValues, Path, Reply, Route, Ui, ref

DesignPath = Annotated[
    str,
    Path(
        summary="Design",
        description="A version of the file; a version URN from a trigger works too.",
        visibility="important",
        dynamic=DESIGNS,
        url_encoding="double",
    ),
]


class ManifestDerivative(Model):
    name: Annotated[str | None, Ui(summary="Name", description="The name of the derivative.")] = (
        None
    )
    outputType: Annotated[
        str | None, Ui(summary="Output type", description="The format, such as svf or svf2.")
    ] = None
    status: Annotated[
        str | None, Ui(summary="Derivative status", description="pending, success or failed.")
    ] = None
    progress: Annotated[
        str | None, Ui(summary="Derivative progress", description="How far this output is.")
    ] = None


class Manifest(Model):
    """The translation status of a design and the derivatives made from it."""

    urn: Annotated[str, Ui(summary="Design URN", description="The base64 URN of the design.")]
    status: Annotated[
        str,
        Ui(
            summary="Status",
            description="pending, inprogress, success, failed or timeout.",
        ),
    ]
    progress: Annotated[
        str, Ui(summary="Progress", description="'complete', or how far along as a percentage.")
    ]
    hasThumbnail: Annotated[
        str | None, Ui(summary="Has thumbnail", description="'true' when a thumbnail exists.")
    ] = None
    region: Annotated[
        str | None, Ui(summary="Region", description="The data centre of the derivatives.")
    ] = None
    derivatives: list[ManifestDerivative] = Field(default_factory=list)


class GetManifest(Action[Manifest]):
    """Gets the translation status of a design: check it before reading model views."""

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/manifest",
        summary="Get translation status",
        tags=(DERIVATIVE,),
    )
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder_id: FolderChoice = None
    item_id: ItemChoice = None
    urn: DesignPath


class ModelView(Model):
    name: Annotated[str, Ui(summary="View name", description="The name of the view, e.g. {3D}.")]
    role: Annotated[str, Ui(summary="Role", description="2d or 3d, the kind of view.")]
    guid: Annotated[str, Ui(summary="View GUID", description="The id of the model view.")]
    isMasterView: Annotated[
        bool | None, Ui(summary="Master view", description="Whether it is the master 3D view.")
    ] = None


class ModelViewList(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'metadata' for model views.")]
    metadata: list[ModelView]


class ModelViews(Model):
    """The views of a translated design."""

    data: ModelViewList


class ListModelViews(Action[ModelViews]):
    """Lists the 2D and 3D views of a translated design."""

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/metadata",
        summary="List model views",
        tags=(DERIVATIVE,),
    )
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder_id: FolderChoice = None
    item_id: ItemChoice = None
    urn: DesignPath


VIEWS = DynamicValues(
    ListModelViews(urn=ref("urn")),
    value=lambda r: [view.guid for view in r.data.metadata],
    title=lambda r: [view.name for view in r.data.metadata],
)


class ElementProperties(Model):
    objectid: Annotated[int, Ui(summary="Object ID", description="The id of the element.")]
    name: Annotated[str, Ui(summary="Element name", description="The name of the element.")]
    externalId: Annotated[
        str | None, Ui(summary="External ID", description="The id the authoring tool gave it.")
    ] = None
    properties: Annotated[
        dict[str, object],
        Ui(summary="Properties", description="The properties of the element, by category."),
    ] = Field(default_factory=dict)


class PropertyCollection(Model):
    type: Annotated[str, Ui(summary="Type", description="Always 'properties' for this list.")]
    collection: list[ElementProperties]


class Properties(Model):
    """Properties of every element of a model view."""

    data: PropertyCollection


class ListElementProperties(Action[Properties]):
    """Lists the properties of every element in a model view.

    While Autodesk is still extracting them it answers 202 Accepted with only
    a `result`: wait and try again, or start from the translation trigger.
    """

    route = Route(
        method="GET",
        path="/modelderivative/v2/designdata/{urn}/metadata/{modelGuid}/properties",
        summary="List element properties",
        tags=(DERIVATIVE,),
        # Power Platform reads one response schema; the 202's body is only {"result": "success"}.
        responses={"202": Reply("Accepted: Autodesk is still extracting; try again later")},
    )
    hub_id: HubChoice = None
    project_id: ProjectChoice = None
    folder_id: FolderChoice = None
    item_id: ItemChoice = None
    urn: DesignPath
    modelGuid: Annotated[
        str,
        Path(
            summary="Model view",
            description="The 2D or 3D view whose elements to list.",
            visibility="important",
            dynamic=VIEWS,
            url_encoding="single",
        ),
    ]
