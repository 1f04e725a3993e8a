"""Reading operation classes into `OperationSpec`s."""

from __future__ import annotations

import inspect
import types
from collections.abc import Set
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from connector_dsl.authoring.markers import UNSET, Display, NotificationUrl, Param, Ui
from connector_dsl.authoring.operations import Operation
from connector_dsl.authoring.places import class_place
from connector_dsl.authoring.raw import Exact, Raw
from connector_dsl.authoring.route import Route
from connector_dsl.compile.docstrings import field_docstrings
from connector_dsl.compile.field_checks import adapter
from connector_dsl.compile.spec import FieldSpec, Location, OperationSpec, is_model
from connector_dsl.errors import Diagnostic


def strip_optional(annotation: Any) -> tuple[Any, bool]:
    """The type without `None` in a union, and whether `None` was there."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) < len(get_args(annotation)):
            if len(args) == 1:
                return args[0], True
            return Union[tuple(args)], True  # noqa: UP007
    return annotation, False


_OURS = (Display, NotificationUrl, Exact, Raw)
"""Metadata the compiler reads itself; the rest is pydantic's, for the field's schema."""


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _plain(value: Any) -> bool:
    """Whether `value` is made of JSON's own types only (exact types: no enum members)."""
    kind = type(value)
    if kind in (str, int, float, bool, type(None)):
        return True
    if kind is list:
        return all(_plain(item) for item in value)
    return kind is dict and all(type(k) is str and _plain(v) for k, v in value.items())


def _as_json(annotation: Any, value: Any) -> Any:
    """A default as the JSON the document holds (an enum member as its value, a date as text)."""
    try:
        return adapter(annotation).dump_python(value, mode="json", warnings=False)
    except Exception:  # not of the type: `default-type` reports it as written
        return value


_BASE_DOCS = {inspect.getdoc(Operation), inspect.getdoc(BaseModel)}
"""Docstrings an operation class inherits rather than writes: never its description."""


def collect(cls: type[Operation[Any]]) -> OperationSpec:
    """Read one operation class; problems go to the spec's diagnostics."""
    diagnostics: list[Diagnostic] = []
    route = getattr(cls, "route", None)
    if not isinstance(route, Route):
        diagnostics.append(
            Diagnostic(
                "operation-route",
                f"{cls.__name__} has no route: add "
                '`route = Route(method="GET", path="/things", summary="List things")`',
                class_place(cls),
            )
        )
        route = Route(method="GET", path="/", summary=cls.__name__)
    templates = set(route.template_names)
    docs = field_docstrings(cls)
    fields = [
        field_spec(name, info, templates, docs.get(name)) for name, info in cls.model_fields.items()
    ]
    own = cls.__dict__.get("__doc__")
    doc = inspect.cleandoc(own) if isinstance(own, str) and own else None
    if doc in _BASE_DOCS:
        doc = None
    return OperationSpec(
        cls=cls,
        operation_id=cls.operation_id(),
        route=route,
        description=route.description or doc,
        fields=fields,
        response=cls.response_type(),
        diagnostics=diagnostics,
    )


def field_spec(
    name: str, info: FieldInfo, templates: Set[str], doc: str | None = None
) -> FieldSpec:
    """One field of an operation class read: `templates` are the route's `{names}`, `doc`
    the docstring under the field.

    The generator runs this (and `emit.parameter`) on a field it declares as an
    object, to know the parameter that field writes.
    """
    annotation, nullable = strip_optional(info.annotation)
    marker = next((m for m in info.metadata if isinstance(m, Param)), None)
    ui = next((m for m in info.metadata if isinstance(m, Ui)), None)
    notification = any(isinstance(m, NotificationUrl) for m in info.metadata) or (
        ui is not None and ui.notification_url
    )
    location: Location
    if marker is not None:
        location = marker.location
    elif name in templates:
        location = "path"
    elif is_model(annotation):
        location = "body"
    else:
        location = "query"
    wire = marker.name if marker is not None and marker.name else (info.alias or name)
    default: Any = UNSET
    if info.default is not PydanticUndefined and info.default is not None:
        default = info.default
    elif info.default_factory is not None:
        default = info.get_default(call_default_factory=True, validated_data={})
    elif marker is not None and marker.default is not UNSET:
        default = marker.default
    if default is not UNSET and not _plain(default):
        default = _as_json(annotation, default)
    display: Display | None = marker or ui
    constraints = tuple(m for m in info.metadata if not isinstance(m, _OURS))
    description = info.description or (display.description if display else None) or doc
    return FieldSpec(
        python_name=name,
        wire_name=wire,
        location=location,
        annotation=annotation,
        nullable=nullable,
        required=info.is_required(),
        default=default,
        marker=marker,
        ui=ui,
        description=description,
        title=info.title,
        notification_url=notification,
        constraints=constraints if _hashable(constraints) else (),
    )
