"""Checks of dropdowns and dynamic schemas, made when a connector is built.

A problem of the dropdown itself (its operation, inputs, literal types, response
paths) is reported once, at the line that made it, however many fields use it. A
problem of one use (a `ref(...)` naming an input that the operation showing the
dropdown lacks, or has with another type) is reported at that field; at the
dropdown's own line when every use has it.

Codes (each has a test in tests/compile/test_dynamic_diagnostics.py):

- `dynamic-unknown-operation`: the dropdown calls an operation that is not in the connector.
- `dynamic-unknown-parameter`: an input it passes, or a `ref(...)`, names no input.
- `dynamic-missing-parameter`: it leaves out a required input of its operation.
- `dynamic-parameter-type`: a literal input does not fit the input's type.
- `dynamic-reference-type`: a `ref(path, kind)` has another type than an input it links.
- `dynamic-unknown-response-path`: a value, title, collection or schema path is not in the
  operation's response model.
- `dynamic-spelling`: the typed and the path-string spellings are mixed in one dropdown.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import orjson
from pydantic import BaseModel, TypeAdapter, ValidationError

from connector_dsl.authoring.dynamic import DynamicSchema, DynamicValues, ParamRef
from connector_dsl.authoring.markers import UNSET, Display, Ui
from connector_dsl.authoring.places import class_place, constant_place
from connector_dsl.compile.dynamic import call_inputs, input_key
from connector_dsl.compile.spec import FieldSpec, OperationSpec
from connector_dsl.errors import Diagnostic, Place

Dynamic = DynamicValues[Any] | DynamicSchema[Any]


@dataclass(frozen=True, slots=True)
class _Use:
    """One place a dropdown or dynamic schema is used."""

    spec: OperationSpec
    owner: type
    field: str | None
    annotation: Any
    """The type of the field that shows it, or None."""

    def place(self) -> Place:
        return class_place(self.owner, self.field)


def check_dynamic(
    specs: list[OperationSpec], schemas: dict[Any, Any], definitions: dict[str, Any]
) -> Iterable[Diagnostic]:
    """Dynamic values and schemas must name real operations, inputs, types and paths."""
    by_class = {spec.cls: spec for spec in specs}
    uses: dict[int, tuple[Dynamic, list[_Use]]] = {}
    for spec in specs:
        for dynamic, use in _uses(spec):
            uses.setdefault(id(dynamic), (dynamic, []))[1].append(use)
    for dynamic, used in uses.values():
        yield from _check(dynamic, used, by_class, schemas, definitions)


def _uses(spec: OperationSpec) -> Iterator[tuple[Dynamic, _Use]]:
    for field in spec.fields:
        yield from _display_uses(spec, spec.cls, field.python_name, field.annotation, field.display)
        for model in _models(field.annotation):
            for name, info in model.model_fields.items():
                ui = next((m for m in info.metadata if isinstance(m, Ui)), None)
                yield from _display_uses(spec, model, name, info.annotation, ui)
    if spec.route.dynamic_response is not None:
        yield spec.route.dynamic_response, _Use(spec, spec.cls, "route", None)
    payload = getattr(spec.cls, "dynamic_payload", None)
    if spec.cls.kind == "webhook" and isinstance(payload, DynamicSchema):
        owner = next((b for b in spec.cls.__mro__ if "dynamic_payload" in vars(b)), spec.cls)
        yield payload, _Use(spec, owner, "dynamic_payload", None)


def _display_uses(
    spec: OperationSpec, owner: type, name: str, annotation: Any, display: Display | None
) -> Iterator[tuple[Dynamic, _Use]]:
    if display is None:
        return
    for dynamic in (display.dynamic, display.dynamic_schema):
        if dynamic is not None:
            yield dynamic, _Use(spec, owner, name, annotation)


def _models(annotation: Any, seen: set[type] | None = None) -> Iterator[type[BaseModel]]:
    """Every model class a type reaches through its fields, lists and unions."""
    seen = set() if seen is None else seen
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation in seen:
            return
        seen.add(annotation)
        yield annotation
        for info in annotation.model_fields.values():
            yield from _models(info.annotation, seen)
        return
    for arg in get_args(annotation):
        yield from _models(arg, seen)


def _check(
    dynamic: Dynamic,
    uses: list[_Use],
    by_class: dict[type, OperationSpec],
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> Iterator[Diagnostic]:
    own = constant_place(dynamic.place)
    if own.python is None:  # written inline in the field's marker: the field is its place
        own = uses[0].place()
    else:  # a class attribute (`dynamic_payload = DynamicSchema(...)`) is named with its class
        own = next(
            (
                at
                for at in (use.place() for use in uses if use.field == own.python)
                if (at.file, at.line) == (own.file, own.line)
            ),
            own,
        )
    for code, message in dynamic.problems:
        yield Diagnostic(code, message, own)
    target = by_class.get(dynamic.operation)
    if target is None:
        yield Diagnostic(
            "dynamic-unknown-operation",
            f"the dropdown uses {dynamic.operation.__name__}, which is not in the connector's "
            "operations: add it (usually with visibility='internal')",
            own,
        )
        return
    inputs = call_inputs(dynamic)
    yield from _check_inputs(target, inputs, own)
    for name, value in inputs.items():
        if isinstance(value, ParamRef):
            yield from _check_reference(target, name, value, uses, own, schemas, definitions)
    if not dynamic.problems:
        yield from _check_paths(dynamic, target, own, schemas, definitions)


def _check_inputs(
    target: OperationSpec, inputs: dict[str, Any], own: Place
) -> Iterator[Diagnostic]:
    keys = {input_key(target, f): f for f in target.fields}
    heads = {key.split("/", 1)[0] for key in keys}
    given = {name.split("/", 1)[0] for name in inputs} | set(inputs)
    for key, field in keys.items():
        if field.required and field.default is UNSET and key not in given:
            head = key.split("/", 1)[0]
            if head in given and "/" in key:
                continue
            yield Diagnostic(
                "dynamic-missing-parameter",
                f"the dropdown calls {target.cls.__name__} without its required input "
                f"{field.python_name!r}: pass it, e.g. {target.cls.__name__}("
                f"{field.python_name}=ref(...))",
                own,
            )
    for name, value in inputs.items():
        given_field = keys.get(name)
        if given_field is None and name.split("/", 1)[0] not in heads:
            names = ", ".join(sorted(f.python_name for f in target.fields)) or "none"
            yield Diagnostic(
                "dynamic-unknown-parameter",
                f"{target.cls.__name__} has no input {name!r}; it has {names}",
                own,
            )
        elif (
            given_field is not None
            and not isinstance(value, ParamRef)
            and not _accepts(given_field, value)
        ):
            yield Diagnostic(
                "dynamic-parameter-type",
                f"{value!r} does not fit {target.cls.__name__}.{given_field.python_name}, which "
                f"takes {_name(given_field.annotation)}: pass a value of that type",
                own,
            )


def _check_reference(
    target: OperationSpec,
    name: str,
    ref: ParamRef,
    uses: list[_Use],
    own: Place,
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> Iterator[Diagnostic]:
    field = next((f for f in target.fields if input_key(target, f) == name), None)
    if field is not None and ref.kind is not None and not _fits(ref.kind, field.annotation):
        yield Diagnostic(
            "dynamic-reference-type",
            f"ref({ref.path!r}, {_name(ref.kind)}) feeds {target.cls.__name__}."
            f"{field.python_name}, which takes {_name(field.annotation)}",
            own,
        )
    missing = [u for u in uses if not _reference_exists(u.spec, ref, schemas, definitions)]
    if missing and len(missing) == len(uses):
        where = ", ".join(sorted({u.spec.cls.__name__ for u in uses}))
        yield Diagnostic(
            "dynamic-unknown-parameter",
            f"ref({ref.path!r}) names no input of {where}, which show this dropdown: "
            f"name one of their inputs",
            own,
        )
        return
    for use in missing:
        yield Diagnostic(
            "dynamic-unknown-parameter",
            f"ref({ref.path!r}) names no input of {use.spec.cls.__name__}, which shows this "
            "dropdown: add that input or use another dropdown",
            use.place(),
        )
    if ref.kind is None:
        return
    for use in uses:
        source = _referenced_type(use.spec, ref)
        if source is not None and not _fits(source, ref.kind):
            yield Diagnostic(
                "dynamic-reference-type",
                f"ref({ref.path!r}, {_name(ref.kind)}) reads {use.spec.cls.__name__}."
                f"{ref.path}, which is {_name(source)}: give ref() that type",
                use.place(),
            )


def _check_paths(
    dynamic: Dynamic,
    target: OperationSpec,
    own: Place,
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> Iterator[Diagnostic]:
    if not isinstance(dynamic, DynamicValues):
        return
    response = schemas.get(target.response) if target.response is not None else None
    base = response or {}
    if dynamic.collection:
        if not schema_has_path(base, dynamic.collection, definitions):
            yield _missing_path(target, dynamic.collection, own)
            return
        base = item_schema(base, dynamic.collection, definitions)
    else:
        base = resolve_schema(base, definitions)
        base = resolve_schema(base.get("items", {}), definitions) if isinstance(base, dict) else {}
    for path in (dynamic.value, dynamic.title):
        if path and not schema_has_path(base, path, definitions):
            yield _missing_path(target, path, own)


# --- types ------------------------------------------------------------------------------------


def _plain(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _plain(args[0])
    return annotation


def _name(annotation: Any) -> str:
    plain = _plain(annotation)
    return plain.__name__ if isinstance(plain, type) else str(plain).replace("typing.", "")


def _fits(source: Any, target: Any) -> bool:
    """Whether a value of type `source` is a valid value of type `target`."""
    source, target = _plain(source), _plain(target)
    if source is Any or target is Any or source == target:
        return True
    if get_origin(source) is Literal:
        return all(_fits(type(arg), target) for arg in get_args(source))
    if get_origin(target) in (Union, types.UnionType):
        return any(_fits(source, arg) for arg in get_args(target))
    if not (isinstance(source, type) and isinstance(target, type)):
        return False
    if source is bool and target in (int, float):
        return False
    return issubclass(source, target) or (source is int and target is float)


@functools.cache
def _adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


def _accepts(field: FieldSpec, value: Any) -> bool:
    """Whether a literal is a valid JSON value of the field's type (strictly: no coercion)."""
    annotation = field.annotation | None if field.nullable else field.annotation
    if isinstance(value, Enum):
        value = value.value
    try:
        _adapter(annotation).validate_json(orjson.dumps(value), strict=True)
    except ValidationError:
        return False
    except Exception:
        return True
    return True


