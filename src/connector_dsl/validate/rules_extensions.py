"""Extension keys and keyword values: misspelt names, unknown keys, wrong JSON types,
out-of-range values, and internal fields the designer cannot fill."""

from __future__ import annotations

from connector_dsl.jsontypes import json_type
from connector_dsl.validate.context import Context
from connector_dsl.validate.extension_names import KNOWN_EXTENSIONS
from connector_dsl.validate.jsonview import JsonObj, Ptr, arr, edit_distance, obj
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

MISSPELT = declare("cdsl-extension-misspelt", "Extensions", W, W, "x-ms name one typo away")
UNKNOWN_EXT = declare("ExtensionNameNotValid", "Properties", None, W, "unknown x-ms name")
NOT_IN_ENUM = declare("JsonValueNotInEnum", "Properties", E, E, "value outside its allowed set")
EMPTY_VISIBILITY = declare(
    "cdsl-visibility-empty", "Extensions", W, W, 'x-ms-visibility is "" (means normal)'
)
WRONG_TYPE = declare("JsonTypeIncorrect", "Properties", E, E, "keyword of the wrong JSON type")
UNKNOWN_KEY = declare(
    "AdditionalPropertyNotAllowed", "Properties", W, W, "key outside the Swagger object"
)
INTERNAL_NO_DEFAULT = declare(
    "cdsl-internal-required-without-default",
    "Extensions",
    W,
    W,
    "internal and required, but no default to send",
)
INTERNAL_OPTIONAL = declare(
    "InternalPropertyWithDefaultOptional", "Properties", W, W, "internal default never sent"
)

NAME_MAPS = frozenset(
    {
        "properties", "definitions", "paths", "securityDefinitions", "headers", "scopes",
        "patternProperties", "parameters", "responses",
    }
)  # fmt: skip
"""Keys whose object value maps names (not keywords) to values."""
SKIP = frozenset({"example", "examples", "default", "enum", "x-ms-test-value", "x-example"})
STRUCTURED = frozenset({"x-ms-notification-content"})
"""Extension values whose inside is Swagger again (other extensions' insides are not)."""
ENUMS: dict[str, tuple[str, ...]] = {
    "x-ms-visibility": ("important", "advanced", "internal"),
    "x-ms-trigger": ("single", "batch"),
    "x-ms-url-encoding": ("single", "double"),
    "x-ms-media-kind": ("image", "audio"),
}
_STRING_KEYS = ("summary", "operationId", "x-ms-summary", "x-ms-trigger-hint", "title", "pattern")
_BOOL_KEYS = (
    "deprecated", "readOnly", "x-nullable", "x-ms-notification-url", "x-ms-no-generic-test",
    "x-ms-safe-operation", "uniqueItems", "allowEmptyValue", "exclusiveMaximum",
    "exclusiveMinimum", "x-ms-localizeDefaultValue",
)  # fmt: skip
_INT_KEYS = ("maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties")
_OBJECT_KEYS = ("properties", "items", "responses", "x-ms-dynamic-values", "x-ms-dynamic-schema")
_ARRAY_KEYS = ("enum", "allOf", "consumes", "produces", "schemes", "x-ms-enum-values")
_PARAM_TYPES = ("string", "number", "integer", "boolean", "array", "file")
_SCHEMA_TYPES = (*_PARAM_TYPES, "object")
_PARAM_IN = ("query", "header", "path", "formData", "body")

_SWAGGER_KEYS = {
    "root": "swagger info host basePath schemes consumes produces paths definitions parameters "
    "responses securityDefinitions security tags externalDocs",
    "info": "title description termsOfService contact license version",
    "item": "$ref get put post delete options head patch parameters",
    "operation": "tags summary description externalDocs operationId consumes produces "
    "parameters responses schemes deprecated security",
    "parameter": "name in description required schema type format allowEmptyValue items "
    "collectionFormat default maximum exclusiveMaximum minimum exclusiveMinimum maxLength "
    "minLength pattern maxItems minItems uniqueItems enum multipleOf",
    "response": "description schema headers examples",
}
ALLOWED_KEYS = {kind: frozenset(keys.split()) for kind, keys in _SWAGGER_KEYS.items()}


@check(MISSPELT, UNKNOWN_EXT, NOT_IN_ENUM, EMPTY_VISIBILITY, WRONG_TYPE)
def keys_and_values(ctx: Context) -> None:
    """Every keyword in the document: known extension names, JSON types, allowed values."""
    stack: list[tuple[object, Ptr, bool]] = [(ctx.swagger, (), False)]
    while stack:
        node, at, names = stack.pop()
        found = obj(node)
        if found is None:
            for position, child in enumerate(arr(node) or []):
                if isinstance(child, dict | list):
                    stack.append((child, (*at, position), False))
            continue
        if not names:
            _keywords(ctx, found, at)
        for key, child in found.items():
            if not isinstance(child, dict | list) or (key in SKIP and not names):
                continue
            if not names and key.startswith("x-") and key not in STRUCTURED:
                continue
            named = not names and isinstance(child, dict) and key in NAME_MAPS
            stack.append((child, (*at, key), named))


