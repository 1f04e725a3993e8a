"""Typed forms of Microsoft's `x-ms-*` extension objects."""

from typing import Literal, TypeAlias

from connector_dsl.document.base import JsonValue, Node

Visibility: TypeAlias = Literal["important", "advanced", "internal"]
"""How prominently the designer shows an entity (`x-ms-visibility`), not a lifecycle."""
UrlEncoding: TypeAlias = Literal["single", "double"]
TriggerKind: TypeAlias = Literal["single", "batch"]
MediaKind: TypeAlias = Literal["image", "audio"]
ApiStatus: TypeAlias = Literal["Production", "Preview"]

DynamicParameters: TypeAlias = dict[str, JsonValue]
"""Inputs of a dynamic call: a literal value, or a reference object, per target parameter."""


class DynamicValues(Node):
    """`x-ms-dynamic-values`: a dropdown filled by another operation."""

    operation_id: str | None = None
    built_in_operation: str | None = None
    capability: str | None = None
    parameters: DynamicParameters | None = None
    value_collection: str | None = None
    value_path: str | None = None
    value_title: str | None = None


class DynamicList(Node):
    """`x-ms-dynamic-list`: the unambiguous form of dynamic values."""

    operation_id: str
    parameters: DynamicParameters | None = None
    items_path: str | None = None
    item_value_path: str | None = None
    item_title_path: str | None = None


class DynamicSchema(Node):
    """`x-ms-dynamic-schema`: a schema fetched from another operation."""

    operation_id: str
    parameters: DynamicParameters | None = None
    value_path: str | None = None


class DynamicProperties(Node):
    """`x-ms-dynamic-properties`: the unambiguous form of dynamic schema."""

    operation_id: str
    parameters: DynamicParameters | None = None
    item_value_path: str | None = None


class DynamicTree(Node):
    """`x-ms-dynamic-tree`: a hierarchical picker."""

    settings: JsonValue = None
    open: JsonValue = None
    browse: JsonValue = None


class EnumValue(Node):
    """One item of `x-ms-enum-values`: an enum value with its display name."""

    value: JsonValue
    display_name: str


class OperationCall(Node):
    """An operation id with the parameters to call it with."""

    operation_id: str
    parameters: DynamicParameters | None = None


class ConnectorCapabilities(Node):
    """`x-ms-capabilities` on the connector."""

    file_picker: JsonValue = None
    test_connection: OperationCall | None = None


class OperationCapabilities(Node):
    """`x-ms-capabilities` on an operation."""

    chunk_transfer: bool | None = None


class MetadataItem(Node):
    """One item of `x-ms-connector-metadata`."""

    property_name: str
    property_value: str


class Replacement(Node):
    """The operation that replaces a deprecated one."""

    api: str | None = None
    operation_id: str | None = None


class ApiAnnotation(Node):
    """`x-ms-api-annotation`: family, revision and replacement of an operation."""

    family: str | None = None
    revision: int | None = None
    status: ApiStatus | None = None
    replacement: Replacement | None = None


class OperationContext(Node):
    """`x-ms-operation-context`: how the designer simulates a trigger."""

    simulate: OperationCall


class Pageable(Node):
    """`x-ms-pageable`: the response property that holds the next page's URL."""

    next_link_name: str


class TriggerMetadata(Node):
    """`x-ms-trigger-metadata` of a polling trigger."""

    kind: Literal["query"] | None = None
    mode: Literal["polling"] | None = None


class TriggerValue(Node):
    """`x-ms-trigger-value`."""

    value_collection: str | None = None
    value_path: str | None = None


class Notification(Node):
    """`x-ms-notification`: the operation that registers a webhook."""

    operation_id: str


class DocLink(Node):
    """One item of `x-ms-docs`."""

    url: str
    description: str


class AutoRestEnum(Node):
    """`x-ms-enum`: AutoRest's enum naming, which Power Platform ignores but keeps."""

    name: str | None = None
    model_as_string: bool | None = None
