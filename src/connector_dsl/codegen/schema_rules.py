"""The schemas the compiler writes for the generated classes, predicted by explicit rules.

`model_check` needs, for every generated class, the schema the build will write
for it: its definition, or, for a model written in place, its schema where it is
used. The compiler gets these from pydantic (`compile.schemas.definitions_for`
on the classes made live), which is slow; `predict` writes the same schemas from
the classes' trees directly, by the rules pydantic and the compiler's
`SwaggerJsonSchema` follow:

- a type: `str`/`int`/`float`/`bool` their JSON type (a field's length, pattern
  and bounds beside it), `bytes` a binary string, `Any` nothing, a class a
  `$ref` to its definition (a model written in place: its schema, there),
  `list[X]` an array, `dict[str, X]` an object with `additionalProperties` (`true`
  for `Any`; the values' title left out), `Literal[...]` an `enum` with its type
  when all values share one; `Annotated[X, Field(json_schema_extra=...)]` X with
  those keys;
- a field: its type; `X | None` adds `x-nullable: true` unless the field has a
  default; then the `Ui(...)` keys (`compile.annotate`), the default (a `None`
  default is left out), `Field(title=...)`, then `json_schema_extra` over all;
  beside a `$ref`, a key equal to the definition's own is left out when that
  definition is already written; the field's docstring is its description when
  nothing else gives one;
- a model: `type: object`, its properties in field order, `required` (fields
  without a default, and internal fields with one), the docstring (cleaned) as
  description, `ConfigDict(title=...)` as title, then `json_schema_extra` over
  all; a `RootModel` its root type's schema with the same class keys; an enum
  `enum` and `type` (its docstring as description), then its `json_schema_extra`;
  a subclass copy its parent's schema with its own docstring;
- the whole: models written in place expanded where they are referred to (the
  reference's other keys over theirs); a definition titled with its own name, by
  no class's title, loses that title. Further type expressions (a body's, a
  response's) are written after every class, where they are used.

Key order is not predicted (pydantic sorts a definition's keys, the rules keep
the order they write them in): every use compares schemas as values.

After `model_check` gives keys per key (`json_schema_extra`, written last over a
class's or a property's own), `Predicted.given` follows them on the same run: the
changed definitions with those keys, then the same whole; where such a key decides
others (a title, `required`, keys beside a reference to a definition), it says so
(None) and the classes are predicted again.

Where the rules do not settle the result (a construct they do not cover, a
definition name another class could also take, a key beside a `$ref` that equals
the definition's own while the order pydantic writes the two in decides, a `Ui`
or nested `Field` on a class that uses itself, whose keys pydantic may give to
other uses of the class), the prediction says so (None), and `model_check` makes
the classes live instead.
"""

from __future__ import annotations

import ast
import functools
import itertools
import keyword
import math
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

from connector_dsl.codegen.models import NO_DEFAULT, FieldCode, ModelClass, _compiles
from connector_dsl.codegen.type_tree import (
    DictOf,
    ListOf,
    LiteralOf,
    Named,
    TypeNode,
    WithField,
)

