"""Checks made when a connector is built; each problem is a coded `Diagnostic`.

Codes (each has a test in tests/compile/):

- `path-template-unbound`: a `{name}` in the route has no path field.
- `path-field-unbound`: a `Path()` field has no `{name}` in the route.
- `duplicate-operation-id`: two operations share an operation id.
- dropdown and dynamic-schema codes: see `connector_dsl.compile.dynamic_checks`.
- `internal-required-no-default`: an internal required input has no default.
- `webhook-no-notification-url`: a webhook trigger has no `NotificationUrl()` field.
- `webhook-no-payload`: a webhook trigger has no payload type.
- `body-and-form`: an operation mixes `Body()` and `FormData()` fields.
- `body-whole-not-alone`: a `Body(whole=True)` or `bytes` body field beside other `Body()` fields.
- `raw-inline-body`: a `Raw(...)` marker on one of several `Body()` fields (together
  they make one body object, so the marker has no parameter of its own to change).
- `operation-route`: an operation class has no `route`.
- `unknown-operation`: the connector names an operation (test connection, simulate,
  unsubscribe) that is not in `operations`.
"""

from __future__ import annotations

from collections.abc import Iterable

from connector_dsl.authoring.markers import UNSET
from connector_dsl.authoring.places import class_place
from connector_dsl.compile.raw import raw_of
from connector_dsl.compile.spec import FieldSpec, OperationSpec
from connector_dsl.errors import Diagnostic, Place


def _field_place(spec: OperationSpec, field: FieldSpec) -> Place:
    return class_place(spec.cls, field.python_name)


def check_paths(spec: OperationSpec) -> Iterable[Diagnostic]:
    """Path templates against path fields, both ways."""
    templates = spec.route.template_names
    path_fields = {f.wire_name: f for f in spec.fields if f.location == "path"}
    for name in templates:
        if name not in path_fields:
            yield Diagnostic(
                "path-template-unbound",
                f"the route {spec.route.path!r} has {{{name}}} but {spec.cls.__name__} has no "
                f"field for it: add `{name}: Annotated[str, Path(...)]`",
                class_place(spec.cls, "route"),
            )
    for name, field in path_fields.items():
        if name not in templates:
            yield Diagnostic(
                "path-field-unbound",
                f"Path field {name!r} has no {{{name}}} in the route {spec.route.path!r}: "
                "add it to the route or make the field a Query()",
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


def check_webhook(spec: OperationSpec) -> Iterable[Diagnostic]:
    """A webhook trigger needs a callback URL field and a payload type."""
    if spec.cls.kind != "webhook":
        return
    if not any(f.notification_url for f in spec.fields):
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
