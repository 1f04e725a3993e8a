"""Miro: imported by connector-dsl."""

from __future__ import annotations

from typing import Annotated, ClassVar, Literal

from connector_dsl.authoring import (
    Action,
    Body,
    Connector,
    ConnectorInfo,
    OAuth2,
    Path,
    Query,
    Route,
    TagInfo,
    Ui,
)
from connector_dsl.authoring.raw import Exact, RawDocument
from connector_dsl.properties import RouteRequestToEndpoint, SetProperty, SetValueFromUrl
from pydantic import BaseModel, ConfigDict, Field, RootModel


class Inline(BaseModel):
    """A model written in place where it is used: no definition of its own."""

    definition_name: ClassVar[str | None] = None


class User(BaseModel):
    """User"""

    name: Annotated[str | None, Field(title="User Name")] = None
    """The name of the user."""
    id: Annotated[str | None, Field(title="User Id")] = None
    """Identifier for user."""


class BoardCurrentUserConnection(Inline):
    """Current user connection."""

    role: Annotated[str | None, Field(title="Role")] = None
    """User role."""
    user: User | None = None
    id: Annotated[str | None, Field(title="User Connection Id")] = None
    """Unique identifier for the object."""


class BoardSharingPolicy(Inline):
    """Sharing policy"""

    access: Annotated[str | None, Field(title="Access with the link")] = None
    """Indicates the public-level access to the board."""
    teamAccess: Annotated[str | None, Field(title="Team access")] = None
    """Indicates the team-level access to the board."""
    accountAccess: Annotated[str | None, Field(title="Account access")] = None
    """Account access."""


class CreatedAt(RootModel[str]):
    """Date and time when the board was created."""

    model_config = ConfigDict(title="Created")


class CreatedBy(BaseModel):
    """CreatedBy"""

    name: Annotated[str | None, Field(title="Created By Name")] = None
    """The name of the user."""
    id: Annotated[str | None, Field(title="Created By Id")] = None
    """Identifier for user."""


class ModifiedAt(RootModel[str]):
    """Date and time when the board was modified."""

    model_config = ConfigDict(title="Modified")


class ModifiedBy(BaseModel):
    """ModifiedBy"""

    name: Annotated[str | None, Field(title="Modified By Name")] = None
    """The name of the user."""
    id: Annotated[str | None, Field(title="Modified By Id")] = None
    """Identifier for user."""


class Owner(BaseModel):
    """Owner"""

    name: Annotated[str | None, Field(title="Owner Name")] = None
    """The name of the user."""
    id: Annotated[str | None, Field(title="Owner Id")] = None
    """Identifier for user."""


class Team(BaseModel):
    """Team"""

    name: Annotated[str | None, Field(title="Team Name")] = None
    """The name of the team."""
    id: Annotated[str | None, Field(title="Team Id")] = None
    """Identifier of the team."""


class Board(BaseModel):
    id: Annotated[str | None, Field(title="Board Id")] = None
    """Identifier for the board."""
    name: Annotated[str | None, Field(title="Board Name")] = None
    """Name of the board."""
    description: Annotated[str | None, Field(title="Board Description")] = None
    """Description of the board."""
    viewLink: Annotated[str | None, Field(title="View link")] = None
    """The link to view the board in a browser."""
    currentUserConnection: BoardCurrentUserConnection | None = None
    """Current user connection."""
    team: Team | None = None
    sharingPolicy: BoardSharingPolicy | None = None
    """Sharing policy"""
    owner: Owner | None = None
    createdAt: CreatedAt | None = None
    createdBy: CreatedBy | None = None
    modifiedAt: ModifiedAt | None = None
    modifiedBy: ModifiedBy | None = None


class Role(RootModel[Literal["viewer", "commenter", "editor"]]):
    """User role"""

    model_config = ConfigDict(
        title="User Role",
        json_schema_extra={
            "default": "viewer",
            "x-ms-enum-values": [
                {"value": "viewer", "displayName": "Viewer"},
                {"value": "commenter", "displayName": "Commenter"},
                {"value": "editor", "displayName": "Editor"},
            ],
        },
    )


