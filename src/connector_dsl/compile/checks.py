"""Checks made when a connector is built; each problem is a coded `Diagnostic`.

Codes (each has a test in tests/compile/):

- `path-template-unbound`: a `{name}` in the route has no path field.
- `path-field-unbound`: a `Path()` field has no `{name}` in the route.
- `duplicate-operation-id`: two operations share an operation id.
- `dynamic-unknown-operation`: a dynamic reference names an operation not in the connector.
- `dynamic-unknown-parameter`: a dynamic reference names a parameter that does not exist.
- `dynamic-missing-parameter`: a dynamic reference leaves out a required input of its operation.
- `dynamic-unknown-response-path`: a dynamic path is not in the operation's response.
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
from typing import Any

from connector_dsl.authoring.dynamic import DynamicSchema, DynamicValues, ParamRef
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


def _input_names(spec: OperationSpec) -> set[str]:
    names = {f.wire_name for f in spec.fields if f.location != "body"}
    whole = spec.whole_body
    body = [f for f in spec.fields if f.location == "body"]
    if whole is not None:
        names.add(whole.wire_name)
    elif body:
        names.add(spec.route.body_name)
    return names


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
    node = _resolve(schema, definitions)
    for part in [p for p in path.split("/") if p]:
        node = _resolve(node, definitions)
        while isinstance(node, dict) and node.get("type") == "array":
            node = _resolve(node.get("items", {}), definitions)
        properties = node.get("properties") if isinstance(node, dict) else None
        if not isinstance(properties, dict) or part not in properties:
            return False
        node = properties[part]
    return True


def _resolve(schema: Any, definitions: dict[str, Any]) -> Any:
    for _ in range(50):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        schema = definitions.get(schema["$ref"].removeprefix("#/definitions/"), {})
    return schema


def check_dynamic(
    specs: list[OperationSpec],
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> Iterable[Diagnostic]:
    """Dynamic values and schemas must name real operations, parameters and paths."""
    by_class = {spec.cls: spec for spec in specs}
    for spec in specs:
        for field in spec.fields:
            display = field.display
            if display is None:
                continue
            for dynamic in (display.dynamic, display.dynamic_schema):
                if dynamic is not None:
                    yield from _check_one(spec, field, dynamic, by_class, schemas, definitions)
        if spec.route.dynamic_response is not None:
            yield from _check_one(
                spec, None, spec.route.dynamic_response, by_class, schemas, definitions
            )


def _check_one(
    spec: OperationSpec,
    field: FieldSpec | None,
    dynamic: DynamicValues | DynamicSchema,
    by_class: dict[type, OperationSpec],
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> Iterable[Diagnostic]:

    def place() -> Place:  # found only when there is something to report
        return _field_place(spec, field) if field is not None else class_place(spec.cls, "route")

    target = by_class.get(dynamic.operation)
    if target is None:
        yield Diagnostic(
            "dynamic-unknown-operation",
            f"the dropdown uses {dynamic.operation.__name__}, which is not in the connector's "
            "operations: add it (usually with visibility='internal')",
            place(),
        )
        return
    inputs = _input_names(target)
    given = {name.split("/", 1)[0] for name in dynamic.parameters}
    for needed in target.fields:
        inline = needed.location == "body" and target.whole_body is None
        name = target.route.body_name if inline else needed.wire_name
        if needed.required and needed.default is UNSET and name not in given:
            yield Diagnostic(
                "dynamic-missing-parameter",
                f"the dropdown calls {target.cls.__name__} without its required input "
                f"{name!r}: pass it in parameters={{{name!r}: ParamRef(...)}}",
                place(),
            )
    for name, value in dynamic.parameters.items():
        if name.split("/", 1)[0] not in inputs:
            yield Diagnostic(
                "dynamic-unknown-parameter",
                f"{target.cls.__name__} has no parameter {name!r}; it has "
                f"{', '.join(sorted(inputs)) or 'none'}",
                place(),
            )
        if isinstance(value, ParamRef) and not _reference_exists(spec, value, schemas, definitions):
            yield Diagnostic(
                "dynamic-unknown-parameter",
                f"ParamRef({value.path!r}) names no parameter of {spec.cls.__name__}",
                place(),
            )
    if isinstance(dynamic, DynamicValues):
        response = schemas.get(target.response) if target.response is not None else None
        base = response or {}
        collection = dynamic.collection
        if collection:
            if not schema_has_path(base, collection, definitions):
                yield _missing_path(target, collection, place())
                return
            base = _item_schema(base, collection, definitions)
        else:
            base = _resolve(base, definitions)
            base = _resolve(base.get("items", {}), definitions) if isinstance(base, dict) else {}
        for path in (dynamic.value, dynamic.title):
            if path and not schema_has_path(base, path, definitions):
                yield _missing_path(target, path, place())


def _item_schema(schema: Any, path: str, definitions: dict[str, Any]) -> Any:
    node = _resolve(schema, definitions)
    for part in [p for p in path.split("/") if p]:
        node = _resolve(node, definitions)
        while isinstance(node, dict) and node.get("type") == "array":
            node = _resolve(node.get("items", {}), definitions)
        node = node["properties"][part]
    node = _resolve(node, definitions)
    if isinstance(node, dict) and node.get("type") == "array":
        return _resolve(node.get("items", {}), definitions)
    return node


def _missing_path(target: OperationSpec, path: str, place: Place) -> Diagnostic:
    return Diagnostic(
        "dynamic-unknown-response-path",
        f"{path!r} is not in the response of {target.cls.__name__}; use a path string of its "
        "response model (e.g. 'data/attributes/name')",
        place,
    )
