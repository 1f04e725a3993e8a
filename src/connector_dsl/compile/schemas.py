"""Swagger 2.0 schemas from pydantic's own JSON-schema generator.

One `generate_definitions` pass over every body, response and payload model so
that definition names agree; the generator is adapted to Swagger 2.0:
`#/definitions/...` references, `x-nullable` instead of a null branch, `enum`
instead of `const`, boolean exclusive bounds, and no automatic titles.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic.json_schema import (
    GenerateJsonSchema,
    JsonSchemaMode,
    JsonSchemaValue,
)
from pydantic_core import CoreSchema, core_schema

REF_TEMPLATE = "#/definitions/{model}"


class SwaggerJsonSchema(GenerateJsonSchema):
    """pydantic's generator, speaking Swagger 2.0."""

    def field_title_should_be_set(self, schema: Any) -> bool:
        """Never add automatic titles: `x-ms-summary` is the designer's title."""
        return False

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        """A model without its automatic title."""
        value = super().model_schema(schema)
        value.pop("title", None)
        properties = value.get("properties", {})
        required: list[str] = value.get("required", [])
        for name, prop in properties.items():
            internal = prop.get("x-ms-visibility") == "internal" and "default" in prop
            if internal and name not in required:
                required.append(name)  # the platform sends internal defaults only if required
        if required:
            value["required"] = required
        return value

    def enum_schema(self, schema: core_schema.EnumSchema) -> JsonSchemaValue:
        """An enum without its automatic title."""
        value = super().enum_schema(schema)
        value.pop("title", None)
        return value

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        """`X | None` as `X` with `x-nullable: true`."""
        inner = self.generate_inner(schema["schema"])
        return {**inner, "x-nullable": True}

    def literal_schema(self, schema: core_schema.LiteralSchema) -> JsonSchemaValue:
        """`Literal[...]` as an `enum` with its type, never `const`."""
        value = super().literal_schema(schema)
        if "const" in value:
            value["enum"] = [value.pop("const")]
        return value

    def union_schema(self, schema: core_schema.UnionSchema) -> JsonSchemaValue:
        """Swagger 2.0 has no unions: one type when all agree, else an untyped schema."""
        value = super().union_schema(schema)
        choices = value.get("anyOf") or value.get("oneOf") or []
        types = {choice.get("type") for choice in choices}
        if len(types) == 1 and None not in types:
            return {"type": types.pop()}
        if all("$ref" in c or c.get("type") == "object" for c in choices):
            return {"type": "object"}
        return {}

    def tagged_union_schema(self, schema: core_schema.TaggedUnionSchema) -> JsonSchemaValue:
        """A discriminated union as an object (Swagger 2.0 cannot say more)."""
        return {"type": "object"}

    def int_schema(self, schema: core_schema.IntSchema) -> JsonSchemaValue:
        """Integers with Swagger 2.0's boolean exclusive bounds."""
        return _boolean_bounds(super().int_schema(schema))

    def float_schema(self, schema: core_schema.FloatSchema) -> JsonSchemaValue:
        """Numbers with Swagger 2.0's boolean exclusive bounds."""
        return _boolean_bounds(super().float_schema(schema))

    def tuple_schema(self, schema: core_schema.TupleSchema) -> JsonSchemaValue:
        """Tuples as plain arrays."""
        value = super().tuple_schema(schema)
        value.pop("prefixItems", None)
        value.pop("maxItems", None)
        value.pop("minItems", None)
        return value

    def default_schema(self, schema: core_schema.WithDefaultSchema) -> JsonSchemaValue:
        """A field with a default; a `None` default is left out (it says nothing)."""
        value = super().default_schema(schema)
        if value.get("default", 0) is None:
            value.pop("default")
        return value

    def bytes_schema(self, schema: core_schema.BytesSchema) -> JsonSchemaValue:
        """Bytes as a binary string."""
        return {"type": "string", "format": "binary"}


def _boolean_bounds(value: JsonSchemaValue) -> JsonSchemaValue:
    for bound, plain in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        limit = value.get(bound)
        if isinstance(limit, int | float) and not isinstance(limit, bool):
            value[plain] = limit
            value[bound] = True
    return value


MODE: JsonSchemaMode = "validation"


@functools.lru_cache(maxsize=256)
def _adapter_schema(item: Any) -> CoreSchema:
    adapter: TypeAdapter[Any] = TypeAdapter(item)
    return adapter.core_schema


def core_schema_of(item: Any) -> CoreSchema:
    """The pydantic core schema of a type; a model's own, without a new adapter."""
    if is_model_type(item):
        schema: CoreSchema = item.__pydantic_core_schema__
        return schema
    try:
        return _adapter_schema(item)
    except TypeError:  # an unhashable annotation
        adapter: TypeAdapter[Any] = TypeAdapter(item)
        return adapter.core_schema


def definitions_for(
    types: Iterable[Any],
) -> tuple[dict[Any, JsonSchemaValue], dict[str, JsonSchemaValue]]:
    """Schemas of `types` (with `$ref`s for models) and every definition they need."""
    unique: list[Any] = []
    for item in types:
        if item not in unique:
            unique.append(item)
    inputs: list[tuple[Any, JsonSchemaMode, CoreSchema]] = [
        (item, MODE, core_schema_of(item)) for item in unique
    ]
    generator = SwaggerJsonSchema(ref_template=REF_TEMPLATE)
    mapping, definitions = generator.generate_definitions(inputs)
    schemas = {key: value for (key, _mode), value in mapping.items()}
    for name, definition in definitions.items():
        if definition.get("title") == name:  # pydantic titles some classes after the fact
            del definition["title"]
    return schemas, dict(sorted(definitions.items()))


def is_model_type(annotation: Any) -> bool:
    """Whether `annotation` is a pydantic model class."""
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
