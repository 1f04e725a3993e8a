"""Nifty Gateway: imported by connector-dsl."""

from __future__ import annotations

from typing import Annotated, ClassVar

from connector_dsl.authoring import Action, Connector, ConnectorInfo, Path, Query, Route
from connector_dsl.authoring.raw import RawDocument
from pydantic import BaseModel


class Messages(BaseModel):
    definition_name: ClassVar[str | None] = "messages"
    code: str | None = None
    description: str | None = None
    id: str | None = None


class StatusDetails(BaseModel):
    definition_name: ClassVar[str | None] = "statusDetails"
    success: bool | None = None
    statusCode: str | None = None
    messages: list[Messages] | None = None


class NiftiesforUserResponse(BaseModel):
    statusDetails: StatusDetails | None = None


class NiftiesforCreatorResponse(BaseModel):
    statusDetails: StatusDetails | None = None


class NiftiesforUser(Action[NiftiesforUserResponse]):
    """Returns information about all nifties owned by the given user."""

    route = Route(
        method="GET",
        path="/users/{username}/nifties/",
        summary="Nifties for User",
        response_description="The operation was successful.",
    )
    username: Annotated[
        str,
        Path(
            summary="Returns information about all nifties owned by the given user.",
            description="Returns information about all nifties owned by the given user.",
            url_encoding="single",
        ),
    ]
    contractAddress: Annotated[
        str | None,
        Query(
            summary="If provided will only show Nifties for that contract address.",
            description="If provided will only show Nifties for that contract address.",
        ),
    ] = None
    limit: Annotated[
        int | None,
        Query(
            summary="If provided will show only the specified number of nifties.",
            description="If provided will show only the specified number of nifties.",
        ),
    ] = None
    offset: Annotated[
        int | None,
        Query(
            summary="If provided will skip the specified number of nifties in the result.",
            description="If provided will skip the specified number of nifties in the result.",
        ),
    ] = None


class NiftiesforCreator(Action[NiftiesforCreatorResponse]):
    """Returns ownership information for all nifties created by the given creator and currently stored on Nifty Gateway."""

    route = Route(
        method="GET",
        path="/creators/{creator_profile_name}/collectors/",
        summary="Nifties for Creator",
        response_description="The operation was successful.",
    )
    creator_profile_name: Annotated[
        str,
        Path(
            summary="Returns ownership information for all nifties created by the given creator.",
            description="Returns ownership information for all nifties created by the given creator.",
            url_encoding="single",
        ),
    ]
    limit: Annotated[
        int,
        Query(
            summary="If provided will show only the specified number of nifties.",
            description="If provided will show only the specified number of nifties.",
            default=20,
        ),
    ]
    offset: Annotated[
        int,
        Query(
            summary="If provided will skip the specified number of nifties in the result.",
            description="If provided will skip the specified number of nifties in the result.",
            default=0,
        ),
    ]


class ImportedConnector(Connector):
    info = ConnectorInfo(
        title="Nifty Gateway",
        version="1.0.0",
        description="A Power Platform Connector for connecting to the Nifty Gateway API to search for NFTs.",
        host="api.niftygateway.com",
        base_path="/v1",
        consumes=(),
        contact_name="Roy Paar",
        contact_email="roypaar@microsoft.com",
        website="https://niftygateway.com",
        privacy_policy="https://niftygateway.com/privacypolicy",
        categories=("Lifestyle and Entertainment",),
    )
    operations = (
        NiftiesforUser,
        NiftiesforCreator,
    )
    models = (
        NiftiesforUserResponse,
        NiftiesforCreatorResponse,
        StatusDetails,
        Messages,
    )
    raw = RawDocument(keys={"parameters": {}, "responses": {}, "security": [], "tags": []})
    brand_color = "#da3b01"
    publisher = "Roy Paar"
    stack_owner = "Nifty Gateway"
