"""Honouring the raw escape hatches (`Exact`, `Route.raw`, `Connector.raw`, `properties_raw`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from connector_dsl import properties
from connector_dsl.authoring.raw import Exact, Raw, RawDocument, RawProperties
from connector_dsl.compile.spec import FieldSpec, OperationSpec
from connector_dsl.document import (
    Operation,
    Parameter,
    PathItem,
    Reference,
    Response,
    Schema,
    SwaggerDocument,
)
from connector_dsl.document.base import LENIENT, Node
from connector_dsl.dump import to_data

if TYPE_CHECKING:
    from connector_dsl.properties.model import ApiProperties

N = TypeVar("N", bound=Node)
_LENIENT = {LENIENT: True}


def exact_of(spec: OperationSpec, field: FieldSpec) -> Exact | None:
    """The `Exact(...)` marker of an operation field, if it has one."""
    info = spec.cls.model_fields.get(field.python_name)
    if info is None:
        return None
    return next((m for m in info.metadata if isinstance(m, Exact)), None)


def raw_of(spec: OperationSpec, field: FieldSpec) -> Raw | None:
    """The `Raw(...)` marker of an operation field (keys of its parameter set or dropped)."""
    info = spec.cls.model_fields.get(field.python_name)
    if info is None:
        return None
    return next((m for m in info.metadata if type(m) is Raw), None)


def exact_parameter(exact: Exact) -> Parameter | Reference:
    """The parameter node written exactly as given."""
    data = dict(exact.data)
    if "$ref" in data and "name" not in data:
        return Reference.model_validate(data, context=_LENIENT)
    return Parameter.model_validate(data, context=_LENIENT)


def exact_response(exact: Exact) -> Response | Reference:
    """A response node written exactly as given (`Route.responses`)."""
    data = dict(exact.data)
    if "$ref" in data and "description" not in data:
        return Reference.model_validate(data, context=_LENIENT)
    return Response.model_validate(data, context=_LENIENT)


def _dump(node: Node) -> dict[str, Any]:
    """The node's set keys as JSON data.

    Not `model_dump`: a lenient node keeps values that do not fit their typed fields (an
    `x-ms-visibility` of ""), and pydantic warns about each while serializing them.
    """
    data: dict[str, Any] = to_data(node)
    return data


def apply_raw(node: N, raw: Raw | None) -> N:
    """`node` with `raw.keys` set and `raw.drop` removed (the same node when there is none)."""
    if raw is None or (not raw.keys and not raw.drop):
        return node
    data = _dump(node)
    for key in raw.drop:
        data.pop(key, None)
    data.update(raw.keys)
    return type(node).model_validate(data, context=_LENIENT)


def apply_operation_raw(node: Operation, raw: Raw | None) -> Operation:
    """The operation with its `Route(raw=...)` applied."""
    return apply_raw(node, raw)


def apply_document_raw(document: SwaggerDocument, raw: RawDocument | None) -> SwaggerDocument:
    """The document with `Connector.raw` applied to path items and definitions, then to keys."""
    if raw is None:
        return document
    if raw.definitions is not None:
        definitions = dict(document.definitions or {})
        for name in raw.definitions.drop:
            definitions.pop(name, None)
        for name, value in raw.definitions.keys.items():
            definitions[name] = Schema.model_validate(value, context=_LENIENT)
        document.definitions = definitions or None
    if raw.paths:
        paths = dict(document.paths)
        for path, part in raw.paths.items():
            paths[path] = apply_raw(paths.get(path) or PathItem(), part)
        document.paths = paths
    return apply_raw(document, raw)


def apply_properties_raw(built: ApiProperties, raw: RawProperties | None) -> ApiProperties:
    """`apiProperties.json` with `Connector.properties_raw` applied to its `properties` keys."""
    if raw is None or (not raw.keys and not raw.drop):
        return built
    return properties.ApiProperties(properties=apply_raw(built.properties, raw))
