"""Turning `OperationSpec`s into the document model."""

from __future__ import annotations

from typing import Any, Literal

from connector_dsl.authoring.dynamic import DynamicSchema
from connector_dsl.authoring.markers import UNSET, Path
from connector_dsl.authoring.operations import WebhookTrigger
from connector_dsl.authoring.raw import Exact, Raw
from connector_dsl.authoring.route import Route
from connector_dsl.compile.annotate import annotate_schema, display_keys
from connector_dsl.compile.dynamic import schema_extensions
from connector_dsl.compile.raw import (
    apply_operation_raw,
    apply_raw,
    exact_of,
    exact_parameter,
    exact_response,
    raw_of,
)
from connector_dsl.compile.spec import FieldSpec, OperationSpec, is_model
from connector_dsl.document import (
    ApiAnnotation,
    NotificationContent,
    Operation,
    OperationCall,
    OperationCapabilities,
    OperationContext,
    Pageable,
    Parameter,
    Reference,
    Replacement,
    Response,
    Schema,
)
from connector_dsl.document.construct import construct, new_node

_PARAMETER_KEYS = (
    "type",
    "format",
    "items",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "multipleOf",
    "x-nullable",
)


def schema_node(data: dict[str, Any]) -> Schema:
    """A `Schema` node from generated JSON-schema data."""
    return construct(Schema, data)


