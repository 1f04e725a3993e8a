"""One pass over a swagger: its operations, parameters, schemas and references."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal, TypeAlias

from connector_dsl.validate.jsonview import JsonObj, Ptr, arr, items_of, obj, text

METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
Role: TypeAlias = Literal["input", "output", "definition", "simple"]


@dataclass(slots=True)
class Param:
    """A parameter of an operation, `$ref` resolved; `at` is where it is listed."""

    data: JsonObj
    at: Ptr
    level: Literal["operation", "path"]

    @property
    def name(self) -> str:
        """The parameter's name ('' when missing)."""
        return text(self.data.get("name")) or ""

    @property
    def where(self) -> str:
        """The parameter's `in` ('' when missing)."""
        return text(self.data.get("in")) or ""


@dataclass(slots=True)
class Op:
    """One operation with its path item and its effective parameters."""

    path: str
    method: str
    data: JsonObj
    item: JsonObj
    params: list[Param] = field(default_factory=list[Param])

    @property
    def at(self) -> Ptr:
        """The operation's pointer."""
        return ("paths", self.path, self.method)

    @property
    def op_id(self) -> str | None:
        """The operationId, when it is a string."""
        return text(self.data.get("operationId"))

    @property
    def trigger(self) -> bool:
        """Whether the operation is a trigger."""
        return "x-ms-trigger" in self.data

    def body(self) -> Param | None:
        """The body parameter, if any."""
        return next((p for p in self.params if p.where == "body"), None)

    def param(self, name: str) -> Param | None:
        """A parameter by name."""
        return next((p for p in self.params if p.name == name), None)


@dataclass(slots=True)
class SchemaSite:
    """A schema (or a simple-typed parameter, header or items) at a place."""

    node: JsonObj
    at: Ptr
    role: Role
    top: bool
    """Whether it is the root schema of a body, response or definition."""


class Index:
    """Operations, parameters and schema sites of a swagger, computed once."""

    def __init__(self, swagger: JsonObj) -> None:
        self.swagger = swagger
        self.definitions = obj(swagger.get("definitions")) or {}
        self.global_params = obj(swagger.get("parameters")) or {}
        self.global_responses = obj(swagger.get("responses")) or {}
        self.paths = obj(swagger.get("paths")) or {}
        self.ops: list[Op] = []
        for path, item_value in self.paths.items():
            item = obj(item_value)
            if item is None:
                continue
            shared = self._params(item.get("parameters"), ("paths", path, "parameters"), "path")
            for method in METHODS:
                data = obj(item.get(method))
                if data is None:
                    continue
                own = self._params(
                    data.get("parameters"), ("paths", path, method, "parameters"), "operation"
                )
                names = {(p.name, p.where) for p in own}
                merged = own + [p for p in shared if (p.name, p.where) not in names]
                self.ops.append(Op(path, method, data, item, merged))
        self.by_id: dict[str, Op] = {}
        for op in self.ops:
            if op.op_id is not None:
                self.by_id.setdefault(op.op_id, op)
        self.sites: list[SchemaSite] = list(self._sites())

    def resolve(self, value: object) -> JsonObj | None:
        """A node with a local `$ref` followed (several hops, no loops); None if it fails."""
        node = obj(value)
        seen: set[str] = set()
        while node is not None and "$ref" in node:
            ref = text(node.get("$ref"))
            if ref is None or ref in seen:
                return None
            seen.add(ref)
            node = obj(self.lookup(ref))
        return node

    def lookup(self, ref: str) -> Any:
        """The value a local `$ref` points at, or None."""
        if not ref.startswith("#/"):
            return None
        node: Any = self.swagger
        for raw in ref[2:].split("/"):
            token = raw.replace("~1", "/").replace("~0", "~")
            found = obj(node)
            if found is not None:
                if token not in found:
                    return None
                node = found[token]
                continue
            items = arr(node)
            if items is None or not token.isdigit() or int(token) >= len(items):
                return None
            node = items[int(token)]
        return node

    def _params(self, value: object, at: Ptr, level: Literal["operation", "path"]) -> list[Param]:
        found: list[Param] = []
        for position, raw in enumerate(arr(value) or []):
            data = self.resolve(raw)
            if data is not None:
                found.append(Param(data, (*at, position), level))
        return found

    def _sites(self) -> Iterator[SchemaSite]:
        for name, node in self.definitions.items():
            yield from walk_schema(node, ("definitions", name), "definition")
        for name, raw in self.global_params.items():
            yield from self._param_sites(raw, ("parameters", name))
        for name, raw in self.global_responses.items():
            yield from self._response_sites(raw, ("responses", name))
        for path, item_value in self.paths.items():
            item = obj(item_value) or {}
            for position, raw in enumerate(arr(item.get("parameters")) or []):
                yield from self._param_sites(raw, ("paths", path, "parameters", position))
            content = obj(item.get("x-ms-notification-content"))
            if content is not None:
                yield from walk_schema(
                    content.get("schema"),
                    ("paths", path, "x-ms-notification-content", "schema"),
                    "output",
                )
            for method in METHODS:
                data = obj(item.get(method))
                if data is None:
                    continue
                at: Ptr = ("paths", path, method)
                for position, raw in enumerate(arr(data.get("parameters")) or []):
                    yield from self._param_sites(raw, (*at, "parameters", position))
                for code, raw in items_of(data.get("responses")):
                    yield from self._response_sites(raw, (*at, "responses", code))

    def _param_sites(self, raw: object, at: Ptr) -> Iterator[SchemaSite]:
        data = obj(raw)
        if data is None or "$ref" in data:
            return
        if data.get("in") == "body":
            yield from walk_schema(data.get("schema"), (*at, "schema"), "input")
            return
        yield from walk_simple(data, at)

    def _response_sites(self, raw: object, at: Ptr) -> Iterator[SchemaSite]:
        data = obj(raw)
        if data is None or "$ref" in data:
            return
        yield from walk_schema(data.get("schema"), (*at, "schema"), "output")
        for name, header in items_of(data.get("headers")):
            yield from walk_simple(header, (*at, "headers", name))


def walk_simple(value: object, at: Ptr) -> Iterator[SchemaSite]:
    """A non-body parameter or header and its nested `items`."""
    node = obj(value)
    top = True
    while node is not None:
        yield SchemaSite(node, at, "simple", top)
        top = False
        at = (*at, "items")
        node = obj(node.get("items"))


def walk_schema(value: object, at: Ptr, role: Role) -> Iterator[SchemaSite]:
    """Every schema node under a root (not following `$ref`), depth first."""
    root = obj(value)
    if root is None:
        return
    stack: list[tuple[JsonObj, Ptr, bool]] = [(root, at, True)]
    while stack:
        node, where, top = stack.pop()
        yield SchemaSite(node, where, role, top)
        for name, child in items_of(node.get("properties")):
            found = obj(child)
            if found is not None:
                stack.append((found, (*where, "properties", name), False))
        items = obj(node.get("items"))
        if items is not None:
            stack.append((items, (*where, "items"), False))
        extra = obj(node.get("additionalProperties"))
        if extra is not None:
            stack.append((extra, (*where, "additionalProperties"), False))
        for position, part in enumerate(arr(node.get("allOf")) or []):
            found = obj(part)
            if found is not None:
                stack.append((found, (*where, "allOf", position), top))
