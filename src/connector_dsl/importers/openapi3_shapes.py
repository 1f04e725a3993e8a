"""The shape of an OpenAPI 3 document: every value the converter reads has its JSON type.

Before converting, `shaped` walks the document by what each node is (a path item,
an operation, a schema, ...) and leaves out every value whose type is not the one
OpenAPI 3 gives that key (`"responses": 5`, `"flows": "implicit"`, `"parameters":
1.5`), each named in an `openapi3-value-ignored` warning with its pointer. The
converter then only meets the types it expects.
"""

from __future__ import annotations

from typing import Any

from connector_dsl.importers.openapi3_context import Context, Where

OBJ, LIST, TEXT, BOOL = dict, list, str, bool

_HTTP = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# kind -> key -> (accepted JSON types, kind of the value, kind of each member)
Rule = tuple[tuple[type, ...], str | None, str | None]
_SCHEMA_KEYS: dict[str, Rule] = {
    "properties": ((OBJ,), None, "schema"),
    "patternProperties": ((OBJ,), None, "schema"),
    "items": ((OBJ, BOOL, LIST), "schema", "schema"),
    "prefixItems": ((LIST,), None, "schema"),
    "additionalProperties": ((OBJ, BOOL), "schema", None),
    "allOf": ((LIST,), None, "schema"),
    "oneOf": ((LIST,), None, "schema"),
    "anyOf": ((LIST,), None, "schema"),
    "not": ((OBJ, BOOL), "schema", None),
    "required": ((LIST,), None, "text"),
    "enum": ((LIST,), None, None),
    "type": ((TEXT, LIST), None, "text"),
    "discriminator": ((OBJ,), "discriminator", None),
    "format": ((TEXT,), None, None),
    "title": ((TEXT,), None, None),
    "description": ((TEXT,), None, None),
    "pattern": ((TEXT,), None, None),
    "$ref": ((TEXT,), None, None),
    "examples": ((LIST, OBJ), None, None),
}
_RULES: dict[str, dict[str, Rule]] = {
    "root": {
        "info": ((OBJ,), None, None),
        "servers": ((LIST,), None, "server"),
        "paths": ((OBJ,), None, "path"),
        "webhooks": ((OBJ,), None, "path"),
        "components": ((OBJ,), "components", None),
        "security": ((LIST,), None, "requirement"),
        "tags": ((LIST,), None, "object"),
    },
    "components": {
        "schemas": ((OBJ,), None, "schema"),
        "responses": ((OBJ,), None, "response"),
        "parameters": ((OBJ,), None, "parameter"),
        "requestBodies": ((OBJ,), None, "body"),
        "headers": ((OBJ,), None, "parameter"),
        "securitySchemes": ((OBJ,), None, "scheme"),
        "examples": ((OBJ,), None, "object"),
        "pathItems": ((OBJ,), None, "path"),
    },
    "path": {
        "parameters": ((LIST,), None, "parameter"),
        "servers": ((LIST,), None, "server"),
        "summary": ((TEXT,), None, None),
        "description": ((TEXT,), None, None),
        "$ref": ((TEXT,), None, None),
        **dict.fromkeys(_HTTP, ((OBJ,), "operation", None)),
    },
    "operation": {
        "parameters": ((LIST,), None, "parameter"),
        "requestBody": ((OBJ,), "body", None),
        "responses": ((OBJ,), None, "response"),
        "callbacks": ((OBJ,), None, "object"),
        "security": ((LIST,), None, "requirement"),
        "servers": ((LIST,), None, "server"),
        "tags": ((LIST,), None, "text"),
        "operationId": ((TEXT,), None, None),
        "summary": ((TEXT,), None, None),
        "description": ((TEXT,), None, None),
        "deprecated": ((BOOL,), None, None),
    },
    "parameter": {
        "name": ((TEXT,), None, None),
        "in": ((TEXT,), None, None),
        "description": ((TEXT,), None, None),
        "required": ((BOOL,), None, None),
        "schema": ((OBJ, BOOL), "schema", None),
        "content": ((OBJ,), None, "media"),
        "examples": ((OBJ,), None, "object"),
        "$ref": ((TEXT,), None, None),
    },
    "body": {
        "content": ((OBJ,), None, "media"),
        "description": ((TEXT,), None, None),
        "required": ((BOOL,), None, None),
        "$ref": ((TEXT,), None, None),
    },
    "media": {
        "schema": ((OBJ, BOOL), "schema", None),
        "examples": ((OBJ,), None, "object"),
        "encoding": ((OBJ,), None, "object"),
    },
    "response": {
        "description": ((TEXT,), None, None),
        "content": ((OBJ,), None, "media"),
        "headers": ((OBJ,), None, "parameter"),
        "links": ((OBJ,), None, None),
        "$ref": ((TEXT,), None, None),
    },
    "scheme": {
        "type": ((TEXT,), None, None),
        "name": ((TEXT,), None, None),
        "in": ((TEXT,), None, None),
        "scheme": ((TEXT,), None, None),
        "flows": ((OBJ,), None, "flow"),
        "description": ((TEXT,), None, None),
        "openIdConnectUrl": ((TEXT,), None, None),
        "$ref": ((TEXT,), None, None),
    },
    "flow": {
        "authorizationUrl": ((TEXT,), None, None),
        "tokenUrl": ((TEXT,), None, None),
        "refreshUrl": ((TEXT,), None, None),
        "scopes": ((OBJ,), None, "text"),
    },
    "server": {
        "url": ((TEXT,), None, None),
        "description": ((TEXT,), None, None),
        "variables": ((OBJ,), None, "variable"),
    },
    "variable": {
        "enum": ((LIST,), None, "text"),
        "default": ((TEXT,), None, None),
        "description": ((TEXT,), None, None),
    },
    "discriminator": {
        "propertyName": ((TEXT,), None, None),
        "mapping": ((OBJ,), None, "text"),
    },
    "requirement": {},
    "object": {},
    "schema": _SCHEMA_KEYS,
}
_NAMES = {
    dict: "an object",
    list: "a list",
    str: "a string",
    bool: "true or false",
}
_MEMBER_TYPES: dict[str, tuple[type, ...]] = {
    "schema": (OBJ, BOOL),
    "text": (TEXT,),
    "requirement": (OBJ,),
}
"""Members of these kinds may be of these types; members of other kinds are objects."""


