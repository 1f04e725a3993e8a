"""Honouring the raw escape hatches (`Exact`, `Route.raw`, `Connector.raw`, `properties_raw`)."""

from __future__ import annotations

import functools
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
from connector_dsl.document.base import LENIENT, Node, swagger_alias
from connector_dsl.document.construct import node_with

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


def apply_raw(node: N, raw: Raw | None) -> N:
    """`node` with `raw.keys` set and `raw.drop` removed (the same node when there is none).

    The same node as reading the node's data, so changed, leniently (as from a file),
    but only the keys `raw` gives are read (beside the node's own required values, which
    pydantic takes as they are): the node's other keys are trusted compiler output and
    are kept as they are, in the order a full read gives.
    """
    if raw is None or (not raw.keys and not raw.drop):
        return node
    cls = type(node)
    wire = _wire_keys(cls)
    own_set = node.__pydantic_fields_set__
    own_extra = node.__pydantic_extra__ or {}
    order = [key for key, name in wire.items() if name in own_set]
    order += [key for key in own_extra if key not in order]
    order = [key for key in order if key not in raw.drop]
    order += [key for key in raw.keys if key not in order]
    given = {  # the node's own values, so that it reads at all: taken as they are, not read
        key: node.__dict__[wire[key]]
        for key in _required_keys(cls)
        if key in order and key not in raw.keys and wire[key] in own_set
    }
    read = cls.model_validate({**given, **raw.keys}, context=_LENIENT)
    read_set = read.__pydantic_fields_set__
    read_extra = read.__pydantic_extra__ or {}
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key in order:
        name = wire.get(key)
        if key in raw.keys:
            if name is not None and name in read_set and name not in values:
                values[name] = read.__dict__[name]
            elif key in read_extra:
                extra[key] = read_extra[key]
        elif key in own_extra:
            extra[key] = own_extra[key]
        elif name is not None:
            values[name] = node.__dict__[name]
    for name in read_set & cls.model_fields.keys() - values.keys():  # given by its Python name
        values[name] = read.__dict__[name]
    return node_with(cls, values, extra)


@functools.cache
def _wire_keys(cls: type[Node]) -> dict[str, str]:
    """Wire key -> field name of a node class, in field order."""
    return {swagger_alias(name): name for name in cls.model_fields}


@functools.cache
def _required_keys(cls: type[Node]) -> tuple[str, ...]:
    return tuple(swagger_alias(n) for n, info in cls.model_fields.items() if info.is_required())


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