class BoardUserConnectionItem(Inline):
    id: Annotated[str | None, Field(title="User connection Id")] = None
    """Identifier for the user connection."""
    type: Annotated[str | None, Field(title="Board User Connection Type")] = None
    """type"""
    role: Role | None = None
    board: Board | None = None
    user: User | None = None
    createdAt: CreatedAt | None = None
    modifiedAt: ModifiedAt | None = None


class BoardUserConnection(RootModel[list[BoardUserConnectionItem]]):
    pass


class WidgetEndWidget(Inline):
    """endWidget"""

    id: Annotated[str | None, Field(title="End id")] = None
    """End widget identifier."""


class WidgetStartWidget(Inline):
    """startWidget"""

    id: Annotated[str | None, Field(title="Start id")] = None
    """Start widget identifier."""


class WidgetStyle(BaseModel):
    backgroundColor: Annotated[str | None, Field(title="Background color")] = None
    """Background color."""
    backgroundOpacity: Annotated[
        float | None, Field(title="Background opacity"), Ui(format="float")
    ] = None
    """Background opacity."""
    fontSize: Annotated[int | None, Field(title="Font size"), Ui(format="int32")] = None
    """Font size."""
    fontFamily: Annotated[str | None, Field(title="Font family")] = None
    """Font family."""
    textAlign: Annotated[str | None, Field(title="Text align")] = None
    """Text align."""
    textAlignVertical: Annotated[str | None, Field(title="Text align vertical")] = None
    """Text align vertical."""
    textColor: Annotated[str | None, Field(title="Text color")] = None
    """Text color."""
    borderColor: Annotated[str | None, Field(title="Border color")] = None
    """Border color."""
    borderOpacity: Annotated[float | None, Field(title="Border opacity"), Ui(format="float")] = None
    """Border opacity."""
    borderStyle: Annotated[str | None, Field(title="Border style")] = None
    """Border style."""
    borderWidth: Annotated[float | None, Field(title="Border width"), Ui(format="float")] = None
    """Border width."""
    lineEndType: Annotated[str | None, Field(title="Line end type")] = None
    """Line end type."""
    lineStartType: Annotated[str | None, Field(title="Line start type")] = None
    """Line start type."""
    lineType: Annotated[str | None, Field(title="Line type")] = None
    """Line type."""
    padding: Annotated[int | None, Field(title="Padding"), Ui(format="int32")] = None
    """Padding."""
    shapeType: Annotated[str | None, Field(title="Shape type")] = None
    """Shape type."""


class Widget(BaseModel):
    id: Annotated[str | None, Field(title="Widget Id")] = None
    """Identifier for the widget."""
    type: Annotated[str | None, Field(title="Widget Type")] = None
    """type"""
    text: Annotated[str | None, Field(title="Text")] = None
    """Rich Text."""
    title: Annotated[str | None, Field(title="Title")] = None
    """Title."""
    description: Annotated[str | None, Field(title="Description")] = None
    """Description."""
    date: Annotated[str | None, Field(title="Date")] = None
    """Date."""
    x: Annotated[float | None, Field(title="X"), Ui(format="float")] = None
    """X position."""
    y: Annotated[float | None, Field(title="Y"), Ui(format="float")] = None
    """Y position."""
    width: Annotated[float | None, Field(title="Width"), Ui(format="float")] = None
    """Width."""
    height: Annotated[float | None, Field(title="Height"), Ui(format="float")] = None
    """Height."""
    rotation: Annotated[float | None, Field(title="Rotation"), Ui(format="float")] = None
    """Rotation."""
    scale: Annotated[float | None, Field(title="Scale"), Ui(format="float")] = None
    """Scale."""
    startWidget: WidgetStartWidget | None = None
    """startWidget"""
    endWidget: WidgetEndWidget | None = None
    """endWidget"""
    assignee: User | None = None
    style: WidgetStyle | None = None
    createdAt: CreatedAt | None = None
    createdBy: CreatedBy | None = None
    modifiedAt: ModifiedAt | None = None
    modifiedBy: ModifiedBy | None = None


