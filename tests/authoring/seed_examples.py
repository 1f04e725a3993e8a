"""Every example of the extension reference (seeds/004), written with the authoring layer."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel

from connector_dsl import (
    Action,
    Annotation,
    Body,
    Connector,
    ConnectorInfo,
    DynamicSchema,
    DynamicValues,
    NotificationUrl,
    ParamRef,
    Path,
    PollingTrigger,
    Query,
    Route,
    Simulate,
    Ui,
    WebhookTrigger,
)


class CurrentUser(BaseModel):
    id: str


class GetCurrentUser(Action[CurrentUser]):
    route = Route(method="GET", path="/me", summary="Get current user", visibility="internal")


class SendAnEmail(Action[None]):
    """Specify the subject of the mail"""

    route = Route(
        method="POST",
        path="/mail",
        summary="Send an email",
        operation_id="Send_an_email",
        chunk_transfer=True,
    )
    subject: Annotated[
        str,
        Query(
            name="Subject",
            summary="Subject",
            description="Specify the subject of the mail",
            visibility="important",
        ),
    ]


class ListFolder(Action[None]):
    route = Route(
        method="GET",
        path="/folders",
        summary="List folder",
        annotation=Annotation(
            family="ListFolder",
            revision=1,
            replacement_api="SftpWithSsh",
            replacement_operation="ListFolder",
        ),
    )


class Item(BaseModel):
    id: str


class GetItems(PollingTrigger[list[Item]]):
    route = Route(
        method="GET",
        path="/items",
        summary="When an item is created",
        operation_id="GetItems_V2",
        trigger_hint="To see it work, add a task in Outlook.",
    )
    top: Annotated[int, Query(name="$top", summary="Top")] = 10


class WhenAnItemIsCreated(PollingTrigger[list[Item]]):
    route = Route(
        method="GET",
        path="/items/new",
        summary="When an item is created (simulated)",
        simulate=Simulate(GetItems, {"$top": 1}),
    )


class WebhookPayload(BaseModel):
    id: str


class DeleteHook(Action[None]):
    route = Route(method="DELETE", path="/hooks/{id}", summary="Delete hook", visibility="internal")
    id: Annotated[str, Path(summary="Hook", url_encoding="double")]


class WhenAnEventIsAdded(WebhookTrigger[WebhookPayload]):
    route = Route(method="POST", path="/hooks", summary="When an event is added", status=201)
    unsubscribe = DeleteHook
    callback: Annotated[str, Body(name="url", visibility="internal"), NotificationUrl()]


class Value(BaseModel):
    name: str
    properties: dict[str, Any]


class ValueList(BaseModel):
    value: list[Value]


class Names(BaseModel):
    displayName: str


class NamedValue(BaseModel):
    name: str
    properties: Names


class NamedValues(BaseModel):
    value: list[NamedValue]
    cardTypes: list[NamedValue]


class PopulateDropdown(Action[NamedValues]):
    route = Route(method="GET", path="/dropdown", summary="Populate", visibility="internal")
    staticParameter: str
    dynamicParameter: str


class UsesDropdown(Action[None]):
    route = Route(method="GET", path="/uses", summary="Uses the dropdown")
    source: str
    choice: Annotated[
        str,
        Query(
            dynamic=DynamicValues(
                PopulateDropdown,
                collection="value",
                value="name",
                title="properties/displayName",
                parameters={"staticParameter": "<value>", "dynamicParameter": ParamRef("source")},
            )
        ),
    ]


class GetSupportedModels(Action[NamedValues]):
    route = Route(method="GET", path="/models", summary="Supported models", visibility="internal")
    requestId: str


class TestDynamicListWithAmbiguousReferences(Action[None]):
    """Tests dynamic values with ambiguous references."""

    route = Route(
        method="POST",
        path="/ambiguous/{id}",
        summary="Tests dynamic values with ambiguous references",
        body_name="requestBody",
        body_description="query text.",
    )
    id: Annotated[str, Path(description="The request id.", url_encoding=None)]
    request_id: Annotated[str, Body(name="id", description="The request id")]
    model: Annotated[
        str,
        Body(
            description="The model",
            dynamic=DynamicValues(
                GetSupportedModels,
                collection="cardTypes",
                value="name",
                title="properties/displayName",
                parameters={"requestId": ParamRef("requestBody/id")},
            ),
        ),
    ]


class GetListSchema(Action[dict[str, Any]]):
    route = Route(method="GET", path="/lists/schema", summary="List schema", visibility="internal")
    listID: str


class AddListItem(Action[None]):
    route = Route(method="POST", path="/lists/items", summary="Add a list item")
    list_id: Annotated[str, Query(name="listID-dynamic")]
    item: Annotated[
        dict[str, Any],
        Body(
            name="dynamicListSchema",
            description="Dynamic schema for items in the selected list",
            dynamic_schema=DynamicSchema(
                GetListSchema, path="items", parameters={"listID": ParamRef("listID-dynamic")}
            ),
        ),
    ]


class GetDynamicSchema(Action[dict[str, Any]]):
    route = Route(method="GET", path="/schema", summary="Dynamic schema", visibility="internal")
    version: str
    query: str


class Query_(BaseModel):
    query: Annotated[str, Ui(description="Query Text")]


class TestDynamicSchemaWithAmbiguousReferences(Action[None]):
    route = Route(
        method="POST",
        path="/schema-test",
        summary="Tests dynamic schema with ambiguous references",
        dynamic_response=DynamicSchema(
            GetDynamicSchema,
            path="schema/valuePath",
            parameters={"version": "2.0", "query": ParamRef("query/query")},
        ),
    )
    query: Annotated[Query_, Body(summary="query text", description="query text.")]


class Seeds(Connector):
    info = ConnectorInfo(title="Seeds", description="Every example of the reference.", host="x.io")
    operations = (
        GetCurrentUser,
        SendAnEmail,
        ListFolder,
        GetItems,
        WhenAnItemIsCreated,
        DeleteHook,
        WhenAnEventIsAdded,
        PopulateDropdown,
        UsesDropdown,
        GetSupportedModels,
        TestDynamicListWithAmbiguousReferences,
        GetListSchema,
        AddListItem,
        GetDynamicSchema,
        TestDynamicSchemaWithAmbiguousReferences,
    )
    test_connection = GetCurrentUser