def shaped(ctx: Context) -> None:
    """Leave out, with a warning, every value of `ctx.data` whose type does not fit its key."""
    stack: list[tuple[Any, str, Where]] = [(ctx.data, "root", ())]
    while stack:
        node, kind, where = stack.pop()
        if not isinstance(node, dict):
            continue
        rules = _RULES.get(kind, {})
        if kind == "requirement":
            _requirement(node, ctx, where)  # pyright: ignore[reportUnknownArgumentType]
            continue
        for key in list(node):  # pyright: ignore[reportUnknownArgumentType, reportUnknownVariableType]
            rule = rules.get(str(key))  # pyright: ignore[reportUnknownArgumentType]
            if rule is None:
                continue
            accepted, value_kind, member_kind = rule
            value: Any = node[key]
            here: Where = (*where, str(key))  # pyright: ignore[reportUnknownArgumentType]
            if not _fits(value, accepted):
                _ignore(ctx, node, key, accepted, here)  # pyright: ignore[reportUnknownArgumentType]
                continue
            if value_kind is not None and isinstance(value, dict):
                stack.append((value, value_kind, here))
            elif member_kind is not None:
                stack.extend(_members(value, member_kind, ctx, here))


def _members(value: Any, kind: str, ctx: Context, where: Where) -> list[tuple[Any, str, Where]]:
    accepted = _MEMBER_TYPES.get(kind, (OBJ,))
    found: list[tuple[Any, str, Where]] = []
    if isinstance(value, dict):
        entries: dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
        for key in list(entries):
            here = (*where, key)
            if not _fits(entries[key], accepted):
                _ignore(ctx, entries, key, accepted, here)
            else:
                found.append((entries[key], kind, here))
    elif isinstance(value, list):
        items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        kept: list[Any] = []
        for index, item in enumerate(items):
            here = (*where, index)
            if not _fits(item, accepted):
                _warn(ctx, item, accepted, here)
            else:
                kept.append(item)
                found.append((item, kind, here))
        items[:] = kept
    return found


def _requirement(node: dict[str, Any], ctx: Context, where: Where) -> None:
    for name in list(node):
        scopes = node[name]
        if not isinstance(scopes, list) or not all(isinstance(s, str) for s in scopes):  # pyright: ignore[reportUnknownVariableType]
            _ignore(ctx, node, name, (LIST,), (*where, name), "a list of scope names")


def _fits(value: Any, accepted: tuple[type, ...]) -> bool:
    if isinstance(value, bool):
        return BOOL in accepted
    return isinstance(value, accepted)


def _ignore(
    ctx: Context,
    container: dict[str, Any],
    key: str,
    accepted: tuple[type, ...],
    where: Where,
    expected: str | None = None,
) -> None:
    _warn(ctx, container[key], accepted, where, expected)
    del container[key]


def _warn(
    ctx: Context, value: Any, accepted: tuple[type, ...], where: Where, expected: str | None = None
) -> None:
    wanted = expected or " or ".join(_NAMES.get(kind, kind.__name__) for kind in accepted)
    found = "null" if value is None else _NAMES.get(type(value), f"a {type(value).__name__}")
    msg = f"this is {found} where OpenAPI 3 has {wanted}; it was left out: fix the value"
    ctx.warn("openapi3-value-ignored", msg, where)
