"""One input parameter as an operation field: its type, its marker, and its raw keys.

The field is declared as an object: its marker is made from the same `Call` that
is written, its pydantic `FieldInfo` from the same `Annotated` form. The
compiler's own `collect.field_spec` and `emit.parameter` (`emit.body_parameter`
for a body) then say what the field writes, and every key of the input parameter
that does not come out as given goes in the field's `Raw(keys=..., drop=...)`,
one key at a time. No module is built for that.

A body's `schema` is its type's, checked with the models (`model_check.check_models`,
`operations.SchemaCheck`); the body's other keys are decided here.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import GenericAlias
from typing import Annotated, Any, Optional, cast

from pydantic import Field
from pydantic.fields import FieldInfo

from connector_dsl.authoring import (
    Body,
    DynamicValues,
    FormData,
    Header,
    NotificationUrl,
    ParamRef,
    Path,
    Query,
    Route,
    extension,
)
from connector_dsl.authoring.operations import Action
from connector_dsl.codegen.calls import Call, value_key
from connector_dsl.codegen.memo import Memo
from connector_dsl.codegen.node_data import in_order, node_data, plain
from connector_dsl.codegen.plan import DROP
from connector_dsl.compile.collect import field_spec
from connector_dsl.compile.emit import body_parameter_data, parameter_data
from connector_dsl.compile.field_checks import value_fits
from connector_dsl.compile.schemas import definitions_for
from connector_dsl.compile.spec import OperationSpec
from connector_dsl.document.operation import Parameter
from connector_dsl.errors import Place

MARKERS = {
    "path": "Path",
    "query": "Query",
    "header": "Header",
    "body": "Body",
    "formData": "FormData",
}
_VISIBILITIES = ("important", "advanced", "internal")
_SCALARS: dict[str, tuple[str, Any]] = {
    "string": ("str", str),
    "integer": ("int", int),
    "number": ("float", float),
    "boolean": ("bool", bool),
}
MADE_HERE = Place(python="connector_dsl.codegen")
"""The place of markers and routes the generator makes (only diagnostics show places):
given, it spares looking up the caller's frame for each."""
_CLASSES: dict[str, Callable[..., Any]] = {
    "Path": functools.partial(Path, place=MADE_HERE),
    "Query": functools.partial(Query, place=MADE_HERE),
    "Header": functools.partial(Header, place=MADE_HERE),
    "Body": functools.partial(Body, place=MADE_HERE),
    "FormData": functools.partial(FormData, place=MADE_HERE),
    "Field": Field,
    "DynamicValues": DynamicValues,
    "ParamRef": ParamRef,
    "extension": extension,
}
_MISSING: Any = object()


@dataclass(frozen=True, slots=True)
class InputType:
    """A field's type: as written, and as the object it stands for."""

    text: str
    live: Any


def input_type(param: Mapping[str, Any]) -> InputType:
    """The type of a path, query, header or form parameter, from its `type` and `items`.

    An array of plain items keeps the items' other keys (`enum`, `format`) in
    `Field(json_schema_extra=...)` on the item type; anything else is `Any`, and
    what it does not write goes raw.
    """
    kind = param.get("type")
    if kind == "file":
        return _BYTES
    if isinstance(kind, str) and kind in _SCALAR_TYPES:
        return _SCALAR_TYPES[kind]
    if kind != "array":
        return _ANY
    items = param.get("items")
    item_kind = items.get("type") if isinstance(items, dict) else None
    if not isinstance(items, dict) or not isinstance(item_kind, str) or item_kind not in _SCALARS:
        return InputType("list[Any]", list[Any])
    text, live = _SCALARS[item_kind]
    extra = {key: value for key, value in items.items() if key != "type"}
    if not extra:
        return InputType(f"list[{text}]", GenericAlias(list, (live,)))
    call = Call.of("Field", {"json_schema_extra": extra})
    item = _annotated(live, call.make(_CLASSES))
    return InputType(f"list[Annotated[{text}, {call.source()}]]", GenericAlias(list, (item,)))