def _keywords(ctx: Context, node: JsonObj, at: Ptr) -> None:
    parameter = "in" in node and "name" in node
    for key, value in node.items():
        if key.startswith("x") and key not in KNOWN_EXTENSIONS:
            _extension_name(ctx, key, (*at, key))
        if key in ENUMS:
            _enum_value(ctx, key, value, (*at, key))
        expected = _expected_type(key, parameter)
        if expected and json_type(value) not in expected:
            message = f"{key} should be {' or '.join(expected)}, not {json_type(value)}."
            ctx.report(WRONG_TYPE, (*at, key), message, lenient=key.startswith("x-"))
    if len(at) >= 2 and at[-2] == "securityDefinitions":
        return
    kind = node.get("type")
    if isinstance(kind, str) and "$ref" not in node:
        allowed = _PARAM_TYPES if parameter else _SCHEMA_TYPES
        if kind not in allowed:
            ctx.report(NOT_IN_ENUM, (*at, "type"), f"Type {kind!r} is not a Swagger type.")
    where = node.get("in")
    if parameter and where not in _PARAM_IN:
        ctx.report(NOT_IN_ENUM, (*at, "in"), f"Parameter location {where!r} is not valid.")


def _expected_type(key: str, parameter: bool) -> tuple[str, ...]:
    if key == "required":
        return ("boolean",) if parameter else ("array",)
    if key in _STRING_KEYS:
        return ("string",)
    if key in _BOOL_KEYS:
        return ("boolean",)
    if key in _INT_KEYS:
        return ("integer",)
    if key in _OBJECT_KEYS:
        return ("object",)
    if key in _ARRAY_KEYS:
        return ("array",)
    return ()


def _extension_name(ctx: Context, key: str, at: Ptr) -> None:
    lowered = key.lower().replace("_", "-")
    close = [name for name in KNOWN_EXTENSIONS if edit_distance(lowered, name.lower(), 2) <= 2]
    if close:
        best = min(close, key=lambda name: (edit_distance(lowered, name.lower(), 2), name))
        ctx.report(MISSPELT, at, f"{key!r} looks like a typo of {best!r}; the platform ignores it.")
    elif key.startswith("x-ms-"):
        ctx.report(UNKNOWN_EXT, at, f"{key} is not an extension the platform defines.")


def _enum_value(ctx: Context, key: str, value: object, at: Ptr) -> None:
    allowed = ENUMS[key]
    if value in allowed:
        return
    if key == "x-ms-visibility" and value in ("", None):
        ctx.report(EMPTY_VISIBILITY, at, "Remove the empty x-ms-visibility (it means normal).")
        return
    ctx.report(NOT_IN_ENUM, at, f"{key} is {value!r}; use one of {', '.join(allowed)}.")


@check(UNKNOWN_KEY)
def swagger_keys(ctx: Context) -> None:
    """Keys outside the Swagger 2.0 object model on the root, info, paths and operations."""
    doc = ctx.swagger
    _allowed(ctx, doc, (), "root")
    _allowed(ctx, obj(doc.get("info")), ("info",), "info")
    for path, item in ctx.index.paths.items():
        _allowed(ctx, obj(item), ("paths", path), "item")
    for op in ctx.index.ops:
        _allowed(ctx, op.data, op.at, "operation")
        for position, raw in enumerate(arr(op.data.get("parameters")) or []):
            data = obj(raw)
            if data is not None and "$ref" not in data:
                _allowed(ctx, data, (*op.at, "parameters", position), "parameter")
        for code, raw in (obj(op.data.get("responses")) or {}).items():
            data = obj(raw)
            if data is not None and "$ref" not in data:
                _allowed(ctx, data, (*op.at, "responses", code), "response")


def _allowed(ctx: Context, node: JsonObj | None, at: Ptr, kind: str) -> None:
    for key in node or {}:
        if key not in ALLOWED_KEYS[kind] and not key.startswith("x-"):
            ctx.report(UNKNOWN_KEY, (*at, key), f"{key!r} is not a key of a Swagger {kind}.")


@check(INTERNAL_NO_DEFAULT, INTERNAL_OPTIONAL)
def internal_fields(ctx: Context) -> None:
    """Internal fields are hidden, so a required one needs a default to send."""
    for op in ctx.index.ops:
        for param in op.params:
            data = param.data
            if data.get("x-ms-visibility") != "internal" or param.where == "body":
                continue
            _internal(ctx, param.at, data, data.get("required") is True)
    for site in ctx.index.sites:
        if site.role != "input":
            continue
        required = arr(site.node.get("required")) or []
        for name, raw in (obj(site.node.get("properties")) or {}).items():
            prop = obj(raw) or {}
            if prop.get("x-ms-visibility") != "internal":
                continue
            if prop.get("type") in ("object", "array") or "$ref" in prop:
                continue
            _internal(ctx, (*site.at, "properties", name), prop, name in required)


def _internal(ctx: Context, at: Ptr, data: JsonObj, required: bool) -> None:
    has_default = data.get("default") is not None or "x-ms-notification-url" in data
    if required and not has_default:
        ctx.report(INTERNAL_NO_DEFAULT, at, "Hidden and required: give it a default value.")
    if not required and data.get("default") is not None:
        ctx.report(INTERNAL_OPTIONAL, at, "Hidden and optional: its default is never sent.")