class CardWidgetStyle(BaseModel):
    """CardStyle"""

    model_config = ConfigDict(json_schema_extra={"x-ms-visibility": "advanced"})
    backgroundColor: Annotated[
        str | None,
        Field(
            json_schema_extra={
                "x-ms-enum-values": [
                    {"value": "#fff9b1", "displayName": "Yellow"},
                    {"value": "#f5f6f8", "displayName": "White"},
                    {"value": "#f5d128", "displayName": "Light Orange"},
                    {"value": "#d0e17a", "displayName": "Olive"},
                    {"value": "#d5f692", "displayName": "Green"},
                    {"value": "#a6ccf5", "displayName": "Pastel Blue"},
                    {"value": "#67c6c0", "displayName": "Aqua"},
                    {"value": "#23bfe7", "displayName": "Blue"},
                    {"value": "#ff9d48", "displayName": "Orange"},
                    {"value": "#ea94bb", "displayName": "Pink"},
                    {"value": "#f16c7f", "displayName": "Red"},
                    {"value": "#b384bb", "displayName": "Purple"},
                ]
            },
            title="Background Color",
        ),
        Ui(
            enum=[
                "#f5f6f8",
                "#fff9b1",
                "#f5d128",
                "#d0e17a",
                "#d5f692",
                "#a6ccf5",
                "#67c6c0",
                "#23bfe7",
                "#ff9d48",
                "#ea94bb",
                "#f16c7f",
                "#b384bb",
            ]
        ),
    ] = "#fff9b1"
    """Background color."""


class ErrorContextFieldsItem(Inline):
    field: str | None = None
    """field"""
    message: str | None = None
    """message"""
    reason: str | None = None
    """reason"""


class ErrorContext(Inline):
    """context"""

    fields: list[ErrorContextFieldsItem] | None = None
    """fields"""


class Error(BaseModel):
    status: Annotated[int | None, Ui(format="int32")] = None
    """status"""
    code: str | None = None
    """code"""
    message: str | None = None
    """message"""
    context: ErrorContext | None = None
    """context"""
    type: str | None = None
    """type"""


class GetBoardsResponse(Inline):
    type: str | None = None
    """type"""
    limit: Annotated[int | None, Ui(format="int32")] = None
    """limit"""
    offset: Annotated[int | None, Ui(format="int32")] = None
    """offset"""
    size: Annotated[int | None, Ui(format="int32")] = None
    """size"""
    data: list[Board] | None = None
    """Boards"""


class GetWidgetsResponse(Inline):
    type: str | None = None
    """type"""
    size: Annotated[int | None, Ui(format="int32")] = None
    """size"""
    data: list[Widget] | None = None
    """Widgets"""


class CreateBoardBodyBodySharingPolicy(Inline):
    """sharingPolicy"""

    access: Annotated[
        str,
        Field(
            json_schema_extra={
                "x-ms-enum-values": [
                    {"value": "private", "displayName": "Only you have access to the board."},
                    {"value": "view", "displayName": "Can view, no sign-in required."},
                    {"value": "comment", "displayName": "Can comment, no sign-in required."},
                ],
                "default": "private",
            },
            title="Team access",
        ),
        Ui(enum=["private", "view", "comment"]),
    ]
    """Indicates the public-level access to the board."""
    teamAccess: Annotated[
        str,
        Field(
            json_schema_extra={
                "x-ms-enum-values": [
                    {
                        "value": "private",
                        "displayName": "Nobody in the team can find and access the board.",
                    },
                    {
                        "value": "view",
                        "displayName": "Any team member can find and view the board.",
                    },
                    {
                        "value": "comment",
                        "displayName": "Any team member can find and comment the board.",
                    },
                    {
                        "value": "edit",
                        "displayName": "Any team member can find and edit the board.",
                    },
                ],
                "default": "private",
            },
            title="Access with the link",
        ),
        Ui(enum=["private", "view", "comment", "edit"]),
    ]
    """Indicates the team-level access to the board."""