def _referenced_type(spec: OperationSpec, ref: ParamRef) -> Any:
    for field in spec.fields:
        if field.wire_name == ref.path or field.python_name == ref.path:
            return field.annotation | None if field.nullable else field.annotation
    return None


# --- references and paths -----------------------------------------------------------------------


def _reference_exists(
    spec: OperationSpec, ref: ParamRef, schemas: dict[Any, Any], defs: Any
) -> bool:
    head, _, rest = ref.path.partition("/")
    for field in spec.fields:
        if field.location == "body" and spec.whole_body is None and field.wire_name == ref.path:
            return True
        if field.wire_name != head:
            continue
        if not rest:
            return True
        return schema_has_path(schemas.get(field.schema_type, {}), rest, defs)
    if head == spec.route.body_name and spec.whole_body is None:
        return any(f.location == "body" and f.wire_name == rest for f in spec.fields)
    return False


def schema_has_path(schema: Any, path: str, definitions: dict[str, Any]) -> bool:
    """Whether a path string (`data/attributes/name`) exists in a schema, through arrays."""
    node = resolve_schema(schema, definitions)
    for part in [p for p in path.split("/") if p]:
        node = resolve_schema(node, definitions)
        while isinstance(node, dict) and node.get("type") == "array":
            node = resolve_schema(node.get("items", {}), definitions)
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or part not in properties:
            return False
        node = properties[part]
    return True


def resolve_schema(schema: Any, definitions: dict[str, Any]) -> Any:
    """`schema` with its `$ref`s followed (at most 50)."""
    for _ in range(50):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        schema = definitions.get(schema["$ref"].removeprefix("#/definitions/"), {})
    return schema


def item_schema(schema: Any, path: str, definitions: dict[str, Any]) -> Any:
    """The schema of one item of the list at a collection path."""
    node = resolve_schema(schema, definitions)
    for part in [p for p in path.split("/") if p]:
        node = resolve_schema(node, definitions)
        while isinstance(node, dict) and node.get("type") == "array":
            node = resolve_schema(node.get("items", {}), definitions)
        node = node["properties"][part]
    node = resolve_schema(node, definitions)
    if isinstance(node, dict) and node.get("type") == "array":
        return resolve_schema(node.get("items", {}), definitions)
    return node


def _missing_path(target: OperationSpec, path: str, place: Place) -> Diagnostic:
    return Diagnostic(
        "dynamic-unknown-response-path",
        f"{path!r} is not in the response of {target.cls.__name__}; read a field of its "
        "response model, e.g. value=lambda r: [item.id for item in r.data]",
        place,
    )
