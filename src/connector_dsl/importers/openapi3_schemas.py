"""JSON Schema of OpenAPI 3.0 and 3.1 to the Swagger 2.0 dialect.

Each rewrite is a small function applied in order (`_STEPS`). What Swagger 2.0
cannot say is dropped, with a warning when it changes what a caller may send or
receive (a union, a `not`, a conditional), silently when it is only annotation.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from connector_dsl.importers.openapi3_context import Context, Json, Where, is_extension
from connector_dsl.importers.openapi3_unions import flatten_union
from connector_dsl.jsontypes import json_type

SCHEMA_REF = "#/components/schemas/"
KEPT = frozenset(
    {
        "$ref", "format", "title", "description", "default", "multipleOf", "maximum",
        "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
        "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties",
        "required", "enum", "additionalProperties", "type", "items", "allOf", "properties",
        "discriminator", "readOnly", "xml", "externalDocs", "example",
    }
)  # fmt: skip
"""Keywords the official schema allows in a Swagger 2.0 schema."""
SILENT = frozenset(
    {
        "$schema", "$id", "$anchor", "$comment", "$dynamicAnchor", "contentMediaType",
        "nullable", "examples", "const", "oneOf", "anyOf",
    }
)  # fmt: skip
"""Keywords dropped without a warning: identifiers and comments, or handled by an earlier
step (`writeOnly`, `deprecated` and the like are named in a warning)."""
FORMATS = frozenset(
    {
        "int32", "int64", "float", "double", "byte", "binary", "date", "date-time",
        "password", "date-no-tz", "email", "html", "uri", "uuid",
    }
)  # fmt: skip
"""Formats the official schema allows."""
PRIMITIVES = ("string", "number", "integer", "boolean")


def rewrite_ref(ref: str) -> str | None:
    """`#/components/schemas/X` as `#/definitions/X`; None for refs to be inlined."""
    if ref.startswith(SCHEMA_REF):
        return "#/definitions/" + ref[len(SCHEMA_REF) :]
    return None


def enum_type(values: list[Any]) -> str | None:
    """The primitive type of an enum-only schema, from its values."""
    kinds = {json_type(value) for value in values if value is not None}
    if kinds == {"integer", "number"}:
        return "number"
    return kinds.pop() if len(kinds) == 1 else None


def convert_schema(node: Any, ctx: Context, where: Where) -> Json:
    """One schema in the Swagger 2.0 dialect; `where` is its place in the input."""
    if not isinstance(node, dict):
        if node is False:
            ctx.warn("openapi3-schema-dropped", "schema `false` became an empty schema", where)
        return {}
    ref = node.get("$ref")
    if isinstance(ref, str):
        return _convert_ref(ref, ctx, where)
    schema: Json = dict(node)
    for step in _STEPS:
        schema = step(schema, ctx, where)
    return schema


def _convert_ref(ref: str, ctx: Context, where: Where) -> Json:
    rewritten = rewrite_ref(ref)
    if rewritten is not None:
        ctx.resolve(ref, where)
        return {"$ref": rewritten}
    target, tokens = ctx.resolve(ref, where)
    if tokens in ctx.inlining:
        msg = f"recursive `$ref` {ref!r} became an empty schema"
        ctx.warn("openapi3-ref-cycle", msg, where, quiet_too=True)
        return {}
    ctx.inlining.add(tokens)
    try:
        with ctx.quiet():
            return convert_schema(target, ctx, tokens)
    finally:
        ctx.inlining.discard(tokens)


def _type_list(schema: Json, ctx: Context, where: Where) -> Json:
    kind = schema.get("type")
    if kind == "null":
        schema.pop("type")
        schema["x-nullable"] = True
    elif isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        if len(kinds) < len(kind):
            schema["x-nullable"] = True
        if len(kinds) == 1:
            schema["type"] = kinds[0]
        else:
            schema.pop("type")
            if kinds:
                lost = ", ".join(map(str, kinds))
                msg = f"type list [{lost}] became a schema of any type"
                ctx.warn("openapi3-type-list", msg, (*where, "type"))
    return schema


def _nullable(schema: Json, ctx: Context, where: Where) -> Json:
    if schema.pop("nullable", None) is True:
        schema["x-nullable"] = True
    return schema


def _const(schema: Json, ctx: Context, where: Where) -> Json:
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
    return schema


def _examples(schema: Json, ctx: Context, where: Where) -> Json:
    examples = schema.pop("examples", None)
    if isinstance(examples, list) and examples and "example" not in schema:
        schema["example"] = examples[0]
        if len(examples) > 1:
            msg = f"Swagger 2.0 keeps one example; kept the first, dropped {len(examples) - 1}"
            ctx.warn("openapi3-example-dropped", msg, (*where, "examples"))
    return schema


def _exclusive_bounds(schema: Json, ctx: Context, where: Where) -> Json:
    for key, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        value = schema.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            schema[bound] = value
            schema[key] = True
    return schema


def _format(schema: Json, ctx: Context, where: Where) -> Json:
    fmt = schema.get("format")
    if fmt is not None and fmt not in FORMATS:
        schema.pop("format")
        msg = f"format {fmt!r} is not one Power Platform knows; it was dropped"
        ctx.warn("openapi3-format-dropped", msg, (*where, "format"))
    return schema


def _union(schema: Json, ctx: Context, where: Where) -> Json:
    for key in ("oneOf", "anyOf"):
        if isinstance(schema.get(key), list):
            schema = flatten_union(schema, key, ctx, where, convert_schema)
    return schema


def _children(schema: Json, ctx: Context, where: Where) -> Json:
    properties = schema.get("properties")
    if isinstance(properties, dict):
        schema["properties"] = {
            name: convert_schema(value, ctx, (*where, "properties", name))
            for name, value in properties.items()
        }
    items = schema.get("items")
    if isinstance(items, list):
        ctx.warn("openapi3-tuple-items", "tuple `items` kept only the first item", where)
        items = items[0] if items else {}
    if items is not None:
        schema["items"] = convert_schema(items, ctx, (*where, "items"))
    extra = schema.get("additionalProperties")
    if isinstance(extra, dict):
        schema["additionalProperties"] = convert_schema(
            extra, ctx, (*where, "additionalProperties")
        )
    parts = schema.get("allOf")
    if isinstance(parts, list):
        schema["allOf"] = [
            convert_schema(part, ctx, (*where, "allOf", i)) for i, part in enumerate(parts)
        ]
    return schema


def _discriminator(schema: Json, ctx: Context, where: Where) -> Json:
    value = schema.get("discriminator")
    if isinstance(value, dict):
        name = value.get("propertyName")
        required = schema.get("required") or []
        if isinstance(name, str) and name in required:
            schema["discriminator"] = name
            if value.get("mapping"):
                msg = (
                    "the discriminator's `mapping` was dropped: Swagger 2.0 matches values "
                    "to definition names; name the definitions after the values"
                )
                ctx.warn("openapi3-discriminator-mapping", msg, (*where, "discriminator"))
        else:
            schema.pop("discriminator")
            msg = "discriminator dropped: Swagger 2.0 needs it to name a required property"
            ctx.warn("openapi3-discriminator-dropped", msg, (*where, "discriminator"))
    return schema


def _unsupported(schema: Json, ctx: Context, where: Where) -> Json:
    dropped = [k for k in schema if k not in KEPT and not is_extension(k)]
    lost = [k for k in dropped if k not in SILENT]
    if lost:
        msg = f"Swagger 2.0 has no {', '.join(map(repr, lost))}; dropped"
        ctx.warn("openapi3-keyword-dropped", msg, where)
    if schema.get("required") == []:
        dropped.append("required")
    return {k: v for k, v in schema.items() if k not in dropped}


_STEPS: tuple[Callable[[Json, Context, Where], Json], ...] = (
    _type_list,
    _nullable,
    _const,
    _examples,
    _exclusive_bounds,
    _format,
    _children,
    _union,
    _discriminator,
    _unsupported,
)
"""The rewrites, in order; each takes and returns one schema dict."""