class CreateBoardBodyBody(Inline):
    name: Annotated[str | None, Field(title="Name")] = None
    """Name for the board that you are creating."""
    description: Annotated[str | None, Field(title="Description")] = None
    """Description for the board that you are creating."""
    sharingPolicy: CreateBoardBodyBodySharingPolicy | None = None
    """sharingPolicy"""


class UpdateBoardBodyBody(CreateBoardBodyBody):
    pass


class CopyBoardBodyBody(CreateBoardBodyBody):
    pass


class CreateCardBodyBody(Inline):
    title: Annotated[str | None, Field(title="Card title"), Ui(example="<p>Card</p>")] = None
    """Card title."""
    description: Annotated[
        str | None, Field(title="Card description"), Ui(example="<p>Description</p>")
    ] = None
    """Card description."""
    date: Annotated[
        str | None,
        Field(title="Card date"),
        Ui(visibility="advanced", format="date", example="2022-03-21T00:00:00.000Z"),
    ] = None
    """Card date."""
    x: Annotated[
        float | None, Field(title="X"), Ui(visibility="advanced", format="float", example=0)
    ] = None
    """X position"""
    y: Annotated[
        float | None, Field(title="Y"), Ui(visibility="advanced", format="float", example=0)
    ] = None
    """Y position"""
    scale: Annotated[
        float | None,
        Field(title="Scale", ge=0.02, le=2000),
        Ui(visibility="advanced", format="float"),
    ] = 0.54
    """Scale"""
    style: CardWidgetStyle | None = None


class UpdateCardBodyBody(CreateCardBodyBody):
    pass


class ShareBoardBodyBody(Inline):
    emails: Annotated[list[str], Field(title="Emails")]
    """Array of emails of users who you want to invite to the board."""
    role: Role
    message: Annotated[str | None, Field(title="Message")] = None
    """The message which will be sent to users."""
    teamInvitationStrategy: Annotated[
        str | None,
        Field(
            json_schema_extra={
                "x-ms-enum-values": [
                    {
                        "value": "off",
                        "displayName": "Users are added into the team with the role non_team",
                    },
                    {
                        "value": "invite_when_required",
                        "displayName": "Users are automatically added to the team with the role member",
                    },
                ]
            },
            title="Invitation strategy",
        ),
        Ui(enum=["off", "invite_when_required"]),
    ] = "off"
    """Team invitation strategy"""


ERRORS = {
    "400": Exact({"$ref": "#/responses/ErrorBadRequest"}),
    "404": Exact({"$ref": "#/responses/ErrorNotFound"}),
}


BoardId = Annotated[str, Path(), Exact({"$ref": "#/parameters/BoardLookup"})]
WidgetId = Annotated[str, Path(), Exact({"$ref": "#/parameters/WidgetLookup"})]


class CreateBoard(Action[Board]):
    """Create a new board."""

    route = Route(
        method="POST",
        path="/boards",
        summary="Create a board",
        tags=("Boards",),
        status=201,
        response_description="Created",
        responses=ERRORS,
        consumes=("application/json",),
    )
    body: Annotated[CreateBoardBodyBody | None, Body(), Exact({"$ref": "#/parameters/Board"})] = (
        None
    )


class GetBoards(Action[GetBoardsResponse]):
    """Get all boards available to the user."""

    route = Route(
        method="GET",
        path="/teams/{teamId}/boards",
        summary="Get boards",
        tags=("Boards",),
        responses=ERRORS,
    )
    teamId: Annotated[
        int,
        Path(
            summary="Team",
            description="Team Id",
            visibility="internal",
            url_encoding="single",
            default=1000000000000000000,
        ),
    ]


class GetBoard(Action[Board]):
    """Get a specific board by its unique identifier."""

    route = Route(
        method="GET",
        path="/boards/{boardId}",
        summary="Get a board",
        tags=("Boards",),
        responses=ERRORS,
        consumes=("application/json",),
    )
    boardId: BoardId


class UpdateBoard(Action[Board]):
    """Update a specific board by its unique identifier."""

    route = Route(
        method="PATCH",
        path="/boards/{boardId}",
        summary="Update a board",
        tags=("Boards",),
        responses=ERRORS,
        consumes=("application/json",),
    )
    boardId: BoardId
    body: Annotated[UpdateBoardBodyBody | None, Body(), Exact({"$ref": "#/parameters/Board"})] = (
        None
    )


