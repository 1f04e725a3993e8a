"""Which Python made which part of a built document: JSON pointer -> file, line, `Class.field`.

A finding of a validation rule names a JSON pointer into the built swagger (or
apiProperties.json); `SourceMap.place` turns it into the Python place that made
the longest recorded prefix of that pointer. Nothing is worked out while
compiling: the table is made from the operation specs and the built document on
the first lookup, so a clean build pays only for keeping two references.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from connector_dsl.authoring.places import class_place
from connector_dsl.authoring.route import Reply
from connector_dsl.compile.schemas import core_schema_of, definition_name
from connector_dsl.compile.spec import FieldSpec, OperationSpec
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.errors import Place, pointer

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector

Document = Literal["swagger", "properties"]
"""Which file a pointer points into (as `validate.finding.DocumentKind`)."""

_INFO_KEYS = ("info", "host", "basePath", "schemes", "consumes", "produces")
_CONNECTOR_KEYS = {
    "securityDefinitions": "security",
    "security": "security",
    "tags": "tags",
    "x-ms-capabilities": "test_connection",
    "x-ms-connector-metadata": "info",
}
_PROPERTY_KEYS = {
    "connectionParameterSets": "parameter_sets",
    "iconBrandColor": "brand_color",
    "capabilities": "capabilities",
    "policyTemplateInstances": "policies",
    "publisher": "publisher",
    "stackOwner": "stack_owner",
    "scriptOperations": "script_operations",
}
_CLASS_KEYS = frozenset({"operationId", "x-ms-trigger", "parameters"})
"""Operation keys that come from the operation class itself, not from its `Route`."""


@dataclass(frozen=True, slots=True)
class _Source:
    """An owner class and field; `at` is a constant's own place when it has one."""

    owner: type
    field: str | None = None
    at: Place | None = None

    def place(self) -> Place:
        found = class_place(self.owner, self.field)
        if self.at is not None and self.at.file is not None:
            return Place(file=self.at.file, line=self.at.line, python=found.python)
        return found


class SourceMap:
    """JSON pointers of a built connector -> the Python place that made each."""

    def __init__(
        self, connector: type[Connector], specs: list[OperationSpec], document: SwaggerDocument
    ) -> None:
        self._connector = connector
        self._specs = specs
        self._document = document
        self._tables: dict[Document, dict[str, _Source]] | None = None

    def place(self, at: str, document: Document = "swagger") -> Place:
        """The Python place of the longest recorded prefix of pointer `at`, with `at` kept."""
        if self._tables is None:
            self._tables = {"swagger": self._swagger(), "properties": self._properties()}
        table = self._tables[document]
        prefix = at
        while prefix not in table and prefix:
            prefix = prefix[: prefix.rfind("/")]
        source = table.get(prefix) or _Source(self._connector)
        found = source.place()
        return Place(file=found.file, line=found.line, python=found.python, pointer=at)

    def _swagger(self) -> dict[str, _Source]:
        connector = self._connector
        table: dict[str, _Source] = {"": _Source(connector)}
        info = getattr(connector, "info", None)
        info_source = _Source(connector, "info", getattr(info, "place", None))
        for key in _INFO_KEYS:
            table[pointer(key)] = info_source
        for key, attribute in _CONNECTOR_KEYS.items():
            table[pointer(key)] = (
                info_source if attribute == "info" else _Source(connector, attribute)
            )
        for extra in connector.extensions:
            table[pointer(extra.key)] = _Source(connector, "extensions")
        if connector.raw is not None:
            for key in connector.raw.keys:
                table[pointer(key)] = _Source(connector, "raw")
        data = to_data(self._document)
        paths = data.get("paths", {})
        for spec in self._specs:
            _operation(table, spec, paths)
        for name, model in _models(self._specs, connector.models).items():
            _definition(table, name, model)
        return table

    def _properties(self) -> dict[str, _Source]:
        connector = self._connector
        table: dict[str, _Source] = {"": _Source(connector)}
        fields = {field.name for field in connector.connection_fields}
        for name in fields:
            table[pointer("properties", "connectionParameters", name)] = _Source(
                connector, "connection_fields"
            )
        security = "security" if connector.security is not None else "parameter_sets"
        table[pointer("properties", "connectionParameters")] = _Source(connector, security)
        for key, attribute in _PROPERTY_KEYS.items():
            table[pointer("properties", key)] = _Source(connector, attribute)
        if connector.properties_raw is not None:
            for key in connector.properties_raw.keys:
                table[pointer("properties", key)] = _Source(connector, "properties_raw")
        return table


