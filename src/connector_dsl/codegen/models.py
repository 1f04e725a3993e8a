"""JSON schemas to pydantic model classes and type expressions.

Every definition that is an object with properties becomes a model class named
after it (`definition_name` says the name when the class name cannot); inline
object schemas become models with `definition_name = None`, written in place.
Other schemas become type expressions (`str`, `list[Item]`, `dict[str, Any]`,
`Any`). A definition its model does not build exactly is written raw, alone
(`RawDocument(definitions=Raw(...))`, see `connector_dsl.authoring.raw`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field, TypeAdapter

from connector_dsl.codegen.literals import docstring, literal
from connector_dsl.codegen.names import (
    FIELD_RESERVED,
    MODEL_ATTRIBUTES,
    Namer,
    class_name,
    field_name,
    words,
)
from connector_dsl.document import Schema
from connector_dsl.document.base import swagger_alias

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_VISIBILITIES = ("important", "advanced", "internal")
_MAX_DEPTH = 6
_INLINE_DEPTH = 6
"""Inline objects nested deeper than this are `dict[str, Any]` (as deep as references go)."""


@dataclass
class ModelClass:
    """One generated model class."""

    name: str
    description: str | None
    settings: list[str] = field(default_factory=list)
    """Class-level lines before the fields (`definition_name`, `model_config`)."""
    fields: list[str] = field(default_factory=list)
    depends: set[str] = field(default_factory=set)
    base: str = "BaseModel"
    """`BaseModel`; `RootModel[list[...]]` for arrays; `StrEnum` or `IntEnum` for enums."""


@dataclass
class Models:
    """The model classes of one module, named uniquely in its namer."""

    namer: Namer
    definitions: dict[str, Any]
    classes: dict[str, ModelClass] = field(default_factory=dict)
    by_definition: dict[str, str] = field(default_factory=dict)
    typed: bool = True
    inline_base: str = ""
    """The module's base class of models written in place (`definition_name = None`)."""
    inline_used: bool = False
    looped: set[str] = field(default_factory=set)
    """Array definitions that are arrays of themselves (see `_array_loops`): untyped."""
    _named: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    """The definitions' class names (`by_definition`'s values), for `_uses`."""

    def __post_init__(self) -> None:
        self.looped = _array_loops(self.definitions)
        for name, schema in self.definitions.items():
            if _is_object_model(schema) or (
                self.typed
                and (
                    _enum_type(schema) is not None
                    or (_is_array(schema) and name not in self.looped)
                )
            ):
                self.by_definition[name] = self.namer.unique(
                    class_name(name, "Definition"), "Model"
                )
        self.inline_base = self.namer.unique("Inline", "Model")
        self._named = frozenset(self.by_definition.values())
        for name, cls in list(self.by_definition.items()):
            schema = self.definitions[name]
            if _is_object_model(schema):
                self._build(cls, schema, 0, name)
            elif _is_array(schema):
                self._build_array(cls, schema, name)
            else:
                self._build_enum(cls, schema, name)

    def type_of(self, schema: Any, hint: str, depth: int = 0) -> str:
        """The type expression of `schema`; `hint` names a new class for an inline object."""
        if not self.typed or not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = ref.removeprefix("#/definitions/")
            if target in self.by_definition:
                return self.by_definition[target]
            if target in self.looped:
                return "Any"  # an array of itself: no type says it
            resolved = self.definitions.get(target) if ref.startswith("#/definitions/") else None
            return self.type_of(resolved, hint, depth + 1) if resolved is not None else "Any"
        kind = schema.get("type")
        if isinstance(kind, list):
            return type_list(kind)
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            items = schema.get("items")
            inner = self.type_of(items, hint + "Item", depth + 1)
            extra = item_extra(items, inner)
            if extra:
                inner = f"Annotated[{inner}, Field(json_schema_extra={literal(extra)})]"
            return f"list[{inner}]"
        if _is_object_model(schema) and depth <= _INLINE_DEPTH:
            name = self.namer.unique(class_name(hint, "Model"), "Model")
            self._build(name, schema, depth + 1, None)
            return name
        if kind == "object":
            return "dict[str, Any]"
        return "Any"

    def _uses(self, kind: str) -> set[str]:
        """The generated classes a type expression names (a set per call would be quadratic)."""
        named = self._named
        return {word for word in _words_of(kind) if word in self.classes or word in named}

    def _build(self, name: str, schema: dict[str, Any], depth: int, definition: str | None) -> None:
        description = schema.get("description")
        model = ModelClass(name, description if isinstance(description, str) else None)
        self.classes[name] = model
        if definition is None:
            model.base = self.inline_base
            self.inline_used = True
        elif definition != name:
            model.settings.append(f"definition_name: ClassVar[str | None] = {literal(definition)}")
        config = model_config(schema)
        if config:
            model.settings.append(f"model_config = {config}")
        required = schema.get("required")
        required_names = set(required) if isinstance(required, list) else set()
        names = Namer(MODEL_ATTRIBUTES, FIELD_RESERVED)
        for wire in _field_order(schema["properties"], required):
            prop = schema["properties"][wire]
            python = names.unique(field_name(wire, module=self.namer))
            hint = name + class_name(wire, "Field")
            kind = self.type_of(prop, hint, depth)
            model.depends.update(self._uses(kind))
            optional = wire not in required_names
            # required, internal and with a default: the compiler lists it as required itself
            sent = (
                not optional
                and isinstance(prop, dict)
                and "default" in prop
                and prop.get("x-ms-visibility") == "internal"
            )
            marked = isinstance(prop, dict) and prop.get("x-nullable") is True
            # `X | None` when the field may be left out or be null; only `X | None`
            # without a default is nullable by itself, the others say `nullable=True`
            takes_none = kind != "Any" and (optional or marked)
            given = isinstance(prop, dict) and "default" in prop and (optional or sent)
            value = prop["default"] if given and isinstance(prop, dict) else None
            # a default that is no value of the type (`"false"` for a bool) goes in Field
            in_field = given and not default_fits(value, kind, nullable=takes_none)
            extras: list[str] = []
            field_call = _field_call(
                prop, None if python == wire else wire, literal(value) if in_field else None
            )
            if field_call:
                extras.append(field_call)
            doc = field_docstring(prop)
            ui = ui_call(
                prop, nullable=takes_none and not optional and not sent, description=doc is None
            )
            if ui:
                extras.append(ui)
            annotated = f"{kind} | None" if takes_none else kind
            if extras:
                annotated = f"Annotated[{annotated}, {', '.join(extras)}]"
            default = "" if in_field or not (optional or sent) else f" = {literal(value)}"
            model.fields.append(f"{python}: {annotated}{default}")
            if doc is not None:
                model.fields.append(doc)

    def _build_array(self, name: str, schema: dict[str, Any], definition: str) -> None:
        """An array definition: `RootModel[list[Item]]`."""
        description = schema.get("description")
        model = ModelClass(name, description if isinstance(description, str) else None)
        self.classes[name] = model
        if definition != name:
            model.settings.append(f"definition_name: ClassVar[str | None] = {literal(definition)}")
        config = model_config(schema, {"type", "items", "description"})
        if config:
            model.settings.append(f"model_config = {config}")
        kind = self.type_of(schema["items"], name + "Item", 1)
        model.depends.update(self._uses(kind))
        model.base = f"RootModel[list[{kind}]]"

    def _build_enum(self, name: str, schema: dict[str, Any], definition: str) -> None:
        """An enum definition: `class Name(StrEnum)` (or `IntEnum`), one member per value."""
        description = schema.get("description")
        extra = {k: v for k, v in schema.items() if k not in ("type", "enum", "description")}
        if isinstance(description, str) and docstring(description) is None:
            extra["description"] = description
            description = None
        elif "description" in schema and not isinstance(description, str):
            extra["description"] = description
        model = ModelClass(name, description if isinstance(description, str) else None)
        model.base = "StrEnum" if _enum_type(schema) == "str" else "IntEnum"
        self.classes[name] = model
        if definition != name:
            model.settings.append(f"definition_name = nonmember({literal(definition)})")
        if extra:
            model.settings.append(f"json_schema_extra = nonmember({literal(extra)})")
        members = Namer(_ENUM_ATTRIBUTES)
        for index, value in enumerate(schema["enum"]):
            model.fields.append(f"{members.unique(_member_name(value, index))} = {literal(value)}")

    def ordered(self) -> list[ModelClass]:
        """Classes with what they use first, where there is no cycle.

        A root model's item classes always come before it, cycle or not: its base
        (`RootModel[list[Item]]`) is evaluated when the class is made, while field
        annotations are not (`from __future__ import annotations`).
        """
        preferred: list[str] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            if name in seen:
                return
            seen.add(name)
            for dep in sorted(self.classes[name].depends):
                visit(dep)
            preferred.append(name)

        for name in list(self.classes):
            visit(name)
        done: list[ModelClass] = []
        placed: set[str] = set()

        def place(name: str) -> None:
            if name in placed:
                return
            placed.add(name)  # no loop of root models: `_array_loops` leaves those untyped
            model = self.classes[name]
            if model.base.startswith("RootModel["):
                for dep in sorted(model.depends):
                    place(dep)
            done.append(model)

        for name in preferred:
            place(name)
        return done


