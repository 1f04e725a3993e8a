"""Compiling a `Connector` class to its swagger document."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

import orjson

from connector_dsl import dump
from connector_dsl.authoring.places import class_place
from connector_dsl.authoring.route import Reply
from connector_dsl.compile.checks import (
    check_body_form,
    check_internal,
    check_notification,
    check_paths,
    check_raw_markers,
    check_unique_ids,
    check_webhook,
    check_whole_body,
)
from connector_dsl.compile.collect import collect
from connector_dsl.compile.connector_checks import check_info, check_operations
from connector_dsl.compile.dynamic_checks import check_dynamic
from connector_dsl.compile.emit import notification_content, operation, schema_node
from connector_dsl.compile.field_checks import (
    check_body_on_get,
    check_defaults,
    check_field_options,
    designer_calls,
)
from connector_dsl.compile.headers import check_headers
from connector_dsl.compile.raw import apply_document_raw
from connector_dsl.compile.schemas import definitions_for
from connector_dsl.compile.sourcemap import SourceMap
from connector_dsl.compile.spec import OperationSpec
from connector_dsl.document import (
    ApiAnnotation,
    ConnectorCapabilities,
    Contact,
    Info,
    MetadataItem,
    OperationCall,
    PathItem,
    SwaggerDocument,
    Tag,
)
from connector_dsl.document.construct import new_node
from connector_dsl.errors import AuthoringError, Diagnostic, Place

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector, ConnectorInfo, TagInfo
    from connector_dsl.authoring.extension import Extension
    from connector_dsl.authoring.security import SecurityDeclaration

__all__ = ["Compiled", "build", "compile_connector", "compiled", "document_head", "dumps"]


@dataclass(frozen=True, slots=True)
class Compiled:
    """A built document with the map from its JSON pointers to the Python that made them."""

    document: SwaggerDocument
    source_map: SourceMap


def compile_connector(connector: type[Connector]) -> SwaggerDocument:
    """Check `connector` and build its document; raise `AuthoringError` listing every problem."""
    return compiled(connector).document


def compiled(connector: type[Connector]) -> Compiled:
    """`compile_connector`, keeping what the source map needs (nothing is worked out yet)."""
    operations, diagnostics = check_operations(connector)
    diagnostics[:0] = check_info(connector)
    specs = [collect(cls) for cls in operations]
    diagnostics.extend(d for spec in specs for d in spec.diagnostics)
    for spec in specs:
        for check in (
            check_paths,
            check_internal,
            check_webhook,
            check_notification,
            check_body_form,
            check_raw_markers,
            check_whole_body,
            check_defaults,
            check_field_options,
        ):
            diagnostics.extend(check(spec))
    called = designer_calls(specs, connector.test_connection)
    for spec in specs:
        diagnostics.extend(check_body_on_get(spec, called))
    diagnostics.extend(check_unique_ids(specs))
    diagnostics.extend(_check_references(connector, specs))
    schemas, definitions = _schemas(specs, connector.models)
    diagnostics.extend(check_dynamic(specs, schemas, definitions))
    diagnostics.extend(check_headers(specs, schemas))
    if diagnostics:
        raise AuthoringError(diagnostics)
    document = _document(connector, specs, schemas, definitions)
    document = apply_document_raw(document, connector.raw)
    return Compiled(document, SourceMap(connector, specs, document))


def _check_references(connector: type[Connector], specs: list[OperationSpec]) -> list[Diagnostic]:
    known = {spec.cls for spec in specs}
    found: list[Diagnostic] = []
    named: list[tuple[Any, str, Any]] = []
    if connector.test_connection is not None:
        named.append((connector, "test_connection", connector.test_connection))
    for spec in specs:
        if spec.route.simulate is not None:
            named.append((spec.cls, "route", spec.route.simulate.operation))
        unsubscribe = getattr(spec.cls, "unsubscribe", None)
        if unsubscribe is not None:
            named.append((spec.cls, "unsubscribe", unsubscribe))
    for owner, attribute, target in named:
        if target not in known:
            found.append(
                Diagnostic(
                    "unknown-operation",
                    f"{getattr(target, '__name__', target)!s} is not in "
                    f"{connector.__name__}.operations: add it there",
                    class_place(owner, attribute),
                )
            )
    return found


def _response_types(spec: OperationSpec) -> list[Any]:
    """The types of a route's responses: bodies and headers (the class's own type aside)."""
    route = spec.route
    types: list[Any] = [] if route.response_schema is None else [route.response_schema]
    types.extend(route.response_headers.values())
    for reply in route.responses.values():
        if isinstance(reply, Reply):
            types.extend([] if reply.schema is None else [reply.schema])
            types.extend(reply.headers.values())
    return types


def _schemas(
    specs: list[OperationSpec], models: Sequence[Any] = ()
) -> tuple[dict[Any, Any], dict[str, Any]]:
    types: list[Any] = list(models)
    for spec in specs:
        types.extend(f.schema_type for f in spec.fields)
        if spec.response is not None:
            types.append(spec.response)
        types.extend(_response_types(spec))
    try:
        return definitions_for(types)
    except Exception as error:  # pydantic cannot describe a type
        raise AuthoringError([_schema_problem(specs, models, error)]) from None


def _schema_problem(
    specs: list[OperationSpec], models: Sequence[Any], error: Exception
) -> Diagnostic:
    """`schema-type` at the first field, response or model whose type has no schema."""
    owners: list[tuple[Any, Place]] = [(model, class_place(model)) for model in models]
    for spec in specs:
        owners += [(f.schema_type, class_place(spec.cls, f.python_name)) for f in spec.fields]
        owners.append((spec.response, class_place(spec.cls)))
        owners += [(kind, class_place(spec.cls, "route")) for kind in _response_types(spec)]
    place = Place()
    for kind, where in owners:
        try:
            definitions_for([kind])
        except Exception as own:  # this one
            place, error = where, own
            break
    reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    message = (
        f"pydantic cannot describe this type as a JSON schema ({reason}): "
        "use a model, a list or a scalar"
    )
    return Diagnostic("schema-type", message, place)


_REF = re.compile(rb'"#/definitions/((?:[^"\\]|\\.)*)"')


def _refs(text: bytes) -> set[str]:
    """The definition names that `$ref`s in a JSON text point at."""
    return {orjson.loads(b'"' + name + b'"') for name in _REF.findall(text)}


def _used_definitions(document: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    """Only the definitions the document refers to, following references between them."""
    pending = _refs(dump.dumps(document))
    used: set[str] = set()
    while pending:
        name = pending.pop()
        if name in used or name not in definitions:
            continue
        used.add(name)
        pending |= _refs(orjson.dumps(definitions[name]))
    return {name: value for name, value in definitions.items() if name in used}


def _document(
    connector: type[Connector],
    specs: list[OperationSpec],
    schemas: dict[Any, Any],
    definitions: dict[str, Any],
) -> SwaggerDocument:
    paths: dict[str, PathItem] = {}
    for spec in specs:
        item = paths.setdefault(spec.route.path, new_node(PathItem))
        setattr(item, spec.route.method.lower(), operation(spec, schemas, definitions))
        if spec.cls.kind == "webhook" and spec.response is not None:
            item.x_ms_notification_content = notification_content(spec, schemas)
    test = connector.test_connection
    document = document_head(
        connector.info,
        connector.security,
        connector.tags,
        test.operation_id() if test is not None else None,
        connector.extensions,
    )
    document.paths = paths
    declared = [schemas[model] for model in connector.models]
    used = _used_definitions([document, declared], definitions)
    if used:
        document.definitions = {name: schema_node(value) for name, value in used.items()}
    return document


def document_head(
    info: ConnectorInfo,
    security: SecurityDeclaration | None,
    tags: Sequence[TagInfo],
    test_connection: str | None = None,
    extensions: Sequence[Extension] = (),
) -> SwaggerDocument:
    """The document's keys other than `paths` and `definitions` (`paths` is empty).

    `test_connection` is the operationId of the connector's test operation. The
    generator uses this to know what a connector class's own attributes write.
    """
    doc_info = new_node(Info, title=info.title, version=info.version)
    if info.description:
        doc_info.description = info.description
    if info.contact_name or info.contact_url or info.contact_email:
        contact = new_node(Contact)
        if info.contact_name:
            contact.name = info.contact_name
        if info.contact_url:
            contact.url = info.contact_url
        if info.contact_email:
            contact.email = info.contact_email
        doc_info.contact = contact
    if info.status is not None:
        doc_info.x_ms_api_annotation = new_node(ApiAnnotation, status=info.status)
    document = new_node(SwaggerDocument, swagger="2.0", info=doc_info, paths={})
    document.host = info.host
    document.base_path = info.base_path
    document.schemes = list(info.schemes)
    document.consumes = list(info.consumes)
    document.produces = list(info.produces)
    if security is not None:
        document.security_definitions = security.security_definitions()
        requirement = security.requirement()
        if requirement:
            document.security = requirement
    else:
        document.security_definitions = {}
    if tags:
        nodes = []
        for tag in tags:
            node = new_node(Tag, name=tag.name)
            if tag.description:
                node.description = tag.description
            nodes.append(node)
        document.tags = nodes
    if test_connection is not None:
        document.x_ms_capabilities = new_node(
            ConnectorCapabilities,
            test_connection=new_node(OperationCall, operation_id=test_connection),
        )
    metadata = [
        new_node(MetadataItem, property_name=name, property_value=value)
        for name, value in (
            ("Website", info.website),
            ("Privacy policy", info.privacy_policy),
            ("Categories", ";".join(info.categories) if info.categories else None),
        )
        if value
    ]
    if metadata:
        document.x_ms_connector_metadata = metadata
    for extra in extensions:
        document.set_extension(extra.key, extra.value)
    return document


def build(connector: type[Connector]) -> SwaggerDocument:
    """Check `connector` and compile it to its swagger document (`AuthoringError` on problems)."""
    return compile_connector(connector)


def dumps(target: type[Connector] | object, *, indent: Literal[2, 4] = 2) -> bytes:
    """Canonical JSON bytes of a connector class's swagger, or of a built node or plain data."""
    if isinstance(target, type):
        return dump.dumps(compile_connector(cast("type[Connector]", target)), indent=indent)
    return dump.dumps(target, indent=indent)
