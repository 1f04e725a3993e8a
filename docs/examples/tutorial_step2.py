"""Tutorial step 2: list model views and element properties, with a model view dropdown."""

# --8<-- [start:imports]
from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from connector_dsl import Action, Connector, DynamicValues, Path, Route, Ui, ref
from connector_dsl.cli.swagger import print_swagger

import tutorial_step1

# --8<-- [end:imports]


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
    ListModelViews(urn=ref("urn")),
    value=lambda r: [view.guid for view in r.data.metadata],
    title=lambda r: [view.name for view in r.data.metadata],
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


# --8<-- [start:connector]
class APSTutorial(Connector):
    """Autodesk Platform Services, the tutorial connector."""

    info = tutorial_step1.APSTutorial.info
    security = tutorial_step1.APSTutorial.security
    # --8<-- [start:operations]
    operations = (*tutorial_step1.APSTutorial.operations, ListModelViews, ListElementProperties)
    # --8<-- [end:operations]


if __name__ == "__main__":
    raise SystemExit(print_swagger(APSTutorial))
# --8<-- [end:connector]