def type_list(kinds: list[Any]) -> str:
    """The type of a schema whose `type` is a list (`["string", "null"]`, as real files have).

    Python says the one type other than `null` (`Any` when there are more, or an
    unknown one); the list itself, which the authoring layer cannot write from a
    type, is given as it is by `Field(json_schema_extra=...)`.
    """
    others = [kind for kind in kinds if kind != "null"]
    one = others[0] if len(others) == 1 and isinstance(others[0], str) else None
    base = _SCALARS.get(one, "Any") if one is not None else "Any"
    return f"Annotated[{base}, Field(json_schema_extra={literal({'type': kinds})})]"


def _field_order(properties: dict[str, Any], required: Any) -> list[str]:
    """Property names, with the required ones in the order of `required`.

    pydantic lists required fields in field order; this order gives the same list.
    """
    order = list(properties)
    if not isinstance(required, list):
        return order
    wanted = [name for name in required if isinstance(name, str) and name in properties]
    if len(set(wanted)) != len(wanted):
        return order
    slots = iter(wanted)
    return [next(slots) if name in wanted else name for name in order]


_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "dict[str, Any]": (dict,),
}


def default_fits(value: Any, kind: str, *, nullable: bool) -> bool:
    """Whether a type checker takes JSON `value` as a default of a field of type `kind`."""
    if kind == "Any":
        return True
    if value is None:
        return nullable
    if isinstance(value, list) and kind.startswith("list[") and kind.endswith("]"):
        inner = kind[len("list[") : -1]
        return all(default_fits(item, inner, nullable=False) for item in value)
    allowed = _PYTHON_TYPES.get(kind)
    if allowed is None or (isinstance(value, bool) and bool not in allowed):
        return False
    return isinstance(value, allowed)


