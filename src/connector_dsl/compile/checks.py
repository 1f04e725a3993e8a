"""Checks made when a connector is built; each problem is a coded `Diagnostic`.

Codes (each has a test in tests/compile/):

- `path-template-unbound`: a `{name}` in the route has no path field.
- `path-field-unbound`: a `Path()` field has no `{name}` in the route.
- `duplicate-operation-id`: two operations share an operation id.
- dropdown and dynamic-schema codes: see `connector_dsl.compile.dynamic_checks`.
- `response-header-type`: a response header given a type no header can have (see
  `connector_dsl.compile.headers`).
- `internal-required-no-default`: an internal required input has no default.
- `webhook-no-notification-url`: a webhook trigger has no `NotificationUrl()` field.
- `webhook-no-payload`: a webhook trigger has no payload type.
- `webhook-notification-content`: a webhook's `notification_description` is not a string
  or None, or its `dynamic_payload` is not a `DynamicSchema` beside a `dict[str, Any]` payload.
- `body-and-form`: an operation mixes `Body()` and `FormData()` fields.
- `body-whole-not-alone`: a `Body(whole=True)` or `bytes` body field beside other `Body()` fields.
- `raw-inline-body`: a `Raw(...)` marker on one of several `Body()` fields (together
  they make one body object, so the marker has no parameter of its own to change).
- `operation-route`: an operation class has no `route`.
- `unknown-operation`: the connector names an operation (test connection, simulate,
  unsubscribe) that is not in `operations`.
- `webhook-body-no-notification-url`: a webhook's body is a model, and no field of it
  carries `Ui(notification_url=True)`.
- `body-on-get`: a `Body()` or `FormData()` field on a HEAD operation, or on a GET the
  designer calls itself (a dropdown, dynamic schema or connection test target); on other
  GETs the validator warns (Power Platform sends the body; proxies may drop it).
- `default-type`: a field's default is not of the field's type (pydantic, strict mode).
- `field-option-ignored`: a `Field(...)` option the field's parameter cannot carry
  (`title` except on a property of an inline body, `examples`, `json_schema_extra`,
  `deprecated`, a `validation_alias`/`serialization_alias` without `alias`).
- `connector-info`: the connector has no `info`, or it is not a `ConnectorInfo`.
- `operations-entry`: an entry of `operations` is not an operation class (a model, an
  instance, anything else), or `operations` is not a tuple.
- `connector-no-operations`: the connector lists no operations.
- `operation-no-description` (warning, from `connector_warnings`): an operation has
  neither a docstring nor `Route(description=...)`.

Codes raised when a declaration is made (tests in tests/authoring/):
`route-argument` (now also a `Literal` argument such as `visibility` out of its values),
`info-host` (a host with a scheme, a path or a bad port), `info-base-path` (a base path
without a leading `/`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, get_args

from pydantic import BaseModel

from connector_dsl.authoring.dynamic import DynamicSchema
from connector_dsl.authoring.markers import UNSET, Ui
from connector_dsl.authoring.places import class_place
from connector_dsl.compile.collect import strip_optional
from connector_dsl.compile.raw import raw_of
from connector_dsl.compile.spec import FieldSpec, OperationSpec, is_model
from connector_dsl.errors import Diagnostic, Place


def _field_place(spec: OperationSpec, field: FieldSpec) -> Place:
    return class_place(spec.cls, field.python_name)


def _folded(name: str) -> str:
    """A name without case, `_` and `-`: `templateNumber` and `template_number` agree."""
    return name.replace("_", "").replace("-", "").lower()


def _snake(name: str) -> str:
    snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).replace("-", "_").lower()
    return snake if snake.isidentifier() else "value"


def _path_annotation(python: str, template: str, kind: str = "str") -> str:
    marker = "Path()" if python == template else f"Path(name={template!r})"
    return f"`{python}: Annotated[{kind}, {marker}]`"


def _kind(field: FieldSpec) -> str:
    name = getattr(field.annotation, "__name__", None)
    return name if isinstance(field.annotation, type) and isinstance(name, str) else "str"


def _same_name(template: str, fields: list[FieldSpec]) -> FieldSpec | None:
    """The field whose Python or wire name is `template` but for case, `_` and `-`."""
    wanted = _folded(template)
    for field in fields:
        if wanted in (_folded(field.python_name), _folded(field.wire_name)):
            return field
    return None


def check_paths(spec: OperationSpec) -> Iterable[Diagnostic]:
    """Path templates against path fields, both ways, with the likely field named."""
    cls = spec.cls.__name__
    route = spec.route.path
    templates = spec.route.template_names
    path_fields = {f.wire_name: f for f in spec.fields if f.location == "path"}
    unbound = [f for name, f in path_fields.items() if name not in templates]
    paired: set[str] = set()
    for name in templates:
        if name in path_fields:
            continue
        twin = _same_name(name, [f for f in unbound if f.python_name not in paired])
        if twin is not None:  # one mistake: the field's wire name is not the route's
            paired.add(twin.python_name)
            yield Diagnostic(
                "path-field-unbound",
                f"{cls}.{twin.python_name} fills {{{twin.wire_name}}}, but the route {route!r} "
                f"has {{{name}}}: write {_path_annotation(twin.python_name, name, _kind(twin))}"
                f", or {{{twin.wire_name}}} in the route",
                _field_place(spec, twin),
            )
            continue
        near = _same_name(name, [f for f in spec.fields if f.location != "path"])
        if near is not None:
            yield Diagnostic(
                "path-template-unbound",
                f"the route {route!r} has {{{name}}} but {cls} has no path field for it; "
                f"{cls}.{near.python_name} is a {near.location} field: did you mean "
                f"{_path_annotation(near.python_name, name, _kind(near))}?",
                _field_place(spec, near),
            )
            continue
        yield Diagnostic(
            "path-template-unbound",
            f"the route {route!r} has {{{name}}} but {cls} has no field for it: add "
            f"{_path_annotation(_snake(name), name)}",
            class_place(spec.cls, "route"),
        )
    for field in unbound:
        if field.python_name in paired:
            continue
        yield Diagnostic(
            "path-field-unbound",
            f"{cls}.{field.python_name} fills {{{field.wire_name}}}, but the route {route!r} "
            "has no such placeholder: add it to the route, or make the field a Query()",
            _field_place(spec, field),
        )


def check_internal(spec: OperationSpec) -> Iterable[Diagnostic]:
    """Internal required inputs need a default, since nobody can type them."""
    for field in spec.fields:
        display = field.display
        if (
            display is not None
            and display.visibility == "internal"
            and field.required
            and field.default is UNSET
            and not field.notification_url
        ):
            yield Diagnostic(
                "internal-required-no-default",
                f"{field.python_name!r} is internal and required but has no default; "
                "give it a default or make it important/advanced",
                _field_place(spec, field),
            )


def _model_has_notification_url(model: Any, seen: frozenset[Any] = frozenset()) -> bool:
    """Whether a field of `model` (or of a model inside it) has `Ui(notification_url=True)`."""
    if not is_model(model) or model in seen:
        return False
    for info in model.model_fields.values():
        if any(isinstance(m, Ui) and m.notification_url for m in info.metadata):
            return True
        inner, _ = strip_optional(info.annotation)
        for part in (inner, *get_args(inner)):
            if _model_has_notification_url(part, seen | {model}):
                return True
    return False


def _callback_guess(model: type[BaseModel]) -> str | None:
    """The field of `model` most likely to be the callback URL."""
    names = [n for n, i in model.model_fields.items() if strip_optional(i.annotation)[0] is str]
    for hint in ("callback", "notification", "hook", "url"):
        for name in names:
            if hint in name.lower():
                return name
    return None


def check_webhook(spec: OperationSpec) -> Iterable[Diagnostic]:
    """A webhook trigger needs a callback URL field and a payload type.

    The callback URL is a field marked `NotificationUrl()`, or, when the body is a
    model, a field of that model marked `Ui(notification_url=True)`.
    """
    if spec.cls.kind != "webhook":
        return
    whole = spec.whole_body
    model = whole.annotation if whole is not None and is_model(whole.annotation) else None
    direct = any(f.notification_url for f in spec.fields if f is not whole or model is None)
    if model is not None and not direct and not _model_has_notification_url(model):
        guess = _callback_guess(model)
        example = guess or "callback_url"
        yield Diagnostic(
            "webhook-body-no-notification-url",
            f"{spec.cls.__name__} sends {model.__name__} as its body "
            f"({spec.cls.__name__}.{whole.python_name if whole else ''}), but no field of "
            f"{model.__name__} is marked as the callback URL: write `{example}: Annotated[str, "
            "Ui(notification_url=True, visibility='internal')]` in it",
            class_place(model, guess),
        )
    elif not direct and model is None:
        yield Diagnostic(
            "webhook-no-notification-url",
            f"{spec.cls.__name__} is a webhook trigger without a callback URL field: add "
            "`callback_url: Annotated[str, Body(...), NotificationUrl()]`",
            class_place(spec.cls),
        )
    if spec.response is None:
        yield Diagnostic(
            "webhook-no-payload",
            f"{spec.cls.__name__} has no payload type: write WebhookTrigger[Payload] with the "
            "model the service posts",
            class_place(spec.cls),
        )


_ANY_OBJECT = (Any, dict, dict[str, Any])
"""Payload type arguments that say nothing beside a `dynamic_payload`."""


def _declared_place(cls: type, name: str) -> Place:
    """The place of the class attribute `name` in the class of `cls`'s hierarchy that sets it."""
    owner = next((base for base in cls.__mro__ if name in vars(base)), cls)
    return class_place(owner, name)


