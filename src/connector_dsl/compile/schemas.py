"""Swagger 2.0 schemas from pydantic's own JSON-schema generator.

One `generate_definitions` pass over every body, response and payload model so
that definition names agree; the generator is adapted to Swagger 2.0:
`#/definitions/...` references, `enum` instead of `const`, boolean exclusive
bounds, and no automatic titles.

Optional is not nullable: a field with a default (`x: X | None = None`) is
optional, left out of `required`, and gets no `x-nullable`; a field that allows
`None` without a default (`x: X | None`) is required and nullable
(`x-nullable: true`), as is `None` inside a container (`list[X | None]`).
`Ui(nullable=True)` asks for `x-nullable: true` on any field.

A model's definition is named after its class, or after its `definition_name`
class variable; `definition_name = None` writes the model's schema inline
wherever it is used (as the input had it), with no definition at all.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable
from enum import Enum
from typing import Any

from pydantic import BaseModel, TypeAdapter
from pydantic.json_schema import (
    CoreModeRef,
    DefsRef,
    GenerateJsonSchema,
    JsonRef,
    JsonSchemaMode,
    JsonSchemaValue,
    _DefinitionsRemapping,
)
from pydantic_core import CoreSchema, core_schema

from connector_dsl.authoring.markers import SCHEMA_ANNOTATOR
from connector_dsl.compile.annotate import annotate_schema
from connector_dsl.compile.docstrings import field_docstrings

REF_TEMPLATE = "#/definitions/{model}"
_INLINE = "\x00inline:"
"""Prefix of the definition names of inline models (removed before anyone sees them)."""
_NO_NAME: Any = object()
_ENUM_EXTRA = "json_schema_extra"


def definition_name(model: type[BaseModel] | type[Enum]) -> str | None:
    """The name of `model`'s definition; None when its schema is written inline.

    An `Enum` says it with `definition_name = enum.nonmember("Name")`.
    """
    name = getattr(model, "definition_name", _NO_NAME)
    if name is _NO_NAME:
        return model.__name__
    if name is None or isinstance(name, str):
        return name
    msg = f"{model.__name__}.definition_name must be a string or None, not {type(name).__name__}"
    raise TypeError(msg)


def _model_refs(schema: Any, found: dict[str, type[BaseModel] | type[Enum]]) -> None:
    """Every model's (and enum's) core reference in a core schema, with its class."""
    if isinstance(schema, dict):
        if schema.get("type") in ("model", "enum") and isinstance(schema.get("ref"), str):
            found.setdefault(schema["ref"], schema["cls"])
        for value in schema.values():
            if isinstance(value, dict | list):
                _model_refs(value, found)
    elif isinstance(schema, list):
        for item in schema:
            if isinstance(item, dict | list):
                _model_refs(item, found)


class SwaggerJsonSchema(GenerateJsonSchema):
    """pydantic's generator, speaking Swagger 2.0."""

    def __init__(self, by_alias: bool = True, ref_template: str = REF_TEMPLATE) -> None:
        super().__init__(by_alias=by_alias, ref_template=ref_template)
        self._models: dict[str, type[BaseModel] | type[Enum]] = {}
        """Model and enum classes by core reference, noted as their schemas are written."""
        self._inputs: Any = ()
        self._searched = False
        """Whether every model of the inputs' core schemas is in `_models`."""
        self.titled: set[str] = set()
        """Titles from `model_config = ConfigDict(title=...)`: kept, even if automatic-looking."""
        self._optional: set[int] = set()
        """The `X | None` schemas directly under a default: optional, so not `x-nullable`."""

    @property
    def mode(self) -> JsonSchemaMode:
        """pydantic's `mode`: the config's `json_schema_mode_override`, else the mode asked for.

        Read from the config's own keys: pydantic's lookup of a key the config does
        not set goes to the defaults through an exception, on every schema node.
        """
        override = self._config.config_dict.get("json_schema_mode_override")
        return self._mode if override is None else override

    def generate_definitions(
        self, inputs: Any
    ) -> tuple[dict[tuple[Any, JsonSchemaMode], JsonSchemaValue], dict[DefsRef, JsonSchemaValue]]:
        """Definitions named by `definition_name`, with inline models written in place."""
        self._inputs = inputs
        mapping, definitions = super().generate_definitions(inputs)
        return _inline_models(mapping, definitions)

    def _model(self, core_ref: str) -> type[BaseModel] | type[Enum] | None:
        """The model or enum class of a core reference (None: not a model's).

        A model's schema notes its class before anything asks for its definition's
        name (`model_schema`, `enum_schema`, `definitions_schema`); if something asks
        first, every core schema of the inputs is searched, once.
        """
        model = self._models.get(core_ref)
        if model is None and not self._searched:
            self._searched = True
            for _key, _mode, schema in self._inputs:
                _model_refs(schema, self._models)
            model = self._models.get(core_ref)
        return model

    def _note(self, schema: Any) -> None:
        """Note the class of a model or enum core schema under its reference."""
        if schema.get("type") in ("model", "enum") and isinstance(schema.get("ref"), str):
            self._models.setdefault(schema["ref"], schema["cls"])

    def definitions_schema(self, schema: core_schema.DefinitionsSchema) -> JsonSchemaValue:
        """Definitions of a core schema, their classes noted before any refers to another."""
        for definition in schema["definitions"]:
            self._note(definition)
        return super().definitions_schema(schema)

    def get_defs_ref(self, core_mode_ref: CoreModeRef) -> DefsRef:
        """A model's definition named by its `definition_name` first of all."""
        defs_ref = super().get_defs_ref(core_mode_ref)
        model = self._model(core_mode_ref[0])
        if model is not None:
            name = definition_name(model)
            wanted = _INLINE + core_mode_ref[0] if name is None else name
            choices = self._prioritized_defsref_choices[defs_ref]
            self._prioritized_defsref_choices[defs_ref] = [DefsRef(wanted), *choices]
        return defs_ref

    def _build_definitions_remapping(self) -> Any:
        """Each definition under its first choice of name, when no other definition wants it.

        pydantic finds a name for every definition by comparing the schemas of all the
        candidate names, over and over until nothing changes: the most expensive step of
        schema generation. When no definition's first choice is a candidate of another,
        that comparison can only pick the first choices, so they are taken directly.
        Otherwise (two models share a name) pydantic decides as usual.
        """
        choices: dict[DefsRef, list[DefsRef]] = self._prioritized_defsref_choices
        firsts = {options[0]: ref for ref, options in choices.items() if options}
        clear = len(firsts) == len(choices) and all(
            firsts.get(option, ref) == ref for ref, options in choices.items() for option in options
        )
        if not clear:
            return super()._build_definitions_remapping()
        template = self.ref_template
        json_remapping = {
            JsonRef(template.format(model=option)): JsonRef(template.format(model=options[0]))
            for options in choices.values()
            for option in options
        }
        return _DefinitionsRemapping(
            {ref: options[0] for ref, options in choices.items()}, json_remapping
        )

    def field_title_should_be_set(self, schema: Any) -> bool:
        """Never add automatic titles: `x-ms-summary` is the designer's title."""
        return False

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        """A model without its automatic title (`model_config = ConfigDict(title=...)` stays)."""
        self._note(schema)
        value = super().model_schema(schema)
        title = schema["cls"].model_config.get("title")
        if title is None:
            value.pop("title", None)
        else:
            self.titled.add(title)
        properties = value.get("properties", {})
        _describe_from_docstrings(schema["cls"], properties)
        required: list[str] = value.get("required", [])
        # The platform sends an internal input's default only when the input is required.
        internal = {
            name
            for name, prop in properties.items()
            if prop.get("x-ms-visibility") == "internal" and "default" in prop
        }
        if internal - set(required):
            wanted = internal | set(required)
            required = [name for name in properties if name in wanted]  # in field order
        if required:
            value["required"] = required
        return value

    def enum_schema(self, schema: core_schema.EnumSchema) -> JsonSchemaValue:
        """An enum without its automatic title, with its `json_schema_extra` keys.

        `json_schema_extra = enum.nonmember({...})` on the class adds (or
        replaces) keys of the enum's schema: `title`, `format`, `x-ms-enum`, ...
        """
        self._note(schema)
        value = super().enum_schema(schema)
        value.pop("title", None)
        extra = getattr(schema["cls"], _ENUM_EXTRA, None)
        if isinstance(extra, dict):
            value.update(extra)
            if isinstance(extra.get("title"), str):
                self.titled.add(extra["title"])
        return value

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        """`X | None` as `X`, with `x-nullable: true` unless the field has a default."""
        inner = self.generate_inner(schema["schema"])
        if id(schema) in self._optional:
            return inner
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
        """A field with a default; a `None` default is left out (it says nothing).

        A default makes an `X | None` field optional, not nullable.
        """
        if schema["schema"]["type"] == "nullable":
            self._optional.add(id(schema["schema"]))
        value = super().default_schema(schema)
        if value.get("default", 0) is None:
            value.pop("default")
        return value

    def bytes_schema(self, schema: core_schema.BytesSchema) -> JsonSchemaValue:
        """Bytes as a binary string."""
        return {"type": "string", "format": "binary"}

    def encode_default(self, dft: Any) -> Any:
        """A plain JSON default as it is (pydantic would build a `TypeAdapter` for each)."""
        plain = _plain_json(dft)
        return super().encode_default(dft) if plain is _NOT_PLAIN else plain