_INLINE = "\x00inline:"
_REF = "#/definitions/"
_INLINE_REF = _REF + _INLINE
_CONTAINERS = (dict, list)
_SCALARS: dict[str, dict[str, Any]] = {
    "str": {"type": "string"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "bytes": {"type": "string", "format": "binary"},
    "Any": {},
}
_STRING_CONSTRAINTS = {"max_length": "maxLength", "min_length": "minLength", "pattern": "pattern"}
_NUMBER_CONSTRAINTS = {"ge": "minimum", "le": "maximum"}
_CONSTRAINTS = frozenset({*_STRING_CONSTRAINTS, *_NUMBER_CONSTRAINTS})
_FIELD_OPTIONS = frozenset(
    {"default", "alias", "title", "json_schema_extra", *_STRING_CONSTRAINTS, *_NUMBER_CONSTRAINTS}
)
_UI_OPTIONS = frozenset(
    {
        "summary",
        "description",
        "visibility",
        "format",
        "enum",
        "example",
        "read_only",
        "notification_url",
        "nullable",
        "extensions",
    }
)


_PLAIN_OPTIONS = frozenset({"alias"})
"""Field options that leave a reference to a class plain (see `_references`)."""
_ENUM_RESERVED = frozenset({"definition_name", "json_schema_extra", "name", "value", "mro"})
_VISIBILITIES = ("important", "advanced", "internal")
_VISIBILITY_OPTIONS = (None, *_VISIBILITIES)
_OWN_CLASS_KEYS = frozenset({"title", "properties", "required"})
"""Class keys written by more than `json_schema_extra` (`_Prediction._class_keys`)."""


class _Unsettled(Exception):
    """The rules do not settle a class's schema (caught in `predict`; never leaves it)."""


class _Properties(NamedTuple):
    """A model's fields as written (`_Prediction._properties`)."""

    properties: dict[str, Any]
    """Each property's schema, by property name, in field order."""
    required: list[str]
    """The properties without a default."""
    docs: list[tuple[str, str]]
    """Each documented property's name and its docstring's text."""
    inline: list[str]
    """The properties that refer to a model written in place."""
    visible: list[str]
    """The properties with an `x-ms-visibility` key (only they can be internal)."""


class Predicted(NamedTuple):
    """What the compiler writes for the generated classes and for further type expressions."""

    classes: dict[str, Any]
    """Each class's definition, or (a model written in place) its schema where it is used."""
    types: list[Any]
    """Each type expression's schema where it is used (a body's, a response's), in order."""
    run: _Prediction | None = None
    """The run that wrote them (what `given` starts from)."""

    def given(
        self, keys: dict[str, dict[str, Any]], properties: dict[str, dict[str, dict[str, Any]]]
    ) -> Predicted | None:
        """The prediction again, after keys are given as `json_schema_extra`; None if not settled.

        `keys` are given on classes (`ConfigDict`), `properties` on properties (`Field`), by
        class name (and property name); the classes are otherwise as they were. Such keys are
        written last, over the class's or the property's own: each class's definition is
        the one it had with those keys, and everything written from it (models in place
        expanded, keys beside a reference left out) follows. A key that decides others (a
        title, `required`, a property's `$ref`, a reference to a definition beside which a
        key may now be left out or kept) is not followed: None, and the classes are predicted
        again as a whole.
        """
        if self.run is None:
            return None
        try:
            return self.run.given(keys, properties)
        except _Unsettled:
            return None


def predict(
    wanted: list[ModelClass], order: dict[str, int], types: Sequence[TypeNode] = ()
) -> Predicted | None:
    """What the classes and `types` write, as the live classes do; None when not settled.

    `wanted` are the classes as `Models.ordered` gives them and `order` the definitions'
    document order (the build writes the definitions first, in that order, then the
    models written in place, then `types`). A class whose definition is not written is
    left out. `types` may name only classes of `wanted`.
    """
    try:
        return _Prediction(wanted).run(order, types)
    except _Unsettled:
        return None


def _json(value: Any) -> Any:
    """A fresh copy of a value made of JSON's own types; anything else is not settled."""
    kind = type(value)
    if kind is str and value.startswith(_INLINE_REF):
        raise _Unsettled  # taken for a model written in place (`_Prediction._result`)
    if kind in (str, int, bool, type(None)):
        return value
    if kind is float:
        if not math.isfinite(value):
            raise _Unsettled
        return value
    if kind is list:
        return [_json(item) for item in value]
    if kind is dict and all(type(key) is str for key in value):
        return {key: _json(item) for key, item in value.items()}
    raise _Unsettled


def cleandoc(text: str) -> str:
    """A docstring's text as `inspect.cleandoc` gives it (as pydantic and the compiler read it).

    Tabs expanded; the first line's leading whitespace removed, and the indentation
    all later non-blank lines share; then empty lines removed at both ends.
    """
    if "\n" not in text and "\t" not in text:
        return text.lstrip()  # one line: only its leading whitespace goes
    lines = text.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    lines[0] = lines[0].lstrip()
    if indents:
        margin = min(indents)
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _docstring_text(source: str) -> str:
    """The text of a docstring literal as the compiler reads it (`inspect.cleandoc`).

    The plain form is read directly (cheaper than looking it up in a cache: most
    docstrings are read once); only the others are parsed, and those kept.
    """
    inner = source[3:-3]
    if (  # `literals.docstring`'s plain form: the text between the quotes is the value
        len(source) >= 6
        and source.startswith('"""')
        and source.endswith('"""')
        and inner.isprintable()
        and '"' not in inner
        and "\\" not in inner
    ):
        return inner.lstrip()  # printable: one line without tabs (`cleandoc`'s short way)
    return _parsed_docstring(source)


@functools.lru_cache(maxsize=1024)
def _parsed_docstring(source: str) -> str:
    """The text of a docstring literal of any form, parsed."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError) as error:
        raise _Unsettled from error
    if (
        len(tree.body) != 1
        or not isinstance(tree.body[0], ast.Expr)
        or not isinstance(tree.body[0].value, ast.Constant)
        or not isinstance(tree.body[0].value.value, str)
    ):
        raise _Unsettled
    return cleandoc(tree.body[0].value.value)


class _Prediction:
    """One run over the classes, in the order pydantic writes their definitions."""

    def __init__(self, wanted: list[ModelClass]) -> None:
        self.wanted = wanted
        self.classes = {model.name: model for model in wanted}
        if len(self.classes) != len(wanted):
            raise _Unsettled
        self.definitions: dict[str, dict[str, Any]] = {}
        """Written definitions by class name (inline ones too), as they stand when written."""
        self.titled: set[str] = set()
        self.inputs = 0
        """The inputs (top-level classes) begun so far."""
        self.input = ""
        """The class of the current input."""
        self.loops: dict[str, bool] = {}
        self.written_by: dict[str, int] = {}
        """The input that wrote each class's definition."""
        self.in_progress: list[str] = []
        self.ref_of = {model.name: _ref_of(model) for model in wanted}
        """Each class's `$ref`."""
        self.refs = {ref: self.classes[name] for name, ref in self.ref_of.items()}
        self.pending: list[tuple[str, dict[str, Any]]] = []
        """References to a definition written later, with their keys (checked at the end)."""
        self.beside: list[tuple[str, dict[str, Any]]] = []
        """References to a written definition, with all their keys (some maybe left out)."""
        self.types: list[dict[str, Any]] = []
        """The type expressions' schemas, models in place not yet expanded."""
        self.types_inline: list[bool] = []
        """Whether each type expression refers to a model written in place."""
        self.refers_inline: dict[str, list[str] | None] = {}
        """Classes whose own schema refers to a model written in place (expanded at the end),
        with the properties that do (None: a root type, its whole schema)."""
        self.inline_hit = False
        """Whether the type being written refers to a model written in place (`_type` sets it,
        `_write` keeps it for the class whose type is being written)."""
        self.copied = {model.parent for model in wanted if model.form == "copy"}
        """The classes a copy subclasses."""
        self.shared: dict[str, _Properties] = {}
        """A copied model's properties as first written, where none is a reference (the keys
        beside one are written per class, `_ref_overrides`): its copies write the same."""

    def run(self, order: dict[str, int], types: Sequence[TypeNode]) -> Predicted:
        first = [model for model in self.wanted if model.definition is not None]
        first.sort(key=lambda model: order.get(model.name, len(order)))
        rest = [model for model in self.wanted if model.definition is None]
        self._check_names()
        for model in first + rest:
            if model.name in self.definitions:
                continue
            self.inputs += 1
            self.input = model.name
            self._write(model.name)
        for target, schema in self.pending:
            written = self.definitions[target]
            if any(key != "$ref" and written.get(key) == value for key, value in schema.items()):
                raise _Unsettled
        for node in types:  # every class is written by now
            self.inline_hit = False
            self.types.append(self._type(node))
            self.types_inline.append(self.inline_hit)
        return self._result(self.definitions)

    def given(
        self, keys: dict[str, dict[str, Any]], properties: dict[str, dict[str, dict[str, Any]]]
    ) -> Predicted:
        """`Predicted.given`: the definitions with the keys given, then the same whole."""
        definitions = dict(self.definitions)
        fixed = set(keys) | set(properties)
        for model in self.wanted:  # a copy writes its model's fields and class keys
            owner = self._owner(model)
            if owner.name not in fixed:
                continue
            if model.name not in definitions:
                if model is owner:
                    raise _Unsettled
                continue
            definitions[model.name] = _with_keys(
                definitions[model.name], keys.get(owner.name, {}), properties.get(owner.name, {})
            )
        if not fixed <= self.classes.keys():
            raise _Unsettled
        for target, schema in [*self.beside, *self.pending]:
            if target not in fixed:
                continue
            before, after = self.definitions.get(target, {}), definitions[target]
            if any(
                key != "$ref" and (before.get(key) == value) != (after.get(key) == value)
                for key, value in schema.items()
            ):
                raise _Unsettled  # a key beside the reference now left out, or kept
        return self._result(definitions)

    def _in_main(self, name: str) -> bool:
        """Whether pydantic writes class `name` inside the current input's own schema.

        That schema is written after every definition the input keeps apart (those
        used twice, in a loop, or with keys of their own on the reference), and a class
        used once, plainly, is written where it is used, before the keys beside its
        references are compared: so every other definition of the input is written by
        then. True for the input's class (when it uses itself through no other class),
        and for a class used once, plainly, by a class inside it, in no loop.
        """
        if self._looped(self.input):
            return False
        sites: dict[str, list[tuple[str, bool]]] = {}
        pending, seen = [self.input], {self.input}
        while pending:
            holder = pending.pop()
            for target, plain in _references(holder, self.classes):
                sites.setdefault(target, []).append((holder, plain))
                if target not in seen:
                    seen.add(target)
                    pending.append(target)
        chain: set[str] = set()
        while name != self.input:
            found = sites.get(name, [])
            if len(found) != 1 or not found[0][1] or self._looped(name) or name in chain:
                return False
            chain.add(name)
            name = found[0][0]
        return True

    def _looped(self, name: str) -> bool:
        """Whether the generated class `name` uses itself (False for a plain type)."""
        if name not in self.classes:
            return False
        found = self.loops.get(name)
        if found is None:
            found = self.loops[name] = self._loops(name)
        return found

    def _loops(self, start: str) -> bool:
        """Whether `start` uses itself, through any classes."""
        seen: set[str] = set()
        pending = list(self.classes[start].used_names())
        while pending:
            name = pending.pop()
            if name == start:
                return True
            if name in seen or name not in self.classes:
                continue
            seen.add(name)
            pending.extend(self.classes[name].used_names())
        return False

    def _check_names(self) -> None:
        """Every definition under the name it asks for, as when no other class could take it."""
        names: set[str] = set()
        taken = self.classes.keys()  # and each with "-Input" after it
        for model in self.wanted:
            definition = model.definition
            if definition is None:
                continue
            if definition in names or definition.startswith("connector_dsl"):
                raise _Unsettled
            if definition != model.name and (
                definition in taken
                or (definition.endswith("-Input") and definition.removesuffix("-Input") in taken)
            ):
                raise _Unsettled
            names.add(definition)

    # -- classes

    def _write(self, name: str) -> None:
        """Write `name`'s definition (and, first, what it needs)."""
        if name in self.definitions:
            return
        if name in self.in_progress:
            raise _Unsettled  # a class through its own base: not a generated shape
        self.in_progress.append(name)
        hit = self.inline_hit  # the caller's, whatever this class refers to
        model = self.classes[name]
        if model.form == "enum":
            schema = self._enum(model)
        elif model.form == "root":
            schema = self._root(model)
        elif model.form in ("model", "stub", "copy"):
            schema = self._model(model)
        else:
            raise _Unsettled
        self.in_progress.pop()
        self.inline_hit = hit
        self.definitions[name] = schema
        self.written_by[name] = self.inputs

    def _enum(self, model: ModelClass) -> dict[str, Any]:
        values = [value for _member, value in model.members]
        if not values or len({repr(value) for value in values}) != len(values):
            raise _Unsettled  # enum aliases: fewer members than values
        names = [member for member, _value in model.members]
        if len(set(names)) != len(names) or not all(_member_name(name) for name in names):
            raise _Unsettled
        schema: dict[str, Any] = {}
        description = cleandoc(model.description) if model.description else None
        if description is not None and description != "An enumeration.":
            schema["description"] = description
        schema["enum"] = [_json(value) for value in values]
        kinds = {type(value) for value in values}
        if kinds == {str} and model.base == "StrEnum":
            schema["type"] = "string"
        elif kinds == {int} and model.base == "IntEnum":
            schema["type"] = "integer"
        else:
            raise _Unsettled
        if model.extra:
            extra = _json(model.extra)
            schema.update(extra)
            if isinstance(extra.get("title"), str):
                self.titled.add(extra["title"])
        return schema

    def _root(self, model: ModelClass) -> dict[str, Any]:
        if model.root is None or model.fields:
            raise _Unsettled
        if isinstance(model.root, WithField):
            raise _Unsettled  # the root field's own `json_schema_extra`: other rules
        self.inline_hit = False
        schema = self._type(model.root)
        if self.inline_hit:
            self.refers_inline[model.name] = None
        return self._class_keys(schema, model.description, model.title, model.extra)

    def _owner(self, model: ModelClass) -> ModelClass:
        """The class whose fields and settings `model` has: its own, or a copy's model's."""
        owner = model
        seen = {model.name}
        while owner.form == "copy":  # a subclass: its parent's fields and settings
            parent = self.classes.get(owner.parent or "")
            if parent is None or parent.name in seen or owner.fields:
                raise _Unsettled
            seen.add(parent.name)
            owner = parent
        return owner

    def _model(self, model: ModelClass) -> dict[str, Any]:
        owner = self._owner(model)
        if owner.form not in ("model", "stub") or owner.root is not None or owner.members:
            raise _Unsettled
        found = self.shared.get(owner.name)
        if found is None:
            found = self._properties(owner, model.name)
            if owner.name in self.copied and not any(
                "$ref" in prop for prop in found.properties.values()
            ):
                self.shared[owner.name] = found
        else:  # the same fields, their schemas shared (`_class_keys` adds nothing to them again)
            found = found._replace(properties=dict(found.properties), required=list(found.required))
        if found.inline:
            self.refers_inline[model.name] = found.inline
        properties = found.properties
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if found.required:
            schema["required"] = found.required
        return self._class_keys(schema, model.description, owner.title, owner.extra, found)

    def _properties(self, owner: ModelClass, name: str) -> _Properties:
        """The properties of `owner`'s fields, written for class `name` (it or a copy)."""
        properties: dict[str, Any] = {}
        required: list[str] = []
        docs: list[tuple[str, str]] = []
        inline: list[str] = []
        visible: list[str] = []
        for item in owner.fields:
            self.inline_hit = False
            wire, prop, has_default = self._field(item, name)
            if self.inline_hit:
                inline.append(wire)
            if "x-ms-visibility" in prop:
                visible.append(wire)
            if wire in properties or item.python.startswith("_"):
                raise _Unsettled
            properties[wire] = prop
            if not has_default:
                required.append(wire)
            if item.doc is not None:
                docs.append((wire, _docstring_text(item.doc)))
        return _Properties(properties, required, docs, inline, visible)

    def _class_keys(
        self,
        schema: dict[str, Any],
        description: str | None,
        title: str | None,
        extra: dict[str, Any],
        written: _Properties | None = None,
    ) -> dict[str, Any]:
        """The class's own keys (pydantic's, then `SwaggerJsonSchema.model_schema`'s).

        `written`: the properties `_model` wrote, when there are some.
        """
        if title is not None:
            schema.setdefault("title", title)
        if description:
            schema.setdefault("description", cleandoc(description))
        if extra:
            schema.update(_json(extra))
        if title is None:
            schema.pop("title", None)
        else:
            self.titled.add(title)
        properties = schema.get("properties", {})
        # else the class's own keys gave other properties (or it has none of its own)
        own = written is not None and properties is written.properties
        if not own and (
            not isinstance(properties, dict)
            or not all(map(isinstance, properties.values(), itertools.repeat(dict)))
        ):
            raise _Unsettled
        for wire, text in written.docs if written is not None else ():  # docstrings under fields
            prop = properties.get(wire)
            if isinstance(prop, dict) and "description" not in prop:
                prop["description"] = text
        required = schema.get("required", [])
        if own and written is not None:  # only those with a visibility can be internal
            internal = _internal({wire: properties[wire] for wire in written.visible})
        else:
            internal = _internal(properties)
        if internal:
            if not isinstance(required, list):
                raise _Unsettled
            if internal - set(required):
                wanted = internal | set(required)
                required = [name for name in properties if name in wanted]
        if required:
            schema["required"] = required
        return schema

    # -- fields and types

    def _field(self, item: FieldCode, owner: str) -> tuple[str, dict[str, Any], bool]:
        """A field's property name, schema, and whether it has a default."""
        options, ui, kind = item.options, item.ui, item.kind
        default = item.default
        has_default = default is not NO_DEFAULT
        alias = None
        constrained = False
        if options:
            if not _FIELD_OPTIONS.issuperset(options):
                raise _Unsettled
            if "default" in options:
                if has_default:
                    raise _Unsettled
                has_default, default = True, options["default"]
            alias = options.get("alias")
            if alias is not None and not isinstance(alias, str):
                raise _Unsettled
            constrained = not _CONSTRAINTS.isdisjoint(options)
        if ui and not _UI_OPTIONS.issuperset(ui):
            raise _Unsettled
        name = kind.name if isinstance(kind, Named) else None
        if name is None and isinstance(kind, WithField):
            raise _Unsettled  # nested `Annotated`: its `Field` merges with the field's
        scalar = _SCALARS.get(name) if name is not None else None
        if ui and scalar is None and name is not None and self._looped(name):
            raise _Unsettled  # pydantic may give the `Ui` keys to other uses of the class
        if constrained:
            schema = self._constrained(kind, options)
        elif scalar is not None:
            schema = dict(scalar)  # `_type`'s, the most common case
        else:
            schema = self._type(kind)  # a fresh dict, as every schema here
        if item.takes_none:
            if name == "Any":  # `type_tree.ANY` taking None: not a rule here
                raise _Unsettled
            if not has_default:
                schema["x-nullable"] = True
        if ui:
            schema = _annotate(schema, ui)
        if has_default and default is not None:
            schema["default"] = _json(default)
        if options:
            if "title" in options:
                if not isinstance(options["title"], str):
                    raise _Unsettled
                schema["title"] = options["title"]
            extra = options.get("json_schema_extra")
            if extra is not None:
                if not isinstance(extra, dict):
                    raise _Unsettled
                schema.update(_json(extra))
        if "$ref" in schema:
            schema = self._ref_overrides(schema, owner)
        return alias if alias is not None else item.python, schema, has_default

    def _ref_overrides(self, schema: dict[str, Any], owner: str) -> dict[str, Any]:
        """Keys beside a `$ref` that the definition already has are left out, if it is written.

        A definition an earlier input wrote is there; the class's own is not (it is
        written when done). One written by the same input is there when the class is
        written inside that input's own schema (`_in_main`): pydantic writes every other
        definition the input needs before it. Otherwise pydantic's order decides, which
        the rules do not follow. A model written in place takes the reference's keys
        over its own: the same either way.
        """
        ref = schema.get("$ref")
        if not isinstance(ref, str) or len(schema) == 1:
            return schema
        target = self.refs.get(ref)
        if target is None or target.definition is None or target.name == owner:
            return schema
        written = self.definitions.get(target.name)
        if written is None:  # being written (a loop): kept, unless pydantic's order differs
            self.pending.append((target.name, schema))
            return schema
        self.beside.append((target.name, schema))
        same = [key for key, value in schema.items() if key != "$ref" and written.get(key) == value]
        this_input = same and self.written_by[target.name] == self.inputs
        if this_input and not self._in_main(owner):
            raise _Unsettled  # written by the same input: pydantic's order decides
        return {key: value for key, value in schema.items() if key not in same}

    def _constrained(self, node: TypeNode, options: dict[str, Any]) -> dict[str, Any]:
        """The schema of a field's scalar type with the length, pattern and bounds in `options`."""
        given: dict[str, Any] = {}
        bounds: dict[str, Any] = {}
        for key, value in options.items():
            if key in _STRING_CONSTRAINTS:
                given[key] = value
            elif key in _NUMBER_CONSTRAINTS:
                bounds[key] = value
        if type(node) is not Named or node.name not in _SCALARS:
            raise _Unsettled
        schema = dict(_SCALARS[node.name])
        if (given and node.name != "str") or (bounds and node.name not in ("int", "float")):
            raise _Unsettled
        for key, value in given.items():
            if key == "pattern":
                if not isinstance(value, str) or not _compiles(value):
                    raise _Unsettled  # pydantic refuses the class
            elif type(value) is not int or value < 0:
                raise _Unsettled
            schema[_STRING_CONSTRAINTS[key]] = value
        for key, value in bounds.items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise _Unsettled
            schema[_NUMBER_CONSTRAINTS[key]] = _json(value)
        return schema

    def _type(self, node: TypeNode) -> dict[str, Any]:
        """The schema of a type expression (a fresh dict)."""
        if isinstance(node, Named):
            name = node.name
            scalar = _SCALARS.get(name)
            if scalar is not None:
                return dict(scalar)
            model = self.classes.get(name)
            if model is None:
                raise _Unsettled
            if name not in self.definitions and name not in self.in_progress:
                self._write(name)
            if model.definition is None:
                self.inline_hit = True
            return {"$ref": self.ref_of[name]}
        if isinstance(node, ListOf):
            return {"type": "array", "items": self._type(node.item)}
        if isinstance(node, DictOf):
            values = self._type(node.value)
            values.pop("title", None)
            return {"type": "object", "additionalProperties": values or True}
        if isinstance(node, WithField):
            args = dict(node.args)
            extra = args.get("json_schema_extra")
            if set(args) != {"json_schema_extra"} or not isinstance(extra, dict):
                raise _Unsettled
            base = node.base
            if isinstance(base, Named) and self._looped(base.name):
                raise _Unsettled  # pydantic may give the keys to other uses of the class
            return {**self._type(base), **_json(extra)}
        if isinstance(node, LiteralOf):
            return _literal(node.values)
        raise _Unsettled

    # -- the whole

    def _result(self, definitions: dict[str, dict[str, Any]]) -> Predicted:
        """The whole from the written `definitions` (by class name) and the types.

        Key order is not predicted (every use compares schemas as values): a definition
        is returned as written, its parts shared with the run's (only read from here).
        """
        classes = self.classes
        inline = {
            self.ref_of[name]: name for name in definitions if classes[name].definition is None
        }
        refers_inline = self.refers_inline

        # a model in place expanded once: whether it reaches itself does not depend on where
        # it is used (any loop it reaches is found from it), so its expansion is reused
        done: dict[str, Any] = {}

        def expand(value: Any, seen: tuple[str, ...]) -> Any:
            """`value` with models in place expanded; `value` itself where it has none."""
            if isinstance(value, list):
                items: list[Any] | None = None
                for index, item in enumerate(value):
                    if isinstance(item, _CONTAINERS):
                        new = expand(item, seen)
                        if new is not item:
                            if items is None:
                                items = list(value)
                            items[index] = new
                return value if items is None else items
            if not isinstance(value, dict):
                return value
            ref = value.get("$ref")
            target = inline.get(ref) if isinstance(ref, str) else None
            if target is None:
                keys: dict[str, Any] | None = None
                for key, item in value.items():
                    if isinstance(item, _CONTAINERS):
                        new = expand(item, seen)
                        if new is not item:
                            if keys is None:
                                keys = dict(value)
                            keys[key] = new
                return value if keys is None else keys
            if target in seen:
                raise _Unsettled  # a model in place inside itself: the build refuses it
            siblings = {
                k: expand(v, seen) if type(v) is dict or type(v) is list else v
                for k, v in value.items()
                if k != "$ref"
            }
            expanded = done.get(target)
            if expanded is None:
                expanded = done[target] = own(target, (*seen, target))
            # only read: its parts may be shared, and itself where the reference has no keys
            return {**expanded, **siblings} if siblings else expanded

        def own(name: str, seen: tuple[str, ...]) -> Any:
            """A class's definition, expanded where it refers to a model written in place.

            Only the properties that refer to one are walked (`refers_inline`): keys from
            elsewhere are JSON values, which hold no such reference (`_json`).
            """
            schema = definitions[name]
            if name not in refers_inline:
                return schema
            wires = refers_inline[name]
            if wires is None:
                return expand(schema, seen)
            properties = schema["properties"]
            changed = {}
            for wire in wires:
                prop = properties.get(wire)  # none: the class's own keys gave other properties
                if prop is not None:
                    new = expand(prop, seen)
                    if new is not prop:
                        changed[wire] = new
            return {**schema, "properties": {**properties, **changed}} if changed else schema

        found: dict[str, Any] = {}
        for model in self.wanted:
            name = model.name
            if name not in definitions:
                continue
            if model.definition is None:  # a model in place: its expansion where it is used
                if name not in done:
                    done[name] = own(name, (name,))
                found[name] = done[name]
                continue
            schema = own(name, (name,))
            if model.definition not in self.titled and schema.get("title") == model.definition:
                schema = dict(schema)  # its own, as the title goes
                del schema["title"]  # pydantic's title after the fact
            found[name] = schema
        types = [
            expand(schema, ()) if hit else schema
            for schema, hit in zip(self.types, self.types_inline, strict=True)
        ]
        return Predicted(found, types, self)


def _with_keys(
    schema: dict[str, Any], keys: dict[str, Any], properties: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """A written definition with keys given on the class and on properties, written last."""
    if set(keys) & _OWN_CLASS_KEYS:
        raise _Unsettled
    out = {**schema, **_json(keys)}
    if properties:
        old = schema.get("properties")
        if not isinstance(old, dict):
            raise _Unsettled
        new = dict(old)
        for wire, extra in properties.items():
            prop = new.get(wire)
            if not isinstance(prop, dict) or "$ref" in extra:
                raise _Unsettled
            ref = prop.get("$ref")
            if ref is not None and not (isinstance(ref, str) and ref.startswith(_INLINE_REF)):
                raise _Unsettled  # keys beside a reference to a definition: others may be left out
            new[wire] = {**prop, **_json(extra)}
        if _internal(old) != _internal(new):
            raise _Unsettled  # `required` changes
        out["properties"] = new
    return out


def _internal(properties: dict[str, Any]) -> set[str]:
    """Internal properties with a default (`required` lists them, `_Prediction._class_keys`)."""
    return {
        name
        for name, prop in properties.items()
        if prop.get("x-ms-visibility") == "internal" and "default" in prop
    }


def _member_name(name: Any) -> bool:
    """Whether `name` is an enum member as it is (no private, special or reserved name)."""
    return (
        isinstance(name, str)
        and name.isidentifier()
        and not keyword.iskeyword(name)
        and not name.startswith("_")
        and name not in _ENUM_RESERVED
    )


def _ref_of(model: ModelClass) -> str:
    if model.definition is None:
        return _INLINE_REF + model.name
    return _REF + model.definition


def _references(name: str, classes: dict[str, ModelClass]) -> list[tuple[str, bool]]:
    """Each place class `name`'s schema refers to a class, and whether plainly.

    Plainly: the class alone (in a list, a dict or `X | None` too), with no `Ui` and no
    `Field` keys of its own on the reference; a copy refers as its parent's fields do.
    """
    model = classes[name]
    seen = {name}
    while model.form == "copy" and model.parent in classes and model.parent not in seen:
        seen.add(model.parent)
        model = classes[model.parent]
    found: list[tuple[str, bool]] = []
    nodes: list[tuple[TypeNode, bool]] = [
        (item.kind, (not item.ui or item.takes_none) and set(item.options) <= _PLAIN_OPTIONS)
        for item in model.fields
    ]
    if model.root is not None:
        nodes.append((model.root, True))
    for node, plain in nodes:
        if isinstance(node, ListOf | DictOf):  # the field's own keys are on the list or dict
            node, plain = node.item if isinstance(node, ListOf) else node.value, True
        if isinstance(node, Named):
            if node.name in classes:
                found.append((node.name, plain))
        else:
            found.extend((used, False) for used in node.names())
    return found


def _literal(values: Iterable[Any]) -> dict[str, Any]:
    """`Literal[...]`: its values as `enum` (one value: after its type, where `const` was)."""
    expected = [_json(value) for value in values]
    schema: dict[str, Any] = {"enum": expected} if len(expected) != 1 else {}
    kinds = {type(value) for value in expected}
    if kinds == {str}:
        schema["type"] = "string"
    elif kinds == {int}:
        schema["type"] = "integer"
    elif kinds == {float}:
        schema["type"] = "number"
    elif kinds == {bool}:
        schema["type"] = "boolean"
    elif not kinds <= {str, int}:
        raise _Unsettled
    if len(expected) == 1:
        schema["enum"] = expected
    return schema


def _annotate(schema: dict[str, Any], ui: dict[str, Any]) -> dict[str, Any]:
    """`compile.annotate.annotate_schema` for a `Ui(...)`'s keyword arguments.

    Written into `schema` (a fresh one, `_Prediction._field`'s), which is returned.
    """
    get = ui.get
    format_ = get("format")
    if len(ui) == 1 and type(format_) is str and not format_.startswith(_INLINE_REF):
        schema["format"] = format_  # the most common case: a format alone
        return schema
    summary = get("summary")
    if summary is not None and not (isinstance(summary, str) and summary.strip()):
        raise _Unsettled  # `Ui` refuses it
    visibility = get("visibility")
    if visibility not in _VISIBILITY_OPTIONS:
        raise _Unsettled
    read_only = get("read_only", False)
    notification_url = get("notification_url", False)
    if not isinstance(read_only, bool) or not isinstance(notification_url, bool):
        raise _Unsettled
    description = get("description")
    if description is not None:
        schema["description"] = _json(description)
    if format_ is not None:
        schema["format"] = _json(format_)
    enum = get("enum")
    if enum is not None:
        if not isinstance(enum, list | tuple) or not enum:
            raise _Unsettled
        schema["enum"] = _json(list(enum))
    if summary is not None:
        schema["x-ms-summary"] = _json(summary)
    if visibility is not None:
        schema["x-ms-visibility"] = _json(visibility)
    nullable = get("nullable")
    if nullable not in (None, True, False):
        raise _Unsettled
    if nullable:
        schema["x-nullable"] = True
    for pair in get("extensions", ()):
        key, value = pair
        if not isinstance(key, str) or not key.startswith("x-"):
            raise _Unsettled
        schema[key] = _json(value)
    if notification_url:
        schema["x-ms-notification-url"] = True
    if "example" in ui:
        schema["example"] = _json(ui["example"])
    if read_only:
        schema["readOnly"] = True
    if nullable is False:
        schema.pop("x-nullable", None)
    return schema