class CopyBoard(Action[Board]):
    """Create a copy of an existing board."""

    route = Route(
        method="POST",
        path="/boards/{boardId}/copy",
        summary="Copy a board",
        tags=("Boards",),
        status=201,
        response_description="Created",
        responses=ERRORS,
        consumes=("application/json",),
    )
    boardId: BoardId
    body: Annotated[CopyBoardBodyBody | None, Body(), Exact({"$ref": "#/parameters/Board"})] = None


class GetWidgets(Action[GetWidgetsResponse]):
    """Get all widgets."""

    route = Route(
        method="GET",
        path="/boards/{boardId}/widgets",
        summary="Get widgets",
        tags=("Widgets",),
        responses=ERRORS,
    )
    boardId: BoardId
    widgetType: Annotated[str | None, Query(), Exact({"$ref": "#/parameters/WidgetType"})] = None


class CreateCard(Action[Widget]):
    """Create a new card widget."""

    route = Route(
        method="POST",
        path="/boards/{boardId}/widgets",
        summary="Create a card widget",
        tags=("Widgets",),
        status=201,
        responses=ERRORS,
        consumes=("application/json",),
    )
    boardId: BoardId
    body: Annotated[
        CreateCardBodyBody | None, Body(), Exact({"$ref": "#/parameters/CardWidget"})
    ] = None


class GetWidget(Action[Widget]):
    """Get a specific single widget by its unique identifier."""

    route = Route(
        method="GET",
        path="/boards/{boardId}/widgets/{widgetId}",
        summary="Get a widget",
        tags=("Widgets",),
        responses=ERRORS,
    )
    boardId: BoardId
    widgetId: WidgetId


class DeleteWidget(Action[Widget]):
    """Delete a specific widget by its unique identifier."""

    route = Route(
        method="DELETE",
        path="/boards/{boardId}/widgets/{widgetId}",
        summary="Delete a widget",
        tags=("Widgets",),
        responses=ERRORS,
        consumes=("application/json",),
    )
    boardId: BoardId
    widgetId: WidgetId


class UpdateCard(Action[Widget]):
    """Update a specific card widget by its unique identifier."""

    route = Route(
        method="PATCH",
        path="/boards/{boardId}/widgets/{widgetId}",
        summary="Update a card widget",
        tags=("Widgets",),
        responses=ERRORS,
        consumes=("application/json",),
    )
    boardId: BoardId
    widgetId: WidgetId
    body: Annotated[
        UpdateCardBodyBody | None, Body(), Exact({"$ref": "#/parameters/CardWidget"})
    ] = None


class ShareBoard(Action[BoardUserConnection]):
    """Share an existing board with users."""

    route = Route(
        method="POST",
        path="/boards/{boardId}/share",
        summary="Share a board",
        tags=("Boards",),
        responses={"400": Exact({"$ref": "#/responses/ErrorBadRequest"})},
        consumes=("application/json",),
    )
    boardId: BoardId
    body: Annotated[
        ShareBoardBodyBody | None, Body(), Exact({"$ref": "#/parameters/BoardShare"})
    ] = None