def _describe_from_docstrings(cls: type[BaseModel], properties: dict[str, Any]) -> None:
    """A field's docstring as its property's description, when nothing else gives one."""
    docs = field_docstrings(cls)
    if not docs:
        return
    for name, info in cls.model_fields.items():
        doc = docs.get(name)
        if doc is None or info.description is not None:
            continue
        alias = info.validation_alias if isinstance(info.validation_alias, str) else info.alias
        prop = properties.get(alias or name)
        if isinstance(prop, dict) and "description" not in prop:
            prop["description"] = doc


_NOT_PLAIN: Any = object()
_SCALARS = frozenset({str, int, bool, type(None)})


def _plain_json(value: Any) -> Any:
    """A fresh copy of `value` when it is made of JSON's own types only, else `_NOT_PLAIN`.

    Exact types: an enum member or a `str` subclass goes to pydantic's encoder.
    """
    kind = type(value)
    if kind in _SCALARS or (kind is float and math.isfinite(value)):
        return value
    if kind is list:
        items = [_plain_json(item) for item in value]
        return _NOT_PLAIN if any(item is _NOT_PLAIN for item in items) else items
    if kind is dict and all(type(key) is str for key in value):
        pairs = {key: _plain_json(item) for key, item in value.items()}
        return _NOT_PLAIN if any(item is _NOT_PLAIN for item in pairs.values()) else pairs
    return _NOT_PLAIN


