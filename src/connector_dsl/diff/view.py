"""Reading one version of a swagger: operations, their inputs and outputs, references resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import orjson

from connector_dsl.errors import escape_pointer_token
from connector_dsl.validate.jsonview import JsonObj, obj

METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_MAX_HOPS = 16


_VARIABLE = re.compile(r"\{[^{}]*\}")


def route_shape(path: str, base_path: object = "/") -> str:
    """The URL path after `basePath`, variables unnamed: `/v1/items/{}` for `/items/{id}`."""
    base = base_path.rstrip("/") if isinstance(base_path, str) else ""
    return _VARIABLE.sub("{}", base + "/" + path.lstrip("/"))


def unescape(token: str) -> str:
    """One RFC 6901 token back to its key."""
    return token.replace("~1", "/").replace("~0", "~")


@dataclass(slots=True)
class Node:
    """A JSON object with the pointer where it really lives (after following `$ref`s)."""

    data: JsonObj
    pointer: str


@dataclass(slots=True)
class OperationView:
    """One operation of one version."""

    key: str
    """The operationId, or `METHOD /path` when there is none."""
    operation_id: str | None
    method: str
    path: str
    node: Node
    parameters: list[Node] = field(default_factory=list[Node])
    notification: Node | None = None
    """`x-ms-notification-content` of the path item (webhook payload)."""

    @property
    def pointer(self) -> str:
        """Pointer of the operation object."""
        return self.node.pointer

    @property
    def data(self) -> JsonObj:
        """The operation object."""
        return self.node.data


class Document:
    """A swagger document, read for comparison."""

    def __init__(self, data: Any) -> None:
        self.data: JsonObj = obj(data) or {}
        self._operations: dict[str, OperationView] | None = None

    def resolve(self, value: Any, at: str) -> Node | None:
        """The object at `value`, following local `$ref`s; None when it is not an object."""
        node = obj(value)
        for _ in range(_MAX_HOPS):
            if node is None:
                return None
            ref = node.get("$ref")
            if not isinstance(ref, str) or not ref.startswith("#/"):
                return Node(node, at)
            at = ref[1:]
            node = obj(self.lookup(at))
        return None

    def object_properties(self, node: Node) -> tuple[dict[str, Node], set[str]]:
        """Properties by name (each at its own pointer) and required names, `allOf` included."""
        found: dict[str, Node] = {}
        required: set[str] = set()
        pending = [node]
        seen: set[str] = set()
        while pending and len(seen) < _MAX_HOPS:
            current = pending.pop(0)
            if current.pointer in seen:
                continue
            seen.add(current.pointer)
            for name, value in (obj(current.data.get("properties")) or {}).items():
                if isinstance(value, dict):
                    pointer = f"{current.pointer}/properties/{escape_pointer_token(name)}"
                    found.setdefault(name, Node(value, pointer))
            names = current.data.get("required")
            if isinstance(names, list):
                required.update(n for n in names if isinstance(n, str))
            members = current.data.get("allOf")
            for index, member in enumerate(members if isinstance(members, list) else []):
                resolved = self.resolve(member, f"{current.pointer}/allOf/{index}")
                if resolved is not None:
                    pending.append(resolved)
        return found, required

    def lookup(self, pointer: str) -> Any:
        """The value at a JSON pointer, or None."""
        current: Any = self.data
        for raw in pointer.split("/")[1:]:
            token = unescape(raw)
            if isinstance(current, dict):
                current = current.get(token)
            elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
                current = current[int(token)]
            else:
                return None
        return current

    @property
    def operations(self) -> dict[str, OperationView]:
        """Every operation by key, in document order."""
        if self._operations is None:
            self._operations = self._read_operations()
        return self._operations

    def _read_operations(self) -> dict[str, OperationView]:
        found: dict[str, OperationView] = {}
        for path, item_value in (obj(self.data.get("paths")) or {}).items():
            item = obj(item_value)
            if item is None:
                continue
            item_ptr = "/paths/" + escape_pointer_token(path)
            shared = self._parameters(item.get("parameters"), item_ptr + "/parameters")
            notification = self.resolve(
                item.get("x-ms-notification-content"), item_ptr + "/x-ms-notification-content"
            )
            for method in METHODS:
                data = obj(item.get(method))
                if data is None:
                    continue
                op_id = data.get("operationId")
                op_id = op_id if isinstance(op_id, str) and op_id else None
                key = op_id or f"{method.upper()} {path}"
                if key in found:  # a duplicate id: keep the first, the validator reports it
                    continue
                own = self._parameters(data.get("parameters"), f"{item_ptr}/{method}/parameters")
                names = {(_name(p), _in(p)) for p in own}
                merged = [p for p in shared if (_name(p), _in(p)) not in names] + own
                found[key] = OperationView(
                    key,
                    op_id,
                    method,
                    path,
                    Node(data, f"{item_ptr}/{method}"),
                    merged,
                    notification,
                )
        return found

    def _parameters(self, value: Any, at: str) -> list[Node]:
        found: list[Node] = []
        if not isinstance(value, list):
            return found
        for index, entry in enumerate(value):
            node = self.resolve(entry, f"{at}/{index}")
            if node is not None:
                found.append(node)
        return found

    def stable_definitions(self, other: Document) -> frozenset[str]:
        """Definitions equal in both documents, down to every definition they refer to."""
        mine = obj(self.data.get("definitions")) or {}
        theirs = obj(other.data.get("definitions")) or {}
        equal = {name for name, value in mine.items() if theirs.get(name, None) == value}
        refs = {name: set(_refs(mine[name])) for name in equal}
        changed = True
        while changed:
            changed = False
            for name in list(equal):
                if not refs[name] <= equal:
                    equal.discard(name)
                    changed = True
        return frozenset(equal)


_DEFINITION_REF = re.compile(rb'"\$ref":"#/definitions/((?:[^"\\]|\\.)*)"')


def _refs(value: Any) -> list[str]:
    """Names of the definitions a JSON value refers to."""
    try:
        text = orjson.dumps(value)
    except TypeError:  # pragma: no cover - values come from JSON
        return []
    return [unescape(orjson.loads(b'"' + name + b'"')) for name in _DEFINITION_REF.findall(text)]


def refs_of(value: Any) -> list[str]:
    """Names of the definitions a JSON value refers to."""
    return _refs(value)


def _name(node: Node) -> str:
    name = node.data.get("name")
    return name if isinstance(name, str) else ""


def _in(node: Node) -> str:
    where = node.data.get("in")
    return where if isinstance(where, str) else ""


def parameter_name(node: Node) -> str:
    """A parameter's `name` ('' when missing)."""
    return _name(node)


def parameter_in(node: Node) -> str:
    """A parameter's `in` ('' when missing)."""
    return _in(node)