_STRUCTURE = frozenset({"type", "items", "properties", "required", "$ref", "default", "x-nullable"})
"""Keys a property's type and default write (or that its model's own settings hold)."""
_CONSTRAINTS = {"maxLength", "minLength", "pattern", "minimum", "maximum"}


def _written(schema: dict[str, Any]) -> set[str]:
    """The keys of a property that `Ui(...)` and `Field(...)` write for it (see `ui_call`)."""
    keys = {"format"} if isinstance(schema.get("format"), str) and "$ref" not in schema else set()
    summary = schema.get("x-ms-summary")
    if isinstance(summary, str) and summary.strip():
        keys.add("x-ms-summary")
    for key in ("description", "title"):
        if isinstance(schema.get(key), str):
            keys.add(key)
    if schema.get("x-ms-visibility") in _VISIBILITIES:
        keys.add("x-ms-visibility")
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(_scalar(v) for v in enum):
        keys.add("enum")
    if "example" in schema:
        keys.add("example")
    for key in ("readOnly", "x-ms-notification-url"):
        if schema.get(key) is True:
            keys.add(key)
    keys.update(
        key
        for key in schema
        if key.startswith("x-") and key not in _UI_KEYS and key not in _TYPED_EXTENSIONS
    )
    if constraint_args(schema):
        keys.update(_CONSTRAINTS & set(schema))
    return keys


