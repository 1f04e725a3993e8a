"""JSON schemas to pydantic model classes and type expressions.

Every definition becomes a class named after it (`definition_name` says the
name when the class name cannot): a model for an object with properties, a
`StrEnum`/`IntEnum` for an enum, a `RootModel[...]` for anything else (`str`,
`list[Item]`, `dict[str, Item]`, ...). Inline object schemas become models with
`definition_name = None`, written in place; an inline schema equal to a
definition's is a subclass of that definition's model. Other schemas become type
expressions (`type_tree`). Whatever the typed form does not write exactly is
given per key, on the one property (`Field(json_schema_extra=...)`) or the one
class (`ConfigDict(json_schema_extra=...)`), as `model_check` finds from the
schemas the compiler will write for the classes (`schema_rules`).
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import Field, TypeAdapter

from connector_dsl.codegen.copies import Copies
from connector_dsl.codegen.literals import docstring, literal
from connector_dsl.codegen.names import (
    FIELD_RESERVED,
    MODEL_ATTRIBUTES,
    Namer,
    class_name,
    words,
)
from connector_dsl.codegen.type_tree import (
    ANY,
    SCALARS,
    DictOf,
    ListOf,
    LiteralOf,
    Named,
    TypeNode,
    WithField,
    field_source,
    record_field,
)
from connector_dsl.document import Schema
from connector_dsl.document.base import swagger_alias

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_SCALAR_NODES = {kind: Named(name) for kind, name in _SCALARS.items()}
_BINARY = {"type": "string", "format": "binary"}
"""A binary string: `bytes`."""
_BYTES = Named("bytes")
_VISIBILITIES = ("important", "advanced", "internal")
_MAX_DEPTH = 6
_INLINE_DEPTH = 6
"""Inline objects nested deeper than this are `dict[str, Any]` (as deep as references go)."""
_MODEL_DEPTH = min(_MAX_DEPTH, _INLINE_DEPTH)
"""The deepest an inline object is a model of its own (`node_of`'s two limits)."""

NO_DEFAULT: Any = object()
"""A field without a class-level default."""
_KIND = operator.attrgetter("kind")

Form = Literal["model", "root", "enum", "copy", "stub"]
"""A class's form: a model with fields, a `RootModel[...]`, an enum, a subclass of a
definition's model with the same schema, or an empty model standing for a definition
written raw."""


@dataclass
class FieldCode:
    """One field of a generated model."""

    python: str
    wire: str
    kind: TypeNode
    takes_none: bool
    """`kind | None`."""
    options: dict[str, Any] = field(default_factory=dict)
    """`Field(...)` keyword arguments (JSON values; `json_schema_extra` a dict)."""
    ui: dict[str, Any] = field(default_factory=dict)
    """`Ui(...)` keyword arguments (JSON values; `extensions` a tuple of key-value pairs)."""
    default: Any = NO_DEFAULT
    doc: str | None = None
    """The docstring under the field that gives its description (see `field_docstring`)."""

    def annotation(self) -> str:
        """The field's annotation source."""
        return self._annotation(set())

    def source(self) -> str:
        """The field's line, and its docstring's."""
        return self.written(set())

    def written(self, used: set[str]) -> str:
        """`source()`, with its names added to `used` but keywords and builtins.

        A default is a literal and a docstring a string: neither has other names
        (see `used_names`).
        """
        line = self.line(used)
        return line if self.doc is None else f"{line}\n{self.doc}"

    def line(self, used: set[str]) -> str:
        """The field's line (one line: literals escape line breaks), its names added to `used`."""
        used.add(self.python)
        line = f"{self.python}: {self._annotation(used)}"
        if self.default is not NO_DEFAULT:
            line += " = " + literal(self.default)
        return line

    def _annotation(self, used: set[str]) -> str:
        kind = self.kind
        if type(kind) is Named:  # the common case, without calls
            text = kind.name
            used.add(text)
        else:
            text = kind.source()
            kind.record(used)
        if self.takes_none:
            text += " | None"
        options, ui = self.options, self.ui
        if not options and not ui:
            return text
        used.add("Annotated")
        if options:
            record_field(options, used)
            extras = field_source(options)
            if ui:
                record_ui(ui, used)
                extras += ", " + ui_source(ui)
        else:
            record_ui(ui, used)
            extras = ui_source(ui)
        return f"Annotated[{text}, {extras}]"


@dataclass
class ModelClass:
    """One generated class, and the schema it must build."""

    name: str
    description: str | None
    schema: dict[str, Any]
    """The schema the class builds: its definition, or the inline schema it writes."""
    definition: str | None = None
    """The definition's name; None for a model written inline."""
    form: Form = "model"
    fields: list[FieldCode] = field(default_factory=list)
    root: TypeNode | None = None
    """The root type of a `RootModel`."""
    members: list[tuple[str, str | int]] = field(default_factory=list)
    """An enum's members."""
    parent: str | None = None
    """The model a `copy` subclasses."""
    parent_defined: bool = False
    """Whether that model is a definition's (else it is written in place already)."""
    title: str | None = None
    """`ConfigDict(title=...)` (an enum's title goes in `extra`)."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Class-level keys the class does not write itself (`json_schema_extra`)."""
    module_base: str = "BaseModel"
    """A model's base: `BaseModel`, or the module's `Inline` base for one in place."""
    _uses_of: tuple[Any, ...] = field(default=(), init=False, repr=False, compare=False)
    """The root, parent and field types `_uses` was found for."""
    _uses: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    @property
    def uses(self) -> set[str]:
        """The generated classes this one names: its fields' and root's types, its parent.

        A new set each time (`used_names` shares one).
        """
        return set(self.used_names())

    def used_names(self) -> frozenset[str]:
        """`uses`, shared: found again only when the root, the parent or a field's type is
        another object than before (types are immutable)."""
        of = (self.root, self.parent, *map(_KIND, self.fields))
        if of != self._uses_of:
            self._uses = frozenset(self._names())
            self._uses_of = of
        return self._uses

    def _names(self) -> set[str]:
        """`uses`, found from the types."""
        found: set[str] = set()
        for item in self.fields:
            kind = item.kind
            if type(kind) is Named:  # the common case, without a set of its own
                if kind.name not in SCALARS:
                    found.add(kind.name)
            else:
                found |= kind.names()
        if self.root is not None:
            found |= self.root.names()
        if self.parent is not None:
            found.add(self.parent)
        return found

    @property
    def depends(self) -> set[str]:
        """The generated classes this one uses, other than itself."""
        return {name for name in self.used_names() if name != self.name}

    def base_names(self) -> set[str]:
        """The generated classes the class's base names (made before the class is)."""
        if self.form == "root" and self.root is not None:
            return self.root.names() - {self.name}
        if self.form == "copy" and self.parent is not None:
            return {self.parent}
        return set()

    @property
    def base(self) -> str:
        """The class's base, as source."""
        if self.form == "root" and self.root is not None:
            return f"RootModel[{self.root.source()}]"
        if self.form == "enum":
            return "StrEnum" if all(isinstance(v, str) for _, v in self.members) else "IntEnum"
        if self.form == "copy" and self.parent is not None:
            return self.parent
        return self.module_base if self.form == "model" else "BaseModel"

    def record_base(self, used: set[str]) -> None:
        """Add to `used` the names of `base` but keywords and builtins (`used_names`)."""
        if self.form == "root" and self.root is not None:
            used.add("RootModel")
            self.root.record(used)
        else:
            used.add(self.base)  # a class's name


@dataclass
class Models:
    """The model classes of one module, named uniquely in its namer."""

    namer: Namer
    definitions: dict[str, Any]
    classes: dict[str, ModelClass] = field(default_factory=dict)
    by_definition: dict[str, str] = field(default_factory=dict)
    typed: bool = True
    used: set[str] = field(default_factory=set)
    """Classes the operations name (so kept even when no model uses them)."""
    raw: dict[str, Any] = field(default_factory=dict)
    """Definitions no class builds exactly, written raw (the last resort; see `model_check`)."""
    inline_base: str = ""
    """The module's base class of models written in place (`definition_name = None`)."""
    looped: set[str] = field(default_factory=set)
    """Definitions whose root type comes back to them through root types only (`Any`)."""
    _copies: Copies = field(default_factory=Copies)
    _defined: set[str] = field(default_factory=set)
    """The definitions' classes (`by_definition`'s values)."""
    _refs: dict[str, TypeNode] = field(default_factory=dict)
    """The type of each `$ref` met (its definition's class, else `Any`)."""

    def __post_init__(self) -> None:
        if not self.typed:
            self.raw.update(self.definitions)
            return
        objects: set[str] = set()  # the object models among the definitions
        for name, schema in self.definitions.items():
            self.by_definition[name] = self.namer.unique(class_name(name, "Definition"), "Model")
            if _is_object_model(schema):  # an inline schema equal to it is a copy of its model
                objects.add(name)
                self._copies.add(schema, self.by_definition[name])
        self.looped = _root_loops(self.definitions, objects)
        self._defined = set(self.by_definition.values())
        self.inline_base = self.namer.unique("Inline", "Model")
        for name, cls in list(self.by_definition.items()):
            schema = self.definitions[name]
            if not isinstance(schema, dict):
                self.stub(cls, name)
                self.raw[name] = schema
            elif name in objects:
                self._build(cls, schema, 0, name)
            elif _enum_type(schema) is not None and cls == name and "title" not in schema:
                self._build_enum(cls, schema, name)
            else:
                self._build_root(cls, schema, name)

    def type_of(self, schema: Any, hint: str) -> str:
        """The source of `top_node(schema, hint)`, its classes kept (`use`)."""
        node = self.top_node(schema, hint)
        self.use(node)
        return node.source()

    def top_node(self, schema: Any, hint: str) -> TypeNode:
        """The type of a body's, a response's or a payload's schema (not yet `use`d).

        `hint` names a new class for an inline object. A binary string is `bytes`, and a
        schema with keys its type does not write (`format`, `description`, ...) is a
        `RootModel` written in place, those keys on the class.
        """
        if not self.typed or not isinstance(schema, dict):
            return ANY  # as `node_of` says
        kind = schema.get("type")
        if (kind is None or kind == "object") and "$ref" not in schema and _is_object_model(schema):
            return self._inline(schema, hint, 0)  # `node_of`'s inline model: it writes every key
        if schema == _BINARY:
            return _BYTES
        if set(schema) - _plain_keys(schema):
            name = self.namer.unique(class_name(hint, "Model"), "Model")
            self._build_root(name, schema, None)
            return Named(name)
        return self.node_of(schema, hint)

    def use(self, node: TypeNode) -> None:
        """Keep the classes `node` names: an operation writes it."""
        self.used |= node.names()

    def node_of(self, schema: Any, hint: str, depth: int = 0) -> TypeNode:
        """The type tree of `schema`; `hint` names a new class for an inline object."""
        if not self.typed or not isinstance(schema, dict):
            return ANY
        ref = schema.get("$ref")
        if isinstance(ref, str):  # a class by name, however deep
            node = self._refs.get(ref)
            if node is None:
                target = ref.removeprefix("#/definitions/")
                known = ref.startswith("#/definitions/") and target in self.by_definition
                node = self._refs[ref] = Named(self.by_definition[target]) if known else ANY
            return node
        if depth > _MAX_DEPTH:
            return ANY
        kind = schema.get("type")
        if isinstance(kind, list):
            return type_list(kind)
        if kind in _SCALARS:
            return _SCALAR_NODES[kind]
        if kind == "array":
            items = schema.get("items")
            bare = _bare_object(items)  # `dict[str, Any]` would add `additionalProperties`
            inner = ANY if bare else self.node_of(items, hint + "Item", depth + 1)
            extra = item_extra(items, inner)
            if extra:
                inner = WithField(inner, (("json_schema_extra", extra),))
            return ListOf(inner)
        if _is_object_model(schema) and depth <= _INLINE_DEPTH:
            return self._inline(schema, hint, depth)
        values = schema.get("additionalProperties")
        if kind == "object" and isinstance(values, dict) and "properties" not in schema:
            bare = _bare_object(values)
            inner = ANY if bare else self.node_of(values, hint + "Value", depth + 1)
            extra = item_extra(values, inner)
            if extra:
                inner = WithField(inner, (("json_schema_extra", extra),))
            return DictOf(inner)
        if kind == "object":
            return DictOf(ANY)
        return ANY

    def _inline(self, schema: dict[str, Any], hint: str, depth: int) -> Named:
        """The class of an inline object model: a copy of an equal schema's, else its own."""
        name = self.namer.unique(class_name(hint, "Model"), "Model")
        same = self._copies.get(schema)
        if same is not None:
            self.copy(name, schema, same)
        else:
            self._build(name, schema, depth + 1, None)
            self._copies.add(schema, name)
        return Named(name)

    def copy(self, name: str, schema: dict[str, Any], parent: str) -> None:
        """`class Name(Parent)` with `definition_name = None`: a definition's schema inline."""
        description = schema.get("description")
        model = ModelClass(name, description if isinstance(description, str) else None, schema)
        model.form = "copy"
        model.parent = parent
        model.parent_defined = parent in self._defined
        self.classes[name] = model

    def stub(self, name: str, definition: str) -> None:
        """An empty model for a definition written raw: it names the definition for others."""
        model = self.classes.get(name) or ModelClass(name, None, {}, definition)
        model.form = "stub"
        model.description = None
        model.fields = []
        model.root = None
        model.members = []
        model.title = None
        model.extra = {}
        self.classes[name] = model

    def _build(self, name: str, schema: dict[str, Any], depth: int, definition: str | None) -> None:
        description = schema.get("description")
        model = ModelClass(name, description if isinstance(description, str) else None, schema)
        model.definition = definition
        model.module_base = "BaseModel" if definition is not None else self.inline_base
        self.classes[name] = model
        model.title, model.extra = class_keys(schema, _MODEL_KEYS)
        required = schema.get("required")
        required_names = set(required) if isinstance(required, list) else set()
        names = Namer(MODEL_ATTRIBUTES, FIELD_RESERVED)
        properties = schema["properties"]
        module = self.namer
        fields = model.fields
        for wire in _field_order(properties, required):
            python = names.field(wire, module)
            optional = wire not in required_names
            fields.append(
                self._field(properties[wire], python, wire, name, depth, optional=optional)
            )

    def _field(
        self, prop: Any, python: str, wire: str, owner: str, depth: int, *, optional: bool
    ) -> FieldCode:
        """One property's field: its type, `Field(...)`, `Ui(...)` and default.

        A new class for the property's type (an inline object) is named after `owner`
        and `wire`.
        """
        is_dict = isinstance(prop, dict)
        kind = prop.get("type") if is_dict else None
        extra: dict[str, Any] | None = None
        typed = _NONE_TYPED
        node: TypeNode
        if type(kind) is str and kind in _SCALARS and depth <= _MAX_DEPTH and "$ref" not in prop:
            # the common case, as `node_of` types it
            node = _SCALAR_NODES[kind]
            source = node.name
        elif kind == "object" and depth <= _MODEL_DEPTH and _is_object_model(prop):
            # an inline object model, as `node_of` types it
            node = self._inline(prop, owner + class_name(wire, "Field"), depth)
            source = node.name
        elif kind == "object" and _bare_object(prop):
            node = ANY
            source = "Any"
            extra = {"type": "object"}
        else:
            hint = "" if _plain(prop) else owner + class_name(wire, "Field")
            node = self.node_of(prop, hint, depth)
            if isinstance(node, WithField):  # a type list: its keys go in the field's `Field`
                extra = dict(dict(node.args).get("json_schema_extra", {}))
                node = node.base
            if isinstance(node, DictOf):
                typed = _DICT_TYPED
            source = node.source()
        if is_dict and ("default" in prop or "x-nullable" in prop):
            has_default = "default" in prop
            # required, internal and with a default: the compiler lists it as required itself
            sent = not optional and has_default and prop.get("x-ms-visibility") == "internal"
            # `X | None` when the field may be left out or be null; only `X | None`
            # without a default is nullable by itself, the others say `nullable=True`
            takes_none = source != "Any" and (optional or prop.get("x-nullable") is True)
            given = has_default and (optional or sent)
            value = prop["default"] if given else None
            # a default that is no value of the type (`"false"` for a bool) goes in Field
            in_field = given and not default_fits(value, source, nullable=takes_none)
            nullable = takes_none and not optional and not sent
            default = NO_DEFAULT if in_field or not (optional or sent) else value
        else:  # what the above gives without a default or `x-nullable`
            takes_none = optional and source != "Any"
            in_field = nullable = False
            value = None
            default = None if optional else NO_DEFAULT
        alias = None if python == wire else wire
        args, ui, doc = property_args(prop, alias, in_field, value, typed, nullable=nullable)
        if extra:
            args["json_schema_extra"] = {**extra, **args.get("json_schema_extra", {})}
            args = _ordered_args(args)
        return FieldCode(python, wire, node, takes_none, args, ui, default, doc)

    def _build_root(self, name: str, schema: dict[str, Any], definition: str | None) -> None:
        """Any other definition: `RootModel[...]` of its type, its other keys on the class."""
        description = schema.get("description")
        model = ModelClass(name, description if isinstance(description, str) else None, schema)
        model.definition = definition
        model.form = "root"
        self.classes[name] = model
        looped = definition in self.looped  # `Tree = list[Tree]`: no class can be its own base
        root = ANY if _bare_object(schema) or looped else self.node_of(schema, name, 1)
        if isinstance(root, WithField):
            root = root.base
        if _enum_type(schema) is not None:  # an enum class would be titled after itself
            root = LiteralOf(tuple(schema["enum"]))
        model.root = root
        model.title, model.extra = class_keys(schema, _root_keys(schema, root))

    def _build_enum(self, name: str, schema: dict[str, Any], definition: str) -> None:
        """An enum definition: `class Name(StrEnum)` (or `IntEnum`), one member per value."""
        description = schema.get("description")
        extra = {k: v for k, v in schema.items() if k not in ("type", "enum", "description")}
        if isinstance(description, str) and docstring(description) is None:
            extra["description"] = description
            description = None
        elif "description" in schema and not isinstance(description, str):
            extra["description"] = description
        model = ModelClass(name, description if isinstance(description, str) else None, schema)
        model.definition = definition
        model.form = "enum"
        model.extra = extra
        self.classes[name] = model
        members = Namer(_ENUM_ATTRIBUTES)
        for index, value in enumerate(schema["enum"]):
            model.members.append((members.unique(_member_name(value, index)), value))

    def ordered(self, also: Iterable[str] = ()) -> list[ModelClass]:
        """Classes with what they use first, where there is no cycle; unused ones left out.

        `also` names classes kept as if used (types still to be checked, see `model_check`).

        What a class's base names (`RootModel[list[Item]]`, a copy's model) always
        comes before it, cycle or not: a base is evaluated when the class is made,
        field annotations are not (`from __future__ import annotations`).
        """
        depends: dict[str, frozenset[str]] = {}  # each class's, computed once for this order
        self._reachable(also, depends)  # what is wanted: each class `depends` holds
        classes = self.classes
        preferred: list[str] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            seen.add(name)
            deps = depends[name]
            if deps:
                for dep in sorted(deps):
                    if dep not in seen and dep in depends:  # a class, wanted as this one is
                        visit(dep)
            preferred.append(name)

        for name in classes:
            if name in depends and name not in seen:
                visit(name)
        done: list[ModelClass] = []
        placed: set[str] = set()

        def place(model: ModelClass) -> None:
            placed.add(model.name)  # no loop of bases: `_root_loops` leaves those `Any`
            for dep in sorted(model.base_names()):
                if dep not in placed and dep in classes:
                    place(classes[dep])
            done.append(model)

        for name in preferred:
            if name not in placed:
                model = classes[name]
                if model.form == "root" or model.form == "copy":  # the forms with a base
                    place(model)
                else:
                    placed.add(name)
                    done.append(model)
        return done

    def _reachable(self, also: Iterable[str], depends: dict[str, frozenset[str]]) -> None:
        """Find the classes the definitions and the operations use, and what those use.

        Each class found is a key of `depends`, with the classes it uses other than itself
        (each class's shared `used_names`, unless it names itself).
        """
        pending = [*self.by_definition.values(), *self.used, *also]
        classes = self.classes
        while pending:
            name = pending.pop()
            if name in depends or name not in classes:
                continue
            uses = classes[name].used_names()
            if name in uses:
                uses = uses - {name}
            depends[name] = uses
            pending.extend(uses)


def _plain(prop: Any) -> bool:
    """Whether `Models.node_of` names no new class for `prop` (its hint is not needed)."""
    if not isinstance(prop, dict) or isinstance(prop.get("$ref"), str):
        return True
    kind = prop.get("type")
    return (type(kind) is str and kind in _SCALARS) or isinstance(kind, list)


def _plain_keys(schema: dict[str, Any]) -> set[str]:
    """The keys of a schema other than an object model's that its type writes by itself
    (all, for a `$ref`; `Models.top_node` takes an object model, which writes all, first)."""
    kind = schema.get("type")
    if "$ref" in schema or isinstance(kind, list):
        return set(schema)
    if kind == "array":
        return {"type", "items"}
    if kind in _SCALARS:
        return {"type"}
    if kind == "object" and not _bare_object(schema):
        return {"type", "additionalProperties"}
    return {"type"} if kind in _SCALARS else set()  # `dict[str, Any]` would add a key


def _root_loops(definitions: dict[str, Any], objects: set[str]) -> set[str]:
    """Definitions whose items or values come back to them through such definitions only.

    `Tree = array of Tree` cannot be a `RootModel[list[Tree]]`: the class would be its own
    base's argument before it exists; these are `RootModel[Any]`, their keys on the class.
    `objects` are the definitions that are object models (a walk stops at one).
    """

    def target(schema: Any) -> str | None:
        while isinstance(schema, dict) and "$ref" not in schema:
            values = schema.get("additionalProperties")
            if schema.get("type") == "array" and "properties" not in schema:
                schema = schema.get("items")
            elif schema.get("type") == "object" and isinstance(values, dict):
                schema = values
            else:
                return None
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/definitions/"):
            return None
        return ref.removeprefix("#/definitions/")

    looped: set[str] = set()
    for start in definitions:
        if start in objects:
            continue
        name: str | None = start
        seen: set[str] = set()
        while name is not None and name not in seen and name in definitions:
            seen.add(name)
            if name in objects or _enum_type(definitions[name]) is not None:
                break
            schema = definitions[name]
            name = target(schema)
            if name == start:
                looped.add(start)
    return looped


def _bare_object(schema: Any) -> bool:
    """An object schema that no model or dict type writes exactly (`{"type": "object"}`).

    It is `Any` with its keys given (`dict[str, Any]` would add
    `additionalProperties: true`; a model with no fields, `properties: {}`).
    """
    if not isinstance(schema, dict) or schema.get("type") != "object" or "$ref" in schema:
        return False
    if "items" in schema:
        return False
    values = schema.get("additionalProperties")
    return not (isinstance(values, dict) or values is True or _is_object_model(schema))


def _root_keys(schema: dict[str, Any], root: TypeNode) -> set[str]:
    """The keys of a definition its `RootModel` type writes (the others go on the class)."""
    keys = {"description"}
    if root == ANY:
        return keys
    keys |= {"type", "$ref"}
    if isinstance(root, ListOf):
        keys.add("items")
    if isinstance(root, DictOf):
        keys.add("additionalProperties")
    if isinstance(root, LiteralOf):
        keys.add("enum")
    return keys & set(schema) if "$ref" in schema else keys


def _ordered_args(args: dict[str, Any]) -> dict[str, Any]:
    order = ["default", "json_schema_extra", "alias", "title"]
    first = {key: args[key] for key in order if key in args}
    return first | {key: value for key, value in args.items() if key not in first}


def type_list(kinds: list[Any]) -> TypeNode:
    """The type of a schema whose `type` is a list (`["string", "null"]`, as real files have).

    Python says the one type other than `null` (`Any` when there are more, or an
    unknown one); the list itself, which the authoring layer cannot write from a
    type, is given as it is by `Field(json_schema_extra=...)`.
    """
    others = [kind for kind in kinds if kind != "null"]
    one = others[0] if len(others) == 1 and isinstance(others[0], str) else None
    base = _SCALARS.get(one, "Any") if one is not None else "Any"
    return WithField(Named(base), (("json_schema_extra", {"type": kinds}),))


def _field_order(properties: dict[str, Any], required: Any) -> list[str]:
    """Property names, with the required ones in the order of `required`.

    pydantic lists required fields in field order; this order gives the same list.
    """
    order = list(properties)
    if not isinstance(required, list):
        return order
    wanted = [name for name in required if isinstance(name, str) and name in properties]
    if len(wanted) < 2 or len(set(wanted)) != len(wanted):  # one name keeps its own slot
        return order
    slots = iter(wanted)
    listed = set(wanted)
    return [next(slots) if name in listed else name for name in order]


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
_CONSTRAINTS = frozenset({"maxLength", "minLength", "pattern", "minimum", "maximum"})
"""Keys `constraint_kwargs` writes from: a schema without any has no constraints."""
_UI_WRITES = frozenset(
    {
        "x-ms-summary",
        "x-ms-visibility",
        "x-ms-notification-url",
        "x-nullable",
        "format",
        "enum",
        "example",
        "readOnly",
    }
)
"""Keys `_ui` writes from besides `description`: without any, `Ui` says at most that."""
_NONE_TYPED: frozenset[str] = frozenset()
_DICT_TYPED = frozenset({"additionalProperties"})
"""`property_args`'s `typed` for a `dict[str, T]` field: the type writes its values."""


def property_args(
    schema: Any,
    alias: str | None,
    in_field: bool,
    default: Any,
    typed: frozenset[str],
    *,
    nullable: bool,
) -> tuple[dict[str, Any], dict[str, Any], str | None]:
    """A property's `Field(...)` and `Ui(...)` arguments, and its docstring, in one pass.

    `Field(default=..., json_schema_extra=..., alias=..., title=..., max_length=...)`:
    `json_schema_extra` has the keys no typed option writes (`typed` are those the
    field's type writes besides `_STRUCTURE`). The docstring says the description when
    it can (`field_docstring`), else `Ui(description=...)` does (see `ui_args`).
    """
    args: dict[str, Any] = {}
    if in_field:
        args["default"] = default
    if not isinstance(schema, dict):
        if alias is not None:
            args["alias"] = alias
        return args, {}, None
    constraints = {} if _CONSTRAINTS.isdisjoint(schema) else constraint_kwargs(schema)
    ref = "$ref" in schema
    extra: dict[str, Any] = {}
    extensions: list[tuple[str, Any]] = []
    enum_written = False
    text = title = None  # the description and the title, when written
    for key, value in schema.items():  # the keys written, most common first; the rest kept
        if key == "description":
            if isinstance(value, str):
                text = value
                continue
        elif key in _STRUCTURE:
            continue
        elif key == "title":  # `Field(title=...)` writes no title beside a reference
            if isinstance(value, str) and not ref:
                title = value
                continue
        elif key == "format":  # nor `Ui(format=...)` a format
            if isinstance(value, str) and not ref:
                continue
        elif key.startswith("x-"):
            if key not in _UI_KEYS and key not in _TYPED_EXTENSIONS:
                extensions.append((key, value))  # `extension(...)`
                continue
            if key == "x-ms-summary":
                if isinstance(value, str) and value.strip():
                    continue
            elif key == "x-ms-visibility":
                if value in _VISIBILITIES:
                    continue
            elif key == "x-ms-notification-url" and value is True:
                continue
        elif key == "enum":
            enum_written = isinstance(value, list) and bool(value) and _scalars(value)
            if enum_written:
                continue
        elif key == "example":
            continue
        elif key == "readOnly":
            if value is True:
                continue
        elif constraints and key in _CONSTRAINTS:
            continue
        if key not in typed:
            extra[key] = value
    if extra:
        args["json_schema_extra"] = extra
    if alias is not None:
        args["alias"] = alias
    if title is not None:
        args["title"] = title
    if constraints:
        args.update(constraints)
    doc = None if text is None else docstring(text)
    if extensions or nullable or not _UI_WRITES.isdisjoint(schema):
        ui = _ui(schema, nullable, doc is None, tuple(extensions), enum_written)
    elif doc is None and text is not None:  # what `_ui` says without those keys
        ui = {"description": text}
    else:
        ui = {}
    return args, ui, doc


def item_extra(items: Any, kind: TypeNode) -> dict[str, Any]:
    """The keys of a plain array item (`str`, ..., `Any`) that its type does not write."""
    if not isinstance(items, dict) or "$ref" in items or not items:
        return {}
    if kind == ANY:
        return dict(items)
    if isinstance(kind, Named) and kind.name in _SCALARS.values():
        return {key: value for key, value in items.items() if key != "type"}
    return {}


def constraint_args(schema: Any) -> list[str]:
    """`Field` arguments (source) for a schema's length, pattern and bounds."""
    return [f"{name}={literal(value)}" for name, value in constraint_kwargs(schema).items()]


def constraint_kwargs(schema: Any) -> dict[str, Any]:
    """`Field` arguments for a schema's length, pattern and bounds that pydantic writes back."""
    args: dict[str, Any] = {}
    if not isinstance(schema, dict):
        return args
    kind = schema.get("type")
    if kind == "integer" or kind == "number":
        return _bounds(schema)
    if kind != "string" or not _STRING_KEYS.intersection(schema):  # most have none
        return args
    for key, name in (("maxLength", "max_length"), ("minLength", "min_length")):
        value = schema.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            args[name] = value
    pattern = schema.get("pattern")
    if isinstance(pattern, str) and _compiles(pattern):
        args["pattern"] = pattern
    return args


_STRING_KEYS = frozenset({"maxLength", "minLength", "pattern"})


def _bounds(schema: dict[str, Any]) -> dict[str, Any]:
    args: dict[str, Any] = {}
    if "exclusiveMinimum" in schema or "exclusiveMaximum" in schema:
        return args
    if "minimum" not in schema and "maximum" not in schema:
        return args
    for key, name in (("minimum", "ge"), ("maximum", "le")):
        value = schema.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            args[name] = value
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


def _is_object_model(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type", "object") == "object"
        and "$ref" not in schema
        and isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
        and all(map(isinstance, schema["properties"], itertools.repeat(str)))
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


def class_keys(
    schema: dict[str, Any], keys: frozenset[str] | set[str]
) -> tuple[str | None, dict[str, Any]]:
    """`ConfigDict(title=..., json_schema_extra={...})` arguments for a class's other keys.

    `keys` are those the class itself builds (for an object model: its fields).
    """
    title = schema.get("title")
    rest = schema.keys() - keys  # most classes write all their keys
    rest.discard("title")
    extra = {k: v for k, v in schema.items() if k in rest} if rest else {}
    if "title" in schema and not isinstance(title, str):
        extra["title"] = schema["title"]
    return (title if isinstance(title, str) else None), extra


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


def ui_args(schema: Any, *, nullable: bool = False, description: bool = True) -> dict[str, Any]:
    """`Ui(summary=..., format=..., ...)` arguments for a property.

    `nullable` says whether the field is `X | None` without a default, which
    the compiler writes with `x-nullable: true` by itself; any other field
    with `x-nullable: true` says `nullable=True`. `extensions` are key-value pairs;
    `description=False` leaves the description to the field's docstring.
    """
    if not isinstance(schema, dict):
        return {}
    extensions = tuple(
        (key, value)
        for key, value in schema.items()
        if key.startswith("x-") and key not in _UI_KEYS and key not in _TYPED_EXTENSIONS
    )
    enum = schema.get("enum")
    enum_written = isinstance(enum, list) and bool(enum) and _scalars(enum)
    return _ui(schema, nullable, description, extensions, enum_written)


def _ui(
    schema: dict[str, Any],
    nullable: bool,
    description: bool,
    extensions: tuple[tuple[str, Any], ...],
    enum_written: bool,
) -> dict[str, Any]:
    """`ui_args` with the extension keys and whether `enum` is written found already."""
    args: dict[str, Any] = {}
    summary = schema.get("x-ms-summary")
    if isinstance(summary, str) and summary.strip():
        args["summary"] = summary
    text = schema.get("description")
    if description and isinstance(text, str):
        args["description"] = text
    visibility = schema.get("x-ms-visibility")
    if visibility in _VISIBILITIES:
        args["visibility"] = visibility
    if isinstance(schema.get("format"), str) and "$ref" not in schema:
        args["format"] = schema["format"]
    if enum_written:
        args["enum"] = schema["enum"]
    if "example" in schema:
        args["example"] = schema["example"]
    if schema.get("readOnly") is True:
        args["read_only"] = True
    if schema.get("x-ms-notification-url") is True:
        args["notification_url"] = True
    marked = schema.get("x-nullable")
    if nullable and marked is not True:
        args["nullable"] = False
    elif not nullable and marked is True:
        args["nullable"] = True
    if extensions:
        args["extensions"] = extensions
    return args


def ui_source(args: dict[str, Any]) -> str:
    """`Ui(...)` source for `ui_args`."""
    parts = []
    for key, value in args.items():
        if key == "extensions":
            items = ", ".join([f"extension({literal(k)}, {literal(v)})" for k, v in value])
            parts.append(f"extensions=({items},)")
        elif type(value) is str:  # the most: written here, without a call
            parts.append(f"{key}={value!r}")
        else:
            parts.append(f"{key}={literal(value)}")
    return f"Ui({', '.join(parts)})"


def record_ui(args: dict[str, Any], used: set[str]) -> None:
    """Add to `used` the names of `ui_source(args)`: `Ui`, its keywords, `extension`.

    The values are literals, whose only names are builtins.
    """
    used.add("Ui")
    used.update(args)
    if "extensions" in args:
        used.add("extension")


def ui_call(schema: Any, *, nullable: bool = False, description: bool = True) -> str:
    """`Ui(summary=..., format=..., ...)` for a property, or ''."""
    args = ui_args(schema, nullable=nullable, description=description)
    return ui_source(args) if args else ""


def _scalars(values: list[Any]) -> bool:
    """Whether every value is a string, number or boolean (checked in C, value by value)."""
    return all(map(isinstance, values, itertools.repeat(_SCALAR_TYPES)))


_SCALAR_TYPES = (str, int, float, bool)


def render_bases(models: Models, rendered: list[ModelClass]) -> list[str]:
    """The module's base class of models written in place, when one is rendered."""
    if not any(model.form == "model" and model.definition is None for model in rendered):
        return []
    return [
        f"class {models.inline_base}(BaseModel):\n"
        '    """A model written in place where it is used: no definition of its own."""\n\n'
        "    definition_name: ClassVar[str | None] = None"
    ]


def render_model(model: ModelClass, used: set[str] | None = None) -> str:
    """The source of one class.

    The names it uses are added to `used`, but keywords and builtins (`names.RESERVED`,
    which no import is): literals and docstrings have no others (`used_names`).
    """
    names: set[str] = set() if used is None else used
    names.add(model.name)
    model.record_base(names)
    lines = [f"class {model.name}({model.base}):"]
    if model.description is not None:
        lines.append(
            f"    {docstring(model.description) or '__doc__ = ' + literal(model.description)}"
        )
        lines.append("")
    lines.extend(settings(model, names))
    if model.form == "enum":
        for member, value in model.members:
            lines.append(f"    {member} = {literal(value)}")
            names.add(member)
    else:
        for item in model.fields:
            lines.append("    " + item.line(names))
            if item.doc is not None:  # the docstring under the field
                lines.append("    " + item.doc.replace("\n", "\n    "))
    if len(lines) == 1:
        lines.append("    pass")
    return "\n".join(lines)


def settings(model: ModelClass, used: set[str]) -> list[str]:
    """Class-level lines before the fields (`definition_name`, `model_config`), indented.

    Their names are added to `used`, as `render_model` says.
    """
    lines: list[str] = []
    if model.form == "enum":
        if model.definition != model.name:
            lines.append(f"    definition_name = nonmember({literal(model.definition)})")
            used.update(("definition_name", "nonmember"))
        if model.extra:
            lines.append(f"    json_schema_extra = nonmember({literal(model.extra)})")
            used.update(("json_schema_extra", "nonmember"))
        return lines
    inherited = model.form == "model" and model.definition is None  # from the `Inline` base
    copied = model.form == "copy" and model.definition is None and not model.parent_defined
    if model.definition != model.name and not inherited and not copied:
        lines.append(f"    definition_name: ClassVar[str | None] = {literal(model.definition)}")
        used.update(("definition_name", "ClassVar"))
    args = []
    if model.title is not None:
        args.append(f"title={literal(model.title)}")
        used.add("title")
    if model.extra:
        args.append(f"json_schema_extra={literal(model.extra)}")
        used.add("json_schema_extra")
    if args:
        lines.append(f"    model_config = ConfigDict({', '.join(args)})")
        used.update(("model_config", "ConfigDict"))
    return lines