def check_notification(spec: OperationSpec) -> Iterable[Diagnostic]:
    """A webhook's notification description and dynamic payload have the right types."""
    if spec.cls.kind != "webhook":
        return
    name = spec.cls.__name__
    description = getattr(spec.cls, "notification_description", None)
    if description is not None and not isinstance(description, str):
        yield Diagnostic(
            "webhook-notification-content",
            f"{name}.notification_description must be a string (None: no description), "
            f"not {type(description).__name__}",
            _declared_place(spec.cls, "notification_description"),
        )
    dynamic = getattr(spec.cls, "dynamic_payload", None)
    if dynamic is None:
        return
    if not isinstance(dynamic, DynamicSchema):
        yield Diagnostic(
            "webhook-notification-content",
            f"{name}.dynamic_payload takes a DynamicSchema(Operation, path=..., "
            f"parameters=...), not {type(dynamic).__name__}",
            _declared_place(spec.cls, "dynamic_payload"),
        )
    elif spec.response not in _ANY_OBJECT:
        shown = getattr(spec.response, "__name__", None) or repr(spec.response)
        yield Diagnostic(
            "webhook-notification-content",
            f"{name} takes its payload's schema from dynamic_payload, so the type argument "
            f"{shown} is not used: write WebhookTrigger[dict[str, Any]]",
            class_place(spec.cls),
        )


