"""JSON Schema objects as Swagger 2.0 and Power Platform use them."""

from connector_dsl.document.base import JsonValue, Node
from connector_dsl.document.extensions import (
    AutoRestEnum,
    DynamicList,
    DynamicProperties,
    DynamicSchema,
    DynamicTree,
    DynamicValues,
    EnumValue,
    MediaKind,
    UrlEncoding,
    Visibility,
)

Number = int | float


class ExternalDocs(Node):
    """A link to more documentation."""

    description: str | None = None
    url: str | None = None


class Xml(Node):
    """XML naming of a schema."""

    name: str | None = None
    namespace: str | None = None
    prefix: str | None = None
    attribute: bool | None = None
    wrapped: bool | None = None


class Schema(Node):
    """A schema of a body, a response, a definition or a property."""

    ref: str | None = None
    type: str | None = None
    format: str | None = None
    title: str | None = None
    description: str | None = None
    default: JsonValue = None
    multiple_of: Number | None = None
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
    max_properties: int | None = None
    min_properties: int | None = None
    required: list[str] | None = None
    enum: list[JsonValue] | None = None
    items: "Schema | None" = None
    all_of: "list[Schema] | None" = None
    properties: "dict[str, Schema] | None" = None
    additional_properties: "bool | Schema | None" = None
    discriminator: str | None = None
    read_only: bool | None = None
    xml: Xml | None = None
    external_docs: ExternalDocs | None = None
    example: JsonValue = None
    x_nullable: bool | None = None
    x_ms_summary: str | None = None
    x_ms_visibility: Visibility | None = None
    x_ms_dynamic_values: DynamicValues | None = None
    x_ms_dynamic_list: DynamicList | None = None
    x_ms_dynamic_schema: DynamicSchema | None = None
    x_ms_dynamic_properties: DynamicProperties | None = None
    x_ms_dynamic_tree: DynamicTree | None = None
    x_ms_enum_values: list[EnumValue] | None = None
    x_ms_notification_url: bool | None = None
    x_ms_url_encoding: UrlEncoding | None = None
    x_ms_media_kind: MediaKind | None = None
    x_ms_test_value: JsonValue = None
    x_ms_localize_default_value: bool | None = None
    x_ms_enum: AutoRestEnum | None = None