class ImportedConnector(Connector):
    info = ConnectorInfo(
        title="Miro",
        description="Miro (formerly RealtimeBoard) is an intuitive visual collaboration and whiteboarding platform for cross-functional teams.",
        host="api.miro.com",
        base_path="/v1",
        consumes=(),
        produces=(),
        contact_name="Michal Romiszewski",
        contact_email="michal@nbtech.pl",
        website="https://miro.com//",
        privacy_policy="https://miro.com/legal/privacy-policy/",
        categories=("Collaboration", "Productivity"),
    )
    security = OAuth2(
        name="oauth2_auth",
        client_id="[[DUMMY]]",
        scopes={"boards:read boards:write": "boards:read boards:write"},
        redirect_mode="Global",
        redirect_url="https://global.consent.azure-apim.net/redirect",
        authorization_url="https://miro.com/oauth/authorize",
        token_url="https://api.miro.com/v1/oauth/token",
        refresh_url="https://api.miro.com/v1/oauth/token",
        on_behalf_of_login=False,
    )
    operations = (
        CreateBoard,
        GetBoard,
        UpdateBoard,
        CopyBoard,
        GetBoards,
        GetWidgets,
        CreateCard,
        GetWidget,
        DeleteWidget,
        UpdateCard,
        ShareBoard,
    )
    tags = (TagInfo("Boards"), TagInfo("Widgets"))
    models = (
        Board,
        BoardUserConnection,
        Widget,
        WidgetStyle,
        User,
        Owner,
        CreatedBy,
        ModifiedBy,
        CreatedAt,
        ModifiedAt,
        Team,
        CardWidgetStyle,
        Role,
        Error,
    )
    raw = RawDocument(
        keys={
            "parameters": {
                "Board": {
                    "name": "body",
                    "in": "body",
                    "required": False,
                    "schema": {
                        "type": "object",
                        "properties": {
                            "name": {
                                "type": "string",
                                "title": "Name",
                                "description": "Name for the board that you are creating.",
                            },
                            "description": {
                                "type": "string",
                                "title": "Description",
                                "description": "Description for the board that you are creating.",
                            },
                            "sharingPolicy": {
                                "type": "object",
                                "description": "sharingPolicy",
                                "required": ["access", "teamAccess"],
                                "properties": {
                                    "teamAccess": {
                                        "type": "string",
                                        "title": "Access with the link",
                                        "description": "Indicates the team-level access to the board.",
                                        "default": "private",
                                        "enum": ["private", "view", "comment", "edit"],
                                        "x-ms-enum-values": [
                                            {
                                                "value": "private",
                                                "displayName": "Nobody in the team can find and access the board.",
                                            },
                                            {
                                                "value": "view",
                                                "displayName": "Any team member can find and view the board.",
                                            },
                                            {
                                                "value": "comment",
                                                "displayName": "Any team member can find and comment the board.",
                                            },
                                            {
                                                "value": "edit",
                                                "displayName": "Any team member can find and edit the board.",
                                            },
                                        ],
                                    },
                                    "access": {
                                        "type": "string",
                                        "title": "Team access",
                                        "description": "Indicates the public-level access to the board.",
                                        "default": "private",
                                        "enum": ["private", "view", "comment"],
                                        "x-ms-enum-values": [
                                            {
                                                "value": "private",
                                                "displayName": "Only you have access to the board.",
                                            },
                                            {
                                                "value": "view",
                                                "displayName": "Can view, no sign-in required.",
                                            },
                                            {
                                                "value": "comment",
                                                "displayName": "Can comment, no sign-in required.",
                                            },
                                        ],
                                    },
                                },
                            },
                        },
                    },
                },
                "BoardShare": {
                    "name": "body",
                    "in": "body",
                    "required": False,
                    "schema": {
                        "type": "object",
                        "required": ["emails", "role"],
                        "properties": {
                            "emails": {
                                "type": "array",
                                "title": "Emails",
                                "description": "Array of emails of users who you want to invite to the board.",
                                "items": {"type": "string"},
                            },
                            "role": {"$ref": "#/definitions/Role"},
                            "message": {
                                "type": "string",
                                "title": "Message",
                                "description": "The message which will be sent to users.",
                            },
                            "teamInvitationStrategy": {
                                "type": "string",
                                "title": "Invitation strategy",
                                "description": "Team invitation strategy",
                                "default": "off",
                                "enum": ["off", "invite_when_required"],
                                "x-ms-enum-values": [
                                    {
                                        "value": "off",
                                        "displayName": "Users are added into the team with the role non_team",
                                    },
                                    {
                                        "value": "invite_when_required",
                                        "displayName": "Users are automatically added to the team with the role member",
                                    },
                                ],
                            },
                        },
                    },
                },
                "CardWidget": {
                    "name": "body",
                    "in": "body",
                    "required": False,
                    "schema": {
                        "type": "object",
                        "properties": {
                            "title": {
                                "type": "string",
                                "title": "Card title",
                                "description": "Card title.",
                                "example": "<p>Card</p>",
                            },
                            "description": {
                                "type": "string",
                                "title": "Card description",
                                "description": "Card description.",
                                "example": "<p>Description</p>",
                            },
                            "date": {
                                "type": "string",
                                "format": "date",
                                "title": "Card date",
                                "description": "Card date.",
                                "example": "2022-03-21T00:00:00.000Z",
                                "x-ms-visibility": "advanced",
                            },
                            "x": {
                                "type": "number",
                                "format": "float",
                                "title": "X",
                                "description": "X position",
                                "example": 0,
                                "x-ms-visibility": "advanced",
                            },
                            "y": {
                                "type": "number",
                                "format": "float",
                                "title": "Y",
                                "description": "Y position",
                                "example": 0,
                                "x-ms-visibility": "advanced",
                            },
                            "scale": {
                                "type": "number",
                                "format": "float",
                                "title": "Scale",
                                "description": "Scale",
                                "default": 0.54,
                                "maximum": 2000,
                                "minimum": 0.02,
                                "x-ms-visibility": "advanced",
                            },
                            "style": {"$ref": "#/definitions/CardWidgetStyle"},
                        },
                    },
                },
                "BoardLookup": {
                    "name": "boardId",
                    "in": "path",
                    "description": "Select a board.",
                    "required": True,
                    "type": "string",
                    "x-ms-summary": "Board",
                    "x-ms-url-encoding": "single",
                    "x-ms-dynamic-values": {
                        "operationId": "GetBoards",
                        "value-collection": "data",
                        "value-path": "id",
                        "value-title": "name",
                    },
                },
                "WidgetLookup": {
                    "name": "widgetId",
                    "in": "path",
                    "description": "Select a widget.",
                    "required": True,
                    "type": "string",
                    "x-ms-summary": "Widget",
                    "x-ms-url-encoding": "single",
                    "x-ms-dynamic-values": {
                        "operationId": "GetWidgets",
                        "parameters": {"boardId": {"parameter": "boardId"}},
                        "value-collection": "data",
                        "value-path": "id",
                        "value-title": "type",
                    },
                },
                "WidgetType": {
                    "name": "widgetType",
                    "in": "query",
                    "description": "Filter widgets by type.",
                    "required": False,
                    "type": "string",
                    "default": "",
                    "enum": ["", "card", "sticker", "shape", "text", "line"],
                    "x-ms-summary": "Widget type",
                    "x-ms-visibility": "advanced",
                    "x-ms-enum-values": [
                        {"value": "card", "displayName": "Card"},
                        {"value": "sticker", "displayName": "Sticker"},
                        {"value": "shape", "displayName": "Shape"},
                        {"value": "text", "displayName": "Text"},
                        {"value": "line", "displayName": "Line"},
                    ],
                },
            },
            "responses": {
                "ErrorNotFound": {
                    "description": "Not Found",
                    "schema": {"$ref": "#/definitions/Error"},
                },
                "ErrorBadRequest": {
                    "description": "Bad Request",
                    "schema": {"$ref": "#/definitions/Error"},
                },
            },
        }
    )
    policies = (
        SetValueFromUrl(
            operations=(GetBoards,),
            title="Set TeamId header for the team where the application was authorized",
            run_on="request",
            parameter_template="@headers('TeamId')",
            http_method="GET",
            parameter_value_url="/oauth-token",
            parameter_value_path_template="@body().team.id",
        ),
        RouteRequestToEndpoint(
            operations=(GetBoards,),
            title="Redirect to a specific team id",
            new_path="/teams/@headers('TeamId')/boards",
            http_method="@Request.OriginalHTTPMethod",
        ),
        SetProperty(
            operations=(CreateCard,),
            title="Append widget type",
            run_on="request",
            new_property_parent_path_template="body()",
            new_property_sub_path_template="type",
            property_value_path_template="card",
        ),
    )
    brand_color = "#da3b01"
    publisher = "Michal Romiszewski"
    stack_owner = "Miro"
