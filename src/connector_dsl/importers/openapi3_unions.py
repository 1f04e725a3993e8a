"""`oneOf` / `anyOf` flattened deliberately, since Swagger 2.0 has neither.

Object alternatives become one object with the union of their properties; a
property is required only when every alternative requires it. Alternatives that
are `null` make the schema `x-nullable`; a single remaining alternative is used
as it is, with no warning. Anything else is reported with its pointer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeAlias

from connector_dsl.importers.openapi3_context import Context, Json, Where

Convert: TypeAlias = Callable[[Any, Context, Where], Json]
_ANNOTATIONS = ("title", "description", "readOnly", "example", "externalDocs", "x-nullable")


@dataclass
class _Shape:
    """What one alternative contributes: its properties, or its primitive type."""

    label: str
    properties: dict[str, Json] = field(default_factory=dict)
    required: list[str] = field(default_factory=list)
    is_object: bool = False
    type: str | None = None
    enum: list[Any] | None = None


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and (node.get("type") == "null" or node.get("enum") == [None])


def flatten_union(schema: Json, key: str, ctx: Context, where: Where, convert: Convert) -> Json:
    """`schema` (already converted apart from `key`) with its `key` alternatives flattened."""
    alternatives: list[Any] = schema.pop(key)
    if any(_is_null(alt) for alt in alternatives):
        schema["x-nullable"] = True
    others = [(i, alt) for i, alt in enumerate(alternatives) if not _is_null(alt)]
    if len(others) == 1:
        index, alt = others[0]
        return _single(schema, convert(alt, ctx, (*where, key, index)))
    if not others:
        return schema
    shapes = [_shape(alt, ctx, (*where, key, i), convert, f"#{i}") for i, alt in others]
    if any(shape.is_object for shape in shapes):
        return _object_union(schema, key, shapes, ctx, where)
    return _primitive_union(schema, key, shapes, ctx, where)


def _single(schema: Json, alternative: Json) -> Json:
    if "$ref" in alternative:
        kept = {k: v for k, v in schema.items() if k in _ANNOTATIONS or k.startswith("x-")}
        if set(schema) - set(kept) - {"discriminator"}:
            return {**schema, "allOf": [*schema.get("allOf", []), alternative]}
        return {**alternative, **kept}
    return {**alternative, **schema}


def _shape(node: Any, ctx: Context, where: Where, convert: Convert, label: str) -> _Shape:
    if not isinstance(node, dict):
        return _Shape(label)
    ref = node.get("$ref")
    if isinstance(ref, str):
        target, tokens = ctx.resolve(ref, where)
        if tokens in ctx.inlining:
            return _Shape(ref.rsplit("/", 1)[-1], is_object=True)
        ctx.inlining.add(tokens)
        try:
            with ctx.quiet():
                return _shape(target, ctx, tokens, convert, ref.rsplit("/", 1)[-1])
        finally:
            ctx.inlining.discard(tokens)
    shape = _Shape(label, type=_type_of(node), enum=node.get("enum"))
    properties = node.get("properties")
    if isinstance(properties, dict):
        for name, value in properties.items():
            shape.properties[name] = convert(value, ctx, (*where, "properties", name))
    required = node.get("required")
    shape.required = (
        [r for r in required if isinstance(r, str)] if isinstance(required, list) else []
    )
    shape.is_object = shape.type == "object" or bool(shape.properties)
    for key in ("allOf", "oneOf", "anyOf"):
        parts = node.get(key)
        if isinstance(parts, list):
            for i, part in enumerate(parts):
                _merge(shape, _shape(part, ctx, (*where, key, i), convert, label), key == "allOf")
    return shape


def _type_of(node: Json) -> str | None:
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        return str(kinds[0]) if len(kinds) == 1 else None
    return kind if isinstance(kind, str) else None


def _merge(shape: _Shape, part: _Shape, all_required: bool) -> None:
    for name, value in part.properties.items():
        shape.properties.setdefault(name, value)
    if all_required:
        shape.required += [r for r in part.required if r not in shape.required]
    shape.is_object = shape.is_object or part.is_object
    if shape.type is None and part.type is not None:
        shape.type = part.type


def _object_union(schema: Json, key: str, shapes: list[_Shape], ctx: Context, where: Where) -> Json:
    objects = [shape for shape in shapes if shape.is_object]
    properties: dict[str, Json] = dict(schema.get("properties") or {})
    for shape in objects:
        for name, value in shape.properties.items():
            properties.setdefault(name, value)
    common = [r for r in objects[0].required if all(r in s.required for s in objects[1:])]
    required = list(schema.get("required") or [])
    required += [r for r in common if r not in required]
    schema.update(type="object", properties=properties)
    if required:
        schema["required"] = required
    labels = ", ".join(shape.label for shape in shapes)
    message = (
        f"{key} of {len(shapes)} alternatives ({labels}) flattened to one object with the "
        "union of their properties; which properties go together is lost"
    )
    discriminator = schema.pop("discriminator", None)
    if isinstance(discriminator, dict) and discriminator.get("propertyName"):
        message += f", and so is the discriminator {discriminator['propertyName']!r}"
        mapping = discriminator.get("mapping")
        if isinstance(mapping, dict) and mapping:
            message += f" with its mapping of {', '.join(map(repr, mapping))}"
    lost = [shape.label for shape in shapes if not shape.is_object]
    if lost:
        message += f"; non-object alternatives {', '.join(lost)} were dropped"
    ctx.warn("openapi3-union-flattened", message, (*where, key))
    return schema


def _primitive_union(
    schema: Json, key: str, shapes: list[_Shape], ctx: Context, where: Where
) -> Json:
    kinds = {shape.type for shape in shapes}
    schema.pop("discriminator", None)
    if len(kinds) == 1 and None not in kinds:
        schema.setdefault("type", kinds.pop())
        enums = [shape.enum for shape in shapes]
        if all(isinstance(enum, list) for enum in enums):
            merged: list[Any] = []
            for enum in enums:
                merged += [v for v in enum or [] if v not in merged]
            schema["enum"] = merged
            return schema
        message = f"{key} of {len(shapes)} {schema['type']} alternatives flattened to one"
    else:
        names = ", ".join(sorted(str(kind) for kind in kinds))
        message = f"{key} of types {names} became a schema of any type"
    ctx.warn("openapi3-union-flattened", message, (*where, key))
    return schema