def schema_extra(schema: Any) -> dict[str, Any]:
    """A property's keys that no typed option writes, for `Field(json_schema_extra=...)`."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return {}
    written = _written(schema) | _STRUCTURE
    return {key: value for key, value in schema.items() if key not in written}


def item_extra(items: Any, kind: str) -> dict[str, Any]:
    """The keys of a plain array item (`str`, ..., `Any`) that its type does not write."""
    if not isinstance(items, dict) or "$ref" in items or not items:
        return {}
    if kind == "Any":
        return dict(items)
    if kind in _SCALARS.values():
        return {key: value for key, value in items.items() if key != "type"}
    return {}


def _field_call(schema: Any, alias: str | None, default: str | None = None) -> str:
    """`Field(default=..., alias=..., title=..., max_length=..., json_schema_extra=...)`, or ''."""
    args: list[str] = []
    if default is not None:
        args.append(f"default={default}")
    extra = schema_extra(schema)
    if extra:
        args.append(f"json_schema_extra={literal(extra)}")
    if alias is not None:
        args.append(f"alias={literal(alias)}")
    if isinstance(schema, dict) and isinstance(schema.get("title"), str):
        args.append(f"title={literal(schema['title'])}")
    args.extend(constraint_args(schema))
    return f"Field({', '.join(args)})" if args else ""


def constraint_args(schema: Any) -> list[str]:
    """`Field` arguments for a schema's length, pattern and bounds that pydantic writes back."""
    args: list[str] = []
    if not isinstance(schema, dict) or schema.get("type") not in ("string", "integer", "number"):
        return args
    if schema["type"] != "string":
        return _bounds(schema)
    for key, name in (("maxLength", "max_length"), ("minLength", "min_length")):
        value = schema.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            args.append(f"{name}={literal(value)}")
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _compiles(pattern):
        args.append(f"pattern={literal(pattern)}")
    return args


def _bounds(schema: dict[str, Any]) -> list[str]:
    args: list[str] = []
    if "exclusiveMinimum" in schema or "exclusiveMaximum" in schema:
        return args
    for key, name in (("minimum", "ge"), ("maximum", "le")):
        value = schema.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            args.append(f"{name}={literal(value)}")
    return args


@functools.lru_cache(maxsize=1024)
def _compiles(pattern: str) -> bool:
    """Whether pydantic takes `pattern` (its regex engine has no look-around, for one)."""
    from pydantic_core import SchemaError

    try:
        TypeAdapter(Annotated[str, Field(pattern=pattern)])
    except SchemaError:  # how pydantic's regex engine refuses a pattern
        return False
    return True


def _words_of(expression: str) -> list[str]:
    for mark in "[],|":
        expression = expression.replace(mark, " ")
    return expression.split()


def _is_object_model(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type", "object") == "object"
        and "$ref" not in schema
        and isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
        and all(isinstance(k, str) for k in schema["properties"])
    )


def _enum_type(schema: Any) -> str | None:
    """`str` or `int` for an enum definition an `Enum` class builds, else None."""
    if not isinstance(schema, dict) or "$ref" in schema or "properties" in schema:
        return None
    values = schema.get("enum")
    if not isinstance(values, list) or not values or len(set(map(repr, values))) != len(values):
        return None
    if schema.get("type") == "string" and all(isinstance(v, str) for v in values):
        return "str"
    if schema.get("type") == "integer" and all(
        isinstance(v, int) and not isinstance(v, bool) for v in values
    ):
        return "int"
    return None


def _array_loops(definitions: dict[str, Any]) -> set[str]:
    """Array definitions whose items come back to them through array definitions only.

    `Tree = array of Tree` cannot be a root model: the class would be its own base's
    argument before it exists, so these stay untyped.
    """

    def items_ref(schema: Any) -> str | None:
        while _is_array(schema):
            schema = schema["items"]
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/definitions/"):
            return None
        return ref.removeprefix("#/definitions/")

    looped: set[str] = set()
    for start in definitions:
        name: str | None = start
        seen: set[str] = set()
        while name is not None and name not in seen and _is_array(definitions.get(name)):
            seen.add(name)
            name = items_ref(definitions[name])
            if name == start:
                looped.add(start)
    return looped


def _is_array(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") == "array"
        and isinstance(schema.get("items"), dict)
        and not {"$ref", "properties", "enum"} & set(schema)
    )


_ENUM_ATTRIBUTES = frozenset({"definition_name", "json_schema_extra", "name", "value", "mro"})


def _member_name(value: str | int, index: int) -> str:
    """`in progress` -> `IN_PROGRESS`; `VALUE_3` for a number, `VALUE_MINUS_3` below zero."""
    if isinstance(value, int):
        return f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
    name = "_".join(w.upper() for w in words(value))
    if not name:
        return f"VALUE_{index}"
    return f"VALUE_{name}" if name[0].isdigit() else name