def inline(schema: dict[str, Any], definitions: dict[str, Any]) -> dict[str, Any]:
    """`schema` with a top-level `$ref` replaced by the definition it names."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/definitions/"):
        target = definitions.get(ref.removeprefix("#/definitions/"), {})
        merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
        merged.pop("description", None) if "description" not in schema else None
        return merged
    return schema


def sent_always(spec: FieldSpec) -> bool:
    """Whether the input is required on the wire.

    Path inputs always are; so are internal inputs with a default, because
    Power Platform sends an internal input's default only when it is required.
    """
    internal = spec.display is not None and spec.display.visibility == "internal"
    return spec.required or spec.location == "path" or (internal and spec.default is not UNSET)


def apply_nullable(spec: FieldSpec, data: dict[str, Any]) -> None:
    """`x-nullable: true` on an input that takes `None` and has no default, or `nullable=True`.

    An input with a default (`x: X | None = None`) is optional, not nullable;
    `nullable=False` on its marker leaves the key out in any case.
    """
    if spec.nullable and spec.required:
        data["x-nullable"] = True
    if spec.display is not None and spec.display.nullable is False:
        data.pop("x-nullable", None)


def parameter(spec: FieldSpec, schema: dict[str, Any], definitions: dict[str, Any]) -> Parameter:
    """A path, query, header or form parameter."""
    return construct(Parameter, parameter_data(spec, schema, definitions))


def parameter_data(
    spec: FieldSpec, schema: dict[str, Any], definitions: dict[str, Any]
) -> dict[str, Any]:
    """The data `parameter` makes its node from (the generator compares only the data)."""
    flat = inline(schema, definitions)
    data: dict[str, Any] = {"name": spec.wire_name, "in": spec.location}
    if spec.description is not None:
        data["description"] = spec.description
    data["required"] = sent_always(spec)
    for key in _PARAMETER_KEYS:
        if key in flat:
            data[key] = flat[key]
    if isinstance(flat.get("items"), dict):
        data["items"] = inline(flat["items"], definitions)
    if spec.location == "formData" and flat.get("format") == "binary":
        data["type"] = "file"
        data.pop("format", None)
    if spec.default is not UNSET:
        data["default"] = spec.default
    if spec.display is not None:
        data.update(display_keys(spec.display))
    apply_nullable(spec, data)
    if spec.location == "path":
        encoding = spec.marker.url_encoding if isinstance(spec.marker, Path) else "single"
        if encoding is not None:
            data["x-ms-url-encoding"] = encoding
    if spec.description is not None:
        data["description"] = spec.description
    return data


def property_schema(spec: FieldSpec, schema: dict[str, Any]) -> dict[str, Any]:
    """One property of an inline body object."""
    out = dict(schema)
    if spec.title is not None:
        out["title"] = spec.title
    if spec.description is not None:
        out["description"] = spec.description
    if spec.default is not UNSET:
        out["default"] = spec.default
    if spec.display is not None:
        out = annotate_schema(out, spec.display)
    apply_nullable(spec, out)
    if spec.notification_url:
        out["x-ms-notification-url"] = True
    return out


def inline_body(fields: list[FieldSpec], schemas: dict[Any, Any]) -> dict[str, Any]:
    """An object schema whose properties are the `Body()` fields, nested by path."""
    root: dict[str, Any] = {"type": "object", "properties": {}}
    for spec in fields:
        *parents, leaf = spec.wire_name.split("/")
        node = root
        for parent in parents:
            children = node.setdefault("properties", {})
            node = children.setdefault(parent, {"type": "object", "properties": {}})
            if sent_always(spec):
                required = node_required(root, parents[: parents.index(parent)])
                if parent not in required:
                    required.append(parent)
        node.setdefault("properties", {})[leaf] = property_schema(spec, schemas[spec.schema_type])
        if sent_always(spec):
            node.setdefault("required", [])
            if leaf not in node["required"]:
                node["required"].append(leaf)
    return root


def node_required(root: dict[str, Any], path: list[str]) -> list[str]:
    """The `required` list of the object at `path` below `root`."""
    node = root
    for name in path:
        node = node["properties"][name]
    required: list[str] = node.setdefault("required", [])
    return required


def body_parameter(spec: OperationSpec, schemas: dict[Any, Any]) -> Parameter | None:
    """The body parameter: the whole-body model, or an object of the `Body()` fields."""
    data = body_parameter_data(spec, schemas)
    return None if data is None else construct(Parameter, data)


def body_parameter_data(spec: OperationSpec, schemas: dict[Any, Any]) -> dict[str, Any] | None:
    """The data `body_parameter` makes its node from; None without a body field."""
    bodies = [f for f in spec.fields if f.location == "body"]
    if not bodies:
        return None
    whole = spec.whole_body
    if whole is not None:
        data: dict[str, Any] = {"name": whole.wire_name, "in": "body", "required": whole.required}
        body_schema = dict(schemas[whole.schema_type])
        if whole.description is not None:
            data["description"] = whole.description
        if whole.display is not None:
            keys = display_keys(whole.display)
            for key in ("x-ms-summary", "x-ms-visibility", "description"):
                if key in keys:
                    data[key] = keys[key]
            if whole.display.dynamic_schema is not None:
                body_schema = {"type": "object"} | schema_extensions(whole.display.dynamic_schema)
        data["schema"] = body_schema
        return data
    route = spec.route
    data = {"name": route.body_name, "in": "body"}
    if route.body_description is not None:
        data["description"] = route.body_description
    data["required"] = any(sent_always(f) for f in bodies)
    data["schema"] = inline_body(bodies, schemas)
    if route.body_summary is not None:
        data["x-ms-summary"] = route.body_summary
    return data


def responses(spec: OperationSpec, schemas: dict[Any, Any]) -> dict[str, Response | Reference]:
    """The success response, with its schema unless this is a webhook registration.

    Then `Route.responses`: a `Reply` with its schema, an `Exact` response as given
    (under the success status, in place of the success response).
    """
    route = spec.route
    schema: dict[str, Any] | None = None
    if route.dynamic_response is not None:
        schema = {"type": "object"} | schema_extensions(route.dynamic_response)
    elif route.response_schema is not None:
        schema = schemas[route.response_schema]
    elif spec.response is not None and spec.cls.kind != "webhook":
        schema = schemas[spec.response]
    headers: dict[str, Any] = {}
    if spec.cls.kind == "webhook" and getattr(spec.cls, "unsubscribe", None) is not None:
        headers["Location"] = {
            "type": "string",
            "description": "URL of the new hook; Power Platform deletes it when the flow stops.",
        }
    headers.update({name: schemas[kind] for name, kind in route.response_headers.items()})
    found: dict[str, Response | Reference] = {
        str(route.status): response(route.response_description, schema, headers, route.response_raw)
    }
    for code, reply in route.responses.items():
        if isinstance(reply, Exact):
            found[code] = exact_response(reply)
            continue
        found[code] = response(
            reply.description,
            None if reply.schema is None else schemas[reply.schema],
            {name: schemas[kind] for name, kind in reply.headers.items()},
            reply.raw,
        )
    return found


def response(
    description: str,
    schema: dict[str, Any] | None,
    headers: dict[str, dict[str, Any]],
    raw: Raw | None = None,
) -> Response:
    """One response object: its description, body schema, headers (by their schemas), `raw`."""
    return apply_raw(construct(Response, response_data(description, schema, headers)), raw)


def response_data(
    description: str, schema: dict[str, Any] | None, headers: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """The data `response` makes its node from, before `raw` (the generator compares the data)."""
    data: dict[str, Any] = {"description": description}
    if schema is not None:
        data["schema"] = schema
    if headers:
        data["headers"] = headers
    return data


def operation(
    spec: OperationSpec,
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> Operation:
    """The operation object of one operation class.

    Its parameters are in field order; the body is where its (first) `Body()` field is.
    """
    route = spec.route
    parameters: list[Parameter | Reference] = []
    bodies = [f for f in spec.fields if f.location == "body"]
    body = None if any(exact_of(spec, f) for f in bodies) else body_parameter(spec, schemas)
    for field in spec.fields:
        exact = exact_of(spec, field)
        if exact is not None:
            parameters.append(exact_parameter(exact))
        elif field.location != "body":
            built = parameter(field, schemas[field.schema_type], definitions)
            parameters.append(apply_raw(built, raw_of(spec, field)))
        elif body is not None and field is bodies[0]:  # the body goes where it is declared
            parameters.append(apply_raw(body, raw_of(spec, field)) if len(bodies) == 1 else body)
    node = operation_head(
        route,
        spec.operation_id,
        spec.description,
        spec.cls.kind,
        getattr(spec.cls, "mode", "batch"),
        form=any(f.location == "formData" for f in spec.fields),
    )
    node.responses = dict(responses(spec, schemas))
    if parameters:
        node.parameters = list(parameters)
    return apply_operation_raw(node, route.raw)


def operation_head(
    route: Route,
    operation_id: str,
    description: str | None,
    kind: str,
    mode: Literal["single", "batch"] = "batch",
    *,
    form: bool = False,
) -> Operation:
    """The operation object's keys other than `parameters` (`responses` is empty).

    `kind` is the operation class's (`action`, `webhook`, `polling`), `mode` a
    polling trigger's, and `form` whether it has `FormData()` fields. `Route.raw`
    is not applied: the generator uses this to know what a `Route` writes.
    """
    values: dict[str, Any] = {
        "summary": route.summary,
        "operation_id": operation_id,
        "responses": {},
    }
    if description:
        values["description"] = description
    if route.tags:
        values["tags"] = list(route.tags)
    if route.consumes is not None:
        values["consumes"] = list(route.consumes)
    elif form:
        values["consumes"] = ["multipart/form-data"]
    if route.produces is not None:
        values["produces"] = list(route.produces)
    if route.deprecated is not None:
        values["deprecated"] = route.deprecated
    if route.visibility is not None:
        values["x_ms_visibility"] = route.visibility
    if kind == "webhook":
        values["x_ms_trigger"] = "single"
    elif kind == "polling":
        values["x_ms_trigger"] = mode
    if route.trigger_hint is not None:
        values["x_ms_trigger_hint"] = route.trigger_hint
    if route.annotation is not None:
        annotation = new_node(ApiAnnotation)
        if route.annotation.family is not None:
            annotation.family = route.annotation.family
        if route.annotation.revision is not None:
            annotation.revision = route.annotation.revision
        if route.annotation.replacement_api or route.annotation.replacement_operation:
            replacement = new_node(Replacement)
            if route.annotation.replacement_api:
                replacement.api = route.annotation.replacement_api
            if route.annotation.replacement_operation:
                replacement.operation_id = route.annotation.replacement_operation
            annotation.replacement = replacement
        values["x_ms_api_annotation"] = annotation
    if route.chunk_transfer is not None:
        values["x_ms_capabilities"] = new_node(
            OperationCapabilities, chunk_transfer=route.chunk_transfer
        )
    if route.simulate is not None:
        call = new_node(OperationCall, operation_id=route.simulate.operation.operation_id())
        if route.simulate.parameters:
            call.parameters = dict(route.simulate.parameters)
        values["x_ms_operation_context"] = new_node(OperationContext, simulate=call)
    if route.next_link is not None:
        values["x_ms_pageable"] = new_node(Pageable, next_link_name=route.next_link)
    if route.no_generic_test is not None:
        values["x_ms_no_generic_test"] = route.no_generic_test
    if route.safe is not None:
        values["x_ms_safe_operation"] = route.safe
    node = new_node(Operation, **values)  # set at once: one node, no check per field
    for item in route.extensions:
        node.set_extension(item.key, item.value)
    return node


def notification_content(spec: OperationSpec, schemas: dict[Any, Any]) -> NotificationContent:
    """The webhook payload beside the registration operation."""
    dynamic = getattr(spec.cls, "dynamic_payload", None)
    if isinstance(dynamic, DynamicSchema):
        schema = {"type": "object"} | schema_extensions(dynamic)
    else:
        schema = schemas[spec.response]
    content = new_node(NotificationContent, schema_=schema_node(schema))
    description = notification_description(spec)
    if description is not None:
        content.description = description
    return content


def notification_description(spec: OperationSpec) -> str | None:
    """The class's `notification_description` if it sets one (None: no description).

    Else the first line of the payload model's docstring, else the route's summary.
    """
    owner = declaring_class(spec.cls, "notification_description")
    if owner is not None and owner is not WebhookTrigger:
        told: str | None = vars(owner)["notification_description"]
        return told
    doc = spec.response.__doc__ if is_model(spec.response) else None
    first = (doc or "").strip().splitlines() or spec.route.summary.strip().splitlines()
    return first[0]


def declaring_class(cls: type, name: str) -> type | None:
    """The class of `cls`'s hierarchy whose own body sets `name`."""
    return next((base for base in cls.__mro__ if name in vars(base)), None)
