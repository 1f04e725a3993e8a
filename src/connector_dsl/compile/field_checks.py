"""Checks of single operation fields: a body on a GET, wrong-typed defaults, unused options."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from enum import Enum
from typing import Any, Literal, get_args, get_origin

import orjson
from pydantic import TypeAdapter, ValidationError

from connector_dsl.authoring.markers import UNSET
from connector_dsl.authoring.places import class_place
from connector_dsl.compile.raw import exact_of, raw_of
from connector_dsl.compile.spec import FieldSpec, OperationSpec
from connector_dsl.errors import Diagnostic

_NO_BODY = ("GET", "HEAD")
_MARKERS = {"path": "Path", "query": "Query", "header": "Header", "body": "Body"}
_MARKERS["formData"] = "FormData"


def _written_exactly(spec: OperationSpec, field: FieldSpec, key: str) -> bool:
    """Whether `Exact(...)` or `Raw(keys={key: ...})` decides `key` of the field's parameter."""
    raw = raw_of(spec, field)
    return exact_of(spec, field) is not None or (raw is not None and key in raw.keys)


def designer_calls(specs: Iterable[OperationSpec], test_connection: object = None) -> set[type]:
    """Operations the designer calls itself: dropdown and dynamic schema targets, the test."""
    found: set[type] = {test_connection} if isinstance(test_connection, type) else set()
    for spec in specs:
        dynamics: list[object] = [spec.route.dynamic_response]
        for field in spec.fields:
            if field.display is not None:
                dynamics += [field.display.dynamic, field.display.dynamic_schema]
        found.update(
            target
            for target in (getattr(d, "operation", None) for d in dynamics if d is not None)
            if isinstance(target, type)
        )
    return found


def check_body_on_get(spec: OperationSpec, called: set[type]) -> Iterable[Diagnostic]:
    """A body or form fields on a HEAD request, or on a GET the designer calls itself.

    Any other GET with a body is the validator's warning (Power Platform sends it,
    services and proxies may drop it), placed at the field by the source map.
    """
    method = spec.route.method
    by_designer = spec.cls in called
    if method not in _NO_BODY or (method == "GET" and not by_designer):
        return
    for field in spec.fields:
        if field.location not in ("body", "formData") or exact_of(spec, field) is not None:
            continue
        kind = f"{spec.cls.__name__}.{field.python_name} is a {_MARKERS[field.location]}() field"
        if method == "HEAD":
            why = "a HEAD request carries no body"
        else:
            why = (
                f"the designer calls {spec.cls.__name__} itself (a dropdown, a dynamic schema or "
                "the connection test) and sends no body with a GET"
            )
        yield Diagnostic(
            "body-on-get",
            f"{kind}, but {why}: make it a Query()",
            class_place(spec.cls, field.python_name),
        )


@functools.lru_cache(maxsize=256)
def _cached_adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation)


def adapter(annotation: Any) -> TypeAdapter[Any]:
    """A `TypeAdapter` of a field's type, made once per type."""
    try:
        return _cached_adapter(annotation)
    except TypeError:  # an unhashable annotation
        return TypeAdapter(annotation)


def value_fits(annotation: Any, value: Any) -> bool:
    """Whether `value` is a `annotation` in strict mode, as a Python value or as its JSON."""
    checker = adapter(annotation)
    try:
        checker.validate_python(value, strict=True)
        return True
    except ValidationError:
        pass
    try:
        text = orjson.dumps(value)
    except TypeError:
        return False
    try:
        checker.validate_json(text, strict=True)
    except ValidationError:
        return False
    return True


def _type_name(annotation: Any) -> str:
    if get_origin(annotation) is Literal:
        return "Literal[" + ", ".join(repr(a) for a in get_args(annotation)) + "]"
    name = getattr(annotation, "__name__", None)
    return name if isinstance(name, str) and get_origin(annotation) is None else repr(annotation)


def _default_fix(annotation: Any, value: Any) -> str:
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = [f"{annotation.__name__}.{member.name}" for member in annotation]
        return "write one of " + ", ".join(members)
    if get_origin(annotation) is Literal:
        return "write one of " + ", ".join(repr(a) for a in get_args(annotation))
    try:
        fixed = adapter(annotation).validate_python(value)
    except (ValidationError, TypeError):
        return f"give a default of type {_type_name(annotation)}, or change the field's type"
    return f"write {fixed!r}"


def check_defaults(spec: OperationSpec) -> Iterable[Diagnostic]:
    """A field's default (`= value` or the marker's `default=`) is of the field's type."""
    for field in spec.fields:
        if field.default is UNSET or field.annotation is Any:
            continue
        if _written_exactly(spec, field, "default") or value_fits(field.annotation, field.default):
            continue
        fix = _default_fix(field.annotation, field.default)
        yield Diagnostic(
            "default-type",
            f"{spec.cls.__name__}.{field.python_name} has the default {field.default!r}, which is "
            f"not of type {_type_name(field.annotation)}: {fix}",
            class_place(spec.cls, field.python_name),
        )


def _ignored_options(spec: OperationSpec, field: FieldSpec) -> Iterable[tuple[str, str]]:
    """`Field(...)` options a parameter cannot carry, each with what to write instead."""
    info = spec.cls.model_fields.get(field.python_name)
    if info is None:
        return
    marker = _MARKERS[field.location]
    inline = field.location == "body" and spec.whole_body is None
    if info.title is not None and not inline:
        why = (
            "the body's schema is its type's, with no title from the field"
            if field.location == "body"
            else f"a {marker}() parameter has no title"
        )
        yield (
            "title",
            f"{why}: write {marker}(summary={info.title!r}), the title the designer shows",
        )
    if info.examples is not None:
        yield (
            "examples",
            "Swagger 2.0 has no examples on a parameter: leave it out (a body model's field "
            "takes Ui(example=...))",
        )
    if info.json_schema_extra is not None:
        yield (
            "json_schema_extra",
            f"its keys are not written: use {marker}(extensions=(extension('x-...', value),)) "
            "or Raw(keys={...})",
        )
    if info.deprecated is not None:
        yield (
            "deprecated",
            "Swagger 2.0 cannot mark a parameter deprecated: leave it out, or deprecate the "
            "whole operation with Route(deprecated=True)",
        )
    if info.alias is None and (info.validation_alias or info.serialization_alias) is not None:
        which = "validation_alias" if info.validation_alias is not None else "serialization_alias"
        yield (which, f"the wire name comes from {marker}(name=...) or Field(alias=...)")


def check_field_options(spec: OperationSpec) -> Iterable[Diagnostic]:
    """pydantic `Field(...)` options that would have no effect on the field's parameter."""
    for field in spec.fields:
        if exact_of(spec, field) is not None:
            continue
        for option, fix in _ignored_options(spec, field):
            yield Diagnostic(
                "field-option-ignored",
                f"{spec.cls.__name__}.{field.python_name}: Field({option}=...) would not be "
                f"written; {fix}",
                class_place(spec.cls, field.python_name),
            )