_SCALAR_TYPES = {kind: InputType(*text_live) for kind, text_live in _SCALARS.items()}
_BYTES = InputType("bytes", bytes)
_ANY = InputType("Any", Any)


def _annotated(*parts: Any) -> Any:
    """`Annotated[type, *metadata]` made from objects."""
    return cast("Any", Annotated)[parts]


@dataclass
class InputField:
    """One operation field for one input parameter, before it is written."""

    python: str
    location: str
    kind: InputType
    marker: dict[str, Any]
    """The marker's arguments (`Call`s for `DynamicValues`, `extension`, ...)."""
    required: bool
    takes_none: bool
    field: dict[str, Any]
    """`Field(...)` arguments (constraints)."""
    notification: bool = False
    exact: Any = _MISSING
    """The parameter written `Exact(...)`, when the field cannot be typed at all."""
    raw: dict[str, Any] | None = None
    """`Raw` arguments (`keys`, `drop`), once compared."""

    def copy(self) -> InputField:
        """A copy of the field, its values shared (a shallow copy, made without `__init__`)."""
        copied = object.__new__(InputField)
        copied.__dict__.update(self.__dict__)
        return copied

    def annotation(self) -> str:
        """`Annotated[type, Marker(...), ...]`."""
        kind = self.kind.text
        if self.takes_none and kind != "Any":
            kind = f"{kind} | None"
        metadata = [Call.of(MARKERS[self.location], self.marker).source()]
        if self.field:
            metadata.append(Call.of("Field", self.field).source())
        if self.notification:
            metadata.append("NotificationUrl()")
        if self.exact is not _MISSING:
            metadata.append(Call("Exact", (), (self.exact,)).source())
        elif self.raw:
            metadata.append(Call.of("Raw", self.raw).source())
        return f"Annotated[{kind}, {', '.join(metadata)}]"

    def line(self, annotation: str | None = None) -> str:
        """The field's line: `name: Annotated[...]`, with `= None` when optional."""
        line = f"{self.python}: {annotation or self.annotation()}"
        return line if self.required else line + " = None"

    def compare(self, want: Mapping[str, Any]) -> None:
        """Set `raw` to the keys of `want` the field does not write as given."""
        have, given = self._emitted_parts()
        for key, value in given.items():
            if want.get(key, _MISSING) != value:
                have, given = in_order(Parameter, have | given), {}
                break
        # else each given key is written as `want` has it: only the others are compared
        keys: dict[str, Any] = {}
        skip = ("schema",) if self.location == "body" else ()
        for key, value in want.items():
            if key not in skip and key not in given and have.get(key, _MISSING) != value:
                keys[key] = value
        drop = [key for key in have if key not in want and key not in skip]
        self.raw = ({"keys": keys} if keys else {}) | ({"drop": tuple(drop)} if drop else {})

    def set_raw(self, key: str, value: Any) -> None:
        """Write `key` of the parameter as `value` (`Raw(keys=...)`; `DROP`: `Raw(drop=...)`)."""
        raw = dict(self.raw or {})
        if value is DROP:
            raw["drop"] = (*raw.get("drop", ()), key)
        else:
            raw["keys"] = {**raw.get("keys", {}), key: value}
        self.raw = raw

    def _emitted_once(self) -> dict[str, Any]:
        """`emitted()`, computed once per declaration alike but for the keys written as given."""
        have, given = self._emitted_parts()
        return in_order(Parameter, have | given) if given else have

    def _emitted_parts(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """`emitted()` in two parts: its keys the marker gives as they are, and the others.

        A parameter writes its wire name and the marker's `description` and `summary`
        as they are (`emit.parameter_data`; a body field is emitted alone, so it is the
        whole body of `emit.body_parameter_data`), and any other, its `default` and
        `enum` too, whatever the rest (`_given`): so the rest is emitted once per
        declaration alike (under a stand-in name and default, which the given keys
        replace). The parts are only read.
        """
        body = self.location == "body"
        given = _given(self.python, self.marker, body=body)
        marker = self.marker
        if given:
            marker = {k: v for k, v in marker.items() if _GIVEN.get(k) not in given}
            if "default" in given:
                marker["default"] = _ANY_DEFAULT
        try:
            key = (
                self.location,
                "" if given else self.python,
                self.kind.live is bytes if body else self.kind.text,
                value_key(marker),
                value_key(self.field),
                self.notification,
                self.takes_none,
                self.required,
            )
            found = _EMITTED.get(key)
        except TypeError:  # not a value the generator writes: computed as it is
            return self.emitted(), {}
        if found is None:
            shape = self
            if given:
                shape = self.copy()
                shape.python, shape.marker = _SHAPE_NAME, marker
            found = _EMITTED.keep(key, shape.emitted())
        return found, given

    def emitted(self) -> dict[str, Any]:
        """The parameter the compiler writes for the field (a body without its `schema`)."""
        options = self.marker
        if self.location == "body":  # the schema is the type's: checked with the models
            options = {k: v for k, v in options.items() if k != "dynamic_schema"}
        marker = Call.of(MARKERS[self.location], options).make(_CLASSES)
        spec = field_spec(self.python, self._field_info(marker), frozenset())
        if self.location == "body":
            operation = OperationSpec(Action, "", _route(), None, [spec], None)
            body = body_parameter_data(operation, {spec.schema_type: {}})
            data = node_data(Parameter, body, unread=("schema",)) if body is not None else {}
            data.pop("schema", None)
            return data
        schemas, definitions = _schemas(spec.schema_type)
        return node_data(Parameter, parameter_data(spec, schemas[spec.schema_type], definitions))

    def _field_info(self, marker: Any) -> FieldInfo:
        """The field's `FieldInfo` with `marker`, as pydantic makes it from its `Annotated` form.

        Pydantic keeps a marker (no `FieldInfo`) as it is, in its place in `metadata`: so
        the `FieldInfo` is made once per type and other metadata (`_FIELD_INFOS`), with a
        stand-in for the marker, and each field's is a copy with its own marker put there.
        """
        body_bytes = self.location == "body" and self.kind.live is bytes
        try:
            key = (
                self.location == "body",
                body_bytes if self.location == "body" else self.kind.text,
                value_key(self.field),
                self.notification,
                self.takes_none,
                self.required,
            )
            template = _FIELD_INFOS.get(key)
        except TypeError:  # not a value the generator writes: made as it is
            key, template = None, None
        if template is None:
            metadata: list[Any] = [_MARKER_PLACE]
            if self.field:
                metadata.append(Field(**self.field))
            if self.notification:
                metadata.append(NotificationUrl())
            live = self.kind.live
            if self.location == "body" and not body_bytes:
                live = dict[str, Any]  # stands for the body model: only its schema differs
            if self.takes_none and live is not Any:
                live = cast("Any", Optional)[live]  # `X | None` for any X, made at runtime
            hint = _annotated(live, *metadata)
            template = (
                FieldInfo.from_annotation(hint)
                if self.required
                else FieldInfo.from_annotated_attribute(hint, None)
            )
            if key is not None:
                _FIELD_INFOS.keep(key, template)
        info = _copied(template)
        info.metadata = [marker if item is _MARKER_PLACE else item for item in template.metadata]
        return info


def _copied(info: FieldInfo) -> FieldInfo:
    """A shallow copy of a `FieldInfo` (its slots, as pydantic copies one; else `copy.copy`)."""
    slots = getattr(FieldInfo, "__slots__", None)
    if type(info) is not FieldInfo or not isinstance(slots, tuple):
        return copy.copy(info)
    copied = FieldInfo.__new__(FieldInfo)
    for name in slots:
        setattr(copied, name, getattr(info, name))
    return copied


class _MarkerPlace:
    """Where the marker goes in a `FieldInfo` made once for many fields (`_field_info`)."""


_MARKER_PLACE = _MarkerPlace()
_FIELD_INFOS: Memo[Any, FieldInfo] = Memo(4096)
"""`FieldInfo`s with `_MARKER_PLACE` for the marker, by the field's type and other metadata."""
_EMITTED: Memo[Any, dict[str, Any]] = Memo(4096)
"""What `emitted()` gave for each declaration (by `value_key`), while the process runs;
a field's without the keys it writes as given (`_GIVEN`)."""
_GIVEN = {
    "name": "name",
    "description": "description",
    "summary": "x-ms-summary",
    "default": "default",
    "enum": "enum",
}
"""Marker options a parameter writes as given, by their keys (see `_given`)."""
_ANY_DEFAULT: Any = None
"""The default a field with one is emitted with for `_EMITTED` (only that it has one counts)."""


def _given(python: str, marker: dict[str, Any], *, body: bool) -> dict[str, Any]:
    """The keys a field writes as its marker gives them (see `InputField._emitted_parts`).

    Its wire name (the marker's `name`, else the Python name), `description` and a
    `summary` that is no blank text; but for a body, a default of JSON data and an
    enum list of values (their keys are written as the values are, and a default
    counts otherwise only by being there: an internal input with one is required).
    {} when the marker's name is not one, or is a path into an inline body (`a/b`:
    the body's name is the route's), and the field is emitted whole.
    """
    name = marker.get("name", python)
    if not (isinstance(name, str) and name) or (body and "/" in name):
        return {}
    found: dict[str, Any] = {"name": name}
    description = marker.get("description")
    if isinstance(description, str):
        found["description"] = description
    summary = marker.get("summary")
    if isinstance(summary, str) and summary.strip():
        found["x-ms-summary"] = summary
    if body:  # a body writes neither (`emit.body_parameter_data`)
        return found
    default = marker.get("default", _MISSING)
    if default is not _MISSING and plain(default):
        found["default"] = default
    enum = marker.get("enum")
    if type(enum) is list and enum:  # not a mapping: its names are written apart
        found["enum"] = enum
    return found


_SHAPE_NAME = "field"
"""The Python name a field is emitted under for `_EMITTED` (its wire name is put back)."""


_PLANNED: Memo[Any, InputField] = Memo(8192)
"""Fields planned and compared for plain parameters, by `field_key`, while the process runs."""


def field_key(param: Mapping[str, Any], location: str, python: str) -> Any:
    """The key of the field of a parameter at `location` named `python` in `_PLANNED`.

    Such a field is a function of these alone (its options, type and raw keys are
    the parameter's), but a body's (its type is the models') or a dropdown's (it
    names other operations of the module): for them, and for values the generator
    does not write, None.
    """
    if location == "body" or "x-ms-dynamic-values" in param:
        return None
    try:
        return (value_key(param), location, python)
    except TypeError:
        return None


def known_field(key: Any) -> InputField | None:
    """A copy of the field planned and compared under `key` (`keep_field`), if any."""
    found = _PLANNED.get(key) if key is not None else None
    return found.copy() if found is not None else None


def keep_field(key: Any, field: InputField) -> None:
    """Keep a copy of `field`, planned and compared, under `key` (nothing if None)."""
    if key is not None:
        _PLANNED.keep(key, field.copy())


@functools.cache
def _route() -> Route:
    """A route for the one-field operation a body is emitted from (only its body name counts)."""
    return Route(method="POST", path="/", summary="Body")


def _schemas(kind: Any) -> tuple[dict[Any, Any], dict[str, Any]]:
    try:
        return _cached_schemas(kind)
    except TypeError:  # an unhashable type (an item type with `Field(...)`)
        return definitions_for([kind])


@functools.lru_cache(maxsize=256)
def _cached_schemas(kind: Any) -> tuple[dict[Any, Any], dict[str, Any]]:
    return definitions_for([kind])


def default_fits(kind: InputType, value: Any) -> bool:
    """Whether a default can be the marker's: of the field's type, as the build checks."""
    return kind.live is Any or value_fits(kind.live, value)


def stand_in(operation_id: str) -> type:
    """An object that answers `operation_id()` like the operation class a dropdown calls."""
    return _stand_in(operation_id)


@functools.lru_cache(maxsize=1024)
def _stand_in(operation_id: str) -> type:
    def operation_id_of() -> str:
        return operation_id

    def response_type() -> None:
        return None

    attributes = {
        "operation_id": staticmethod(operation_id_of),
        "response_type": staticmethod(response_type),
    }
    return type("DropdownTarget", (), attributes)