_MODEL_KEYS = frozenset({"type", "properties", "required", "description"})


def model_config(schema: dict[str, Any], keys: frozenset[str] | set[str] = _MODEL_KEYS) -> str:
    """`ConfigDict(title=..., json_schema_extra={...})` for a model's other keys, or ''.

    `keys` are those the class itself builds (for an object model: its fields).
    """
    args: list[str] = []
    title = schema.get("title")
    if isinstance(title, str):
        args.append(f"title={literal(title)}")
    extra = {k: v for k, v in schema.items() if k not in keys and k != "title"}
    if "title" in schema and not isinstance(title, str):
        extra["title"] = schema["title"]
    if extra:
        args.append(f"json_schema_extra={literal(extra)}")
    return f"ConfigDict({', '.join(args)})" if args else ""


_UI_KEYS = {"x-ms-summary", "x-ms-visibility", "x-nullable"}


def _typed_extensions() -> frozenset[str]:
    """`x-` keys that are typed fields of a schema node: never written as `extension(...)`.

    Their values must have the field's shape, which only reading checks; so a
    property with one of them (other than `Ui`'s own) is left to the raw forms.
    """

    return frozenset(
        alias for alias in map(swagger_alias, Schema.model_fields) if alias.startswith("x-")
    )


_TYPED_EXTENSIONS = _typed_extensions()


def field_docstring(schema: Any) -> str | None:
    """The docstring that says a property's description under its field, when one can."""
    description = schema.get("description") if isinstance(schema, dict) else None
    return docstring(description) if isinstance(description, str) else None


def ui_call(schema: Any, *, nullable: bool = False, description: bool = True) -> str:
    """`Ui(summary=..., format=..., ...)` for a property, or ''.

    `nullable` says whether the field is `X | None` without a default, which
    the compiler writes with `x-nullable: true` by itself; any other field
    with `x-nullable: true` says `nullable=True`. `description=False` leaves the
    description to the field's docstring (see `field_docstring`).
    """
    if not isinstance(schema, dict):
        return ""
    args: list[str] = []
    summary = schema.get("x-ms-summary")
    if isinstance(summary, str) and summary.strip():
        args.append(f"summary={literal(summary)}")
    text = schema.get("description")
    if description and isinstance(text, str):
        args.append(f"description={literal(text)}")
    visibility = schema.get("x-ms-visibility")
    if visibility in _VISIBILITIES:
        args.append(f"visibility={literal(visibility)}")
    if isinstance(schema.get("format"), str) and "$ref" not in schema:
        args.append(f"format={literal(schema['format'])}")
    enum = schema.get("enum")
    if isinstance(enum, list) and enum and all(_scalar(v) for v in enum):
        args.append(f"enum={literal(enum)}")
    if "example" in schema:
        args.append(f"example={literal(schema['example'])}")
    if schema.get("readOnly") is True:
        args.append("read_only=True")
    if schema.get("x-ms-notification-url") is True:
        args.append("notification_url=True")
    marked = schema.get("x-nullable")
    if nullable and marked is not True:
        args.append("nullable=False")
    elif not nullable and marked is True:
        args.append("nullable=True")
    extensions = [
        f"extension({literal(key)}, {literal(value)})"
        for key, value in schema.items()
        if key.startswith("x-") and key not in _UI_KEYS and key not in _TYPED_EXTENSIONS
    ]
    if extensions:
        args.append(f"extensions=({', '.join(extensions)},)")
    return f"Ui({', '.join(args)})" if args else ""


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | bool)


def render_bases(models: Models) -> list[str]:
    """The module's base class of models written in place, when there is one."""
    parts: list[str] = []
    if models.inline_used:
        parts.append(
            f"class {models.inline_base}(BaseModel):\n"
            '    """A model written in place where it is used: no definition of its own."""\n\n'
            "    definition_name: ClassVar[str | None] = None"
        )
    return parts


def render_model(model: ModelClass) -> str:
    """The source of one model class."""
    lines = [f"class {model.name}({model.base}):"]
    if model.description is not None:
        lines.append(
            f"    {docstring(model.description) or '__doc__ = ' + literal(model.description)}"
        )
        lines.append("")
    lines.extend(f"    {line}" for line in model.settings)
    lines.extend(f"    {line}" for line in model.fields)
    if len(lines) == 1:
        lines.append("    pass")
    return "\n".join(lines)