def _operation(table: dict[str, _Source], spec: OperationSpec, paths: dict[str, Any]) -> None:
    """The operation's keys: its route, its class, each parameter and body property."""
    cls = spec.cls
    method = spec.route.method.lower()
    route = _Source(cls, "route")
    table.setdefault(pointer("paths", spec.route.path), route)
    at = pointer("paths", spec.route.path, method)
    table[at] = _Source(cls)
    data = paths.get(spec.route.path, {}).get(method, {})
    for key in data:
        if key not in _CLASS_KEYS and not (key == "description" and spec.route.description is None):
            table[f"{at}/{key}"] = route
        elif key != "parameters":
            table[f"{at}/{key}"] = _Source(cls)
    success = str(spec.route.status)
    if _is_model(spec.response):
        table[f"{at}/responses/{success}/schema"] = _Source(spec.response)
        if cls.kind == "webhook":
            content = pointer("paths", spec.route.path, "x-ms-notification-content")
            table[content] = _Source(spec.response)
    for code, reply in spec.route.responses.items():
        if isinstance(reply, Reply) and _is_model(reply.schema):
            table[f"{at}/responses/{pointer(code)[1:]}/schema"] = _Source(reply.schema)
    by_wire: dict[tuple[Any, Any], FieldSpec] = {(f.wire_name, f.location): f for f in spec.fields}
    bodies = [f for f in spec.fields if f.location == "body"]
    for index, parameter in enumerate(data.get("parameters", ())):
        here = f"{at}/parameters/{index}"
        if not isinstance(parameter, dict):
            continue
        if parameter.get("in") == "body" and bodies:
            whole = spec.whole_body
            table[here] = _Source(cls, (whole or bodies[0]).python_name)
            if whole is None:
                for body in bodies:
                    properties = "".join(
                        f"/properties/{pointer(t)[1:]}" for t in body.wire_name.split("/")
                    )
                    table[f"{here}/schema{properties}"] = _Source(cls, body.python_name)
            continue
        found = by_wire.get((parameter.get("name"), parameter.get("in")))
        table[here] = _Source(cls, found.python_name if found is not None else None)


def _definition(table: dict[str, _Source], name: str, model: type) -> None:
    """A definition and each of its properties."""
    at = pointer("definitions", name)
    table[at] = _Source(model)
    if isinstance(model, type) and issubclass(model, BaseModel):
        for python, info in model.model_fields.items():
            wire = info.serialization_alias or info.alias or python
            table[f"{at}/properties/{pointer(wire)[1:]}"] = _Source(model, python)


def _is_model(value: Any) -> bool:
    return isinstance(value, type) and issubclass(value, BaseModel)


def _models(specs: list[OperationSpec], declared: Iterable[Any]) -> dict[str, type]:
    """Definition name -> the model (or enum) class it is written from."""
    types: list[Any] = list(declared)
    for spec in specs:
        types.extend(f.schema_type for f in spec.fields)
        types.append(spec.response)
        types.extend(r.schema for r in spec.route.responses.values() if isinstance(r, Reply))
    found: dict[str, type] = {}
    for item in types:
        if item is None:
            continue
        try:
            schema = core_schema_of(item)
        except Exception:  # a type pydantic cannot read: the build has reported it
            continue
        _collect(schema, found)
    return found


def _collect(schema: Any, found: dict[str, type]) -> None:
    if isinstance(schema, dict):
        cls = schema.get("cls")
        kind = schema.get("type")
        if (
            kind in ("model", "enum")
            and isinstance(cls, type)
            and issubclass(cls, BaseModel | Enum)
        ):
            name = definition_name(cls)
            if name is not None:
                found.setdefault(name, cls)
        for value in schema.values():
            if isinstance(value, dict | list):
                _collect(value, found)
    elif isinstance(schema, list):
        for item in schema:
            _collect(item, found)