def _inline_models(
    mapping: dict[tuple[Any, JsonSchemaMode], JsonSchemaValue],
    definitions: dict[DefsRef, JsonSchemaValue],
) -> tuple[dict[tuple[Any, JsonSchemaMode], JsonSchemaValue], dict[DefsRef, JsonSchemaValue]]:
    """Inline models' schemas written where they are referred to, not as definitions."""
    inline = {name for name in definitions if name.startswith(_INLINE)}
    if not inline:
        return mapping, definitions
    targets = {REF_TEMPLATE.format(model=name): name for name in inline}

    def expand(value: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(value, list):
            return [expand(item, seen) for item in value]
        if not isinstance(value, dict):
            return value
        ref = value.get("$ref")
        target = targets.get(ref) if isinstance(ref, str) else None
        if target is None:
            return {k: expand(v, seen) for k, v in value.items()}
        if target in seen:
            msg = "a model with definition_name = None refers to itself: give it a name"
            raise TypeError(msg)
        siblings = {k: expand(v, seen) for k, v in value.items() if k != "$ref"}
        return {**expand(definitions[target], (*seen, target)), **siblings}

    kept = {name: expand(value, ()) for name, value in definitions.items() if name not in inline}
    return {key: expand(value, ()) for key, value in mapping.items()}, kept


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
    token = SCHEMA_ANNOTATOR.set(annotate_schema)
    try:
        mapping, definitions = generator.generate_definitions(inputs)
    finally:
        SCHEMA_ANNOTATOR.reset(token)
    schemas = {key: value for (key, _mode), value in mapping.items()}
    for name, definition in definitions.items():
        if (
            definition.get("title") == name and name not in generator.titled
        ):  # pydantic titles some classes after the fact
            del definition["title"]
    return schemas, dict(sorted(definitions.items()))


def is_model_type(annotation: Any) -> bool:
    """Whether `annotation` is a pydantic model class."""
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