def check_body_form(spec: OperationSpec) -> Iterable[Diagnostic]:
    """Body and form fields cannot be mixed in one request."""
    locations = {f.location for f in spec.fields}
    if {"body", "formData"} <= locations:
        yield Diagnostic(
            "body-and-form",
            f"{spec.cls.__name__} mixes Body() and FormData() fields; a request has one or the "
            "other",
            class_place(spec.cls),
        )


def check_whole_body(spec: OperationSpec) -> Iterable[Diagnostic]:
    """A field that is the whole body cannot share the body with other fields."""
    bodies = [f for f in spec.fields if f.location == "body"]
    if len(bodies) < 2:
        return
    for field in bodies:
        if field.whole_by_itself:
            yield Diagnostic(
                "body-whole-not-alone",
                f"{spec.cls.__name__}.{field.python_name} is the whole body, but the operation has "
                f"{len(bodies)} Body() fields: make it the only one, or a property (no whole=True, "
                "not bytes)",
                _field_place(spec, field),
            )


def check_raw_markers(spec: OperationSpec) -> Iterable[Diagnostic]:
    """`Raw(...)` changes one parameter: a field of a body made of several fields has none."""
    bodies = [f for f in spec.fields if f.location == "body"]
    if len(bodies) < 2:
        return
    for field in bodies:
        if raw_of(spec, field) is not None:
            yield Diagnostic(
                "raw-inline-body",
                f"{spec.cls.__name__}.{field.python_name} is one property of a body made of "
                f"{len(bodies)} fields, so Raw(...) has no parameter of its own to change: "
                "use Route(raw=...) or one body field",
                _field_place(spec, field),
            )


def check_unique_ids(specs: list[OperationSpec]) -> Iterable[Diagnostic]:
    """Operation ids must be unique."""
    seen: dict[str, OperationSpec] = {}
    for spec in specs:
        first = seen.setdefault(spec.operation_id, spec)
        if first is not spec:
            yield Diagnostic(
                "duplicate-operation-id",
                f"operation id {spec.operation_id!r} is used by {first.cls.__name__} and "
                f"{spec.cls.__name__}: rename one class or set Route(operation_id=...)",
                class_place(spec.cls),
            )
