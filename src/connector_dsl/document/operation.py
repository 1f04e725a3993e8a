"""Paths, operations, parameters and responses."""

from typing import Literal, TypeAlias

from connector_dsl.document.base import JsonValue, Node
from connector_dsl.document.extensions import (
    ApiAnnotation,
    AutoRestEnum,
    DynamicList,
    DynamicTree,
    DynamicValues,
    EnumValue,
    MediaKind,
    Notification,
    OperationCapabilities,
    OperationContext,
    Pageable,
    TriggerKind,
    TriggerMetadata,
    TriggerValue,
    UrlEncoding,
    Visibility,
)
from connector_dsl.document.schema import ExternalDocs, Number, Schema

Location: TypeAlias = Literal["query", "header", "path", "formData", "body"]
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
Method: TypeAlias = Literal["get", "put", "post", "delete", "options", "head", "patch"]
SecurityRequirement: TypeAlias = dict[str, list[str]]


class Reference(Node):
    """A `{"$ref": ...}` in place of a parameter or response."""

    ref: str


class Items(Node):
    """The items of an array parameter or header."""

    type: str | None = None
    format: str | None = None
    items: "Items | None" = None
    collection_format: str | None = None
    default: JsonValue = None
    maximum: Number | None = None
    exclusive_maximum: bool | None = None
    minimum: Number | None = None
    exclusive_minimum: bool | None = None
    max_length: int | None = None
    min_length: int | None = None
    pattern: str | None = None
    max_items: int | None = None
    min_items: int | None = None
    unique_items: bool | None = None
    enum: list[JsonValue] | None = None
    multiple_of: Number | None = None


class Header(Items):
    """A response header."""

    description: str | None = None
    x_ms_summary: str | None = None
    x_ms_visibility: Visibility | None = None


class Parameter(Node):
    """An operation parameter (body, path, query, header or form field)."""

    name: str
    in_: Location
    description: str | None = None
    required: bool | None = None
    schema_: Schema | None = None
    type: str | None = None
    format: str | None = None
    items: Items | None = None
    collection_format: str | None = None
    allow_empty_value: bool | None = None
    default: JsonValue = None
    maximum: Number | None = None
    exclusive_maximum: bool | None = None
    minimum: Number | None = None
    exclusive_minimum: bool | None = None
    max_length: int | None = None
    min_length: int | None = None
    pattern: str | None = None
    max_items: int | None = None
    min_items: int | None = None
    unique_items: bool | None = None
    enum: list[JsonValue] | None = None
    multiple_of: Number | None = None
    x_nullable: bool | None = None
    x_ms_summary: str | None = None
    x_ms_visibility: Visibility | None = None
    x_ms_url_encoding: UrlEncoding | None = None
    x_ms_dynamic_values: DynamicValues | None = None
    x_ms_dynamic_list: DynamicList | None = None
    x_ms_dynamic_tree: DynamicTree | None = None
    x_ms_enum_values: list[EnumValue] | None = None
    x_ms_test_value: JsonValue = None
    x_ms_trigger_value: TriggerValue | None = None
    x_ms_media_kind: MediaKind | None = None
    x_ms_localize_default_value: bool | None = None
    x_ms_enum: AutoRestEnum | None = None
    x_ms_parameter_location: str | None = None
    x_ms_skip_url_encoding: bool | None = None


class Response(Node):
    """One response of an operation."""

    description: str
    schema_: Schema | None = None
    headers: dict[str, Header] | None = None
    examples: dict[str, JsonValue] | None = None
    x_ms_summary: str | None = None


class Operation(Node):
    """One HTTP operation: an action or a trigger."""

    tags: list[str] | None = None
    summary: str | None = None
    description: str | None = None
    external_docs: ExternalDocs | None = None
    operation_id: str | None = None
    consumes: list[str] | None = None
    produces: list[str] | None = None
    parameters: list[Parameter | Reference] | None = None
    responses: dict[str, Response | Reference]
    schemes: list[str] | None = None
    deprecated: bool | None = None
    security: list[SecurityRequirement] | None = None
    x_ms_summary: str | None = None
    x_ms_visibility: Visibility | None = None
    x_ms_trigger: TriggerKind | None = None
    x_ms_trigger_hint: str | None = None
    x_ms_trigger_metadata: TriggerMetadata | None = None
    x_ms_notification: Notification | None = None
    x_ms_api_annotation: ApiAnnotation | None = None
    x_ms_capabilities: OperationCapabilities | None = None
    x_ms_operation_context: OperationContext | None = None
    x_ms_pageable: Pageable | None = None
    x_ms_no_generic_test: bool | None = None
    x_ms_safe_operation: bool | None = None


class NotificationContent(Node):
    """`x-ms-notification-content`: what a webhook posts to the notification URL."""

    description: str | None = None
    schema_: Schema | None = None


class PathItem(Node):
    """The operations of one path, with the webhook payload beside them."""

    ref: str | None = None
    get: Operation | None = None
    put: Operation | None = None
    post: Operation | None = None
    delete: Operation | None = None
    options: Operation | None = None
    head: Operation | None = None
    patch: Operation | None = None
    parameters: list[Parameter | Reference] | None = None
    x_ms_notification_content: NotificationContent | None = None

    def operations(self) -> list[tuple[Method, Operation]]:
        """The operations of this path, in method order."""
        pairs: tuple[tuple[Method, Operation | None], ...] = (
            ("get", self.get),
            ("put", self.put),
            ("post", self.post),
            ("delete", self.delete),
            ("options", self.options),
            ("head", self.head),
            ("patch", self.patch),
        )
        return [(method, op) for method, op in pairs if op is not None]
