"""Dynamic values, lists, schemas, properties and trees: the operations they call, the
parameters they pass, and the response paths they read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from connector_dsl.jsontypes import fits_type
from connector_dsl.validate.context import Context
from connector_dsl.validate.index import Index, Op
from connector_dsl.validate.jsonview import JsonObj, Ptr, items_of, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare
from connector_dsl.validate.schema_paths import follow, is_array, items, response_schema

NOT_FOUND = declare("OperationIdNotFound", "Operations", E, E, "called operation missing")
PARAM_NOT_FOUND = declare(
    "OperationParameterNameNotFound", "Operations", E, E, "passes an unknown parameter"
)
MISSING_REQUIRED = declare(
    "OperationMissingRequiredProperty", "Operations", W, W, "required target parameter not passed"
)
STATIC_TYPE = declare(
    "OperationParameterStaticTypeMismatch", "Operations", W, W, "literal of the wrong type"
)
REF_TYPE = declare("OperationParameterTypeMismatch", "Operations", W, W, "source type differs")
REQ_MISMATCH = declare(
    "OperationParameterRequiredMismatch", "Operations", None, W, "optional source, required target"
)
SOURCE_INTERNAL = declare("SourcePropertyInternal", "Parameters", W, W, "internal source field")
SOURCE_MISSING = declare(
    "cdsl-dynamic-source-not-found", "Dynamic", W, W, "referenced source parameter missing"
)
PRODUCE_ARRAY = declare("InvokedOperationShouldProduceArray", "Operations", W, W, "not an array")
PRODUCE_PROPERTY = declare(
    "InvokedOperationShouldProduceProperty", "Operations", W, W, "path not in the response"
)
ONE_OF = declare("OneOfPropertiesRequired", "Properties", E, E, "no operation to call")
IN_PARAMETER = declare(
    "DynamicExtensionDefinitionNotAllowedInParameter", "Operations", E, E, "on the body param"
)
LIST_NESTED = declare(
    "DynamicListExtensionRequiredForNonParameterReferences", "Operations", W, W, "nested ref"
)
LIST_AMBIGUOUS = declare(
    "DynamicListExtensionRequiredForAmbiguousReferences", "Operations", W, W, "ambiguous ref"
)
PROPS_NESTED = declare(
    "DynamicPropertiesExtensionRequiredForNonParameterReferences", "Operations", W, W, "nested"
)
PROPS_AMBIGUOUS = declare(
    "DynamicPropertiesExtensionRequiredForAmbiguousReferences", "Operations", W, W, "ambiguous"
)
PROPS_VALUE_PATH = declare(
    "DynamicPropertiesExtensionRequiredForPropertiesValuePath", "Operations", W, W, "properties"
)
ITEM_VALUE_PATH = declare(
    "DynamicPropertiesItemValuePathMismatch", "Operations", E, E, "paths disagree"
)
AMBIGUOUS_NAME = declare(
    "OperationParameterNameIsAmbiguous", "Operations", W, W, "name is param and property"
)
SELECTED_ITEM = declare(
    "SelectedItemValuePathNotAllowedInThisPosition", "Operations", E, E, "outside browse"
)

_ALL = (
    NOT_FOUND, PARAM_NOT_FOUND, MISSING_REQUIRED, STATIC_TYPE, REF_TYPE, REQ_MISMATCH,
    SOURCE_INTERNAL, SOURCE_MISSING, PRODUCE_ARRAY, PRODUCE_PROPERTY, ONE_OF, LIST_NESTED,
    LIST_AMBIGUOUS, PROPS_NESTED, PROPS_AMBIGUOUS, PROPS_VALUE_PATH, ITEM_VALUE_PATH,
    AMBIGUOUS_NAME, SELECTED_ITEM,
)  # fmt: skip
_DYNAMIC = (
    "x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-schema",
    "x-ms-dynamic-properties", "x-ms-dynamic-tree",
)  # fmt: skip


@dataclass(slots=True)
class Call:
    """One dynamic call: where it is, its extension object, and its calling operation."""

    node: JsonObj
    extension: str
    spec: JsonObj
    at: Ptr
    caller: Op | None


def _calls(index: Index) -> Iterator[Call]:
    ops = {op.at: op for op in index.ops}
    for site in index.sites:
        caller = ops.get(site.at[:3]) if site.at[:1] == ("paths",) else None
        for extension in _DYNAMIC:
            spec = obj(site.node.get(extension))
            if spec is not None:
                yield Call(site.node, extension, spec, (*site.at, extension), caller)


@check(*_ALL)
def dynamic_calls(ctx: Context) -> None:
    """Every x-ms-dynamic-* object: target exists, parameters fit, response paths exist."""
    index = ctx.index
    for call in _calls(index):
        if call.extension == "x-ms-dynamic-tree":
            _tree(ctx, call)
            continue
        spec = call.spec
        op_id = text(spec.get("operationId"))
        if op_id is None:
            if call.extension == "x-ms-dynamic-values" and not (
                "builtInOperation" in spec or "capability" in spec
            ):
                ctx.report(ONE_OF, call.at, "Name an operationId, builtInOperation or capability.")
            continue
        target = index.by_id.get(op_id)
        if target is None:
            ctx.report(NOT_FOUND, (*call.at, "operationId"), f"No operation has id {op_id!r}.")
            continue
        _parameters(ctx, call, spec, call.at, target)
        _response_paths(ctx, call, target)


def _body_properties(index: Index, op: Op) -> dict[str, object]:
    body = op.body()
    schema = index.resolve(body.data.get("schema")) if body else None
    return obj((schema or {}).get("properties")) or {}


def _parameters(ctx: Context, call: Call, spec: JsonObj, at: Ptr, target: Op) -> None:
    index = ctx.index
    target_names = {p.name for p in target.params}
    target_props = _body_properties(index, target)
    passed: set[str] = set()
    for key, raw in items_of(spec.get("parameters")):
        head = key.split("/")[0]
        passed.add(head)
        where: Ptr = (*at, "parameters", key)
        if head not in target_names and head not in target_props:
            ctx.report(PARAM_NOT_FOUND, where, f"{target.op_id} has no parameter {head!r}.")
            continue
        if head in target_names and head in target_props:
            ctx.report(AMBIGUOUS_NAME, where, f"{head!r} is both a parameter and a body field.")
        param = target.param(head)
        _source(ctx, call, raw, where, param.data if param else None)
    for param in target.params:
        data = param.data
        needed = data.get("required") is True and data.get("default") is None
        if needed and param.where != "body" and param.name not in passed:
            where = (*at, "parameters")
            ctx.report(MISSING_REQUIRED, where, f"{target.op_id} needs {param.name!r}; pass it.")


def _source(ctx: Context, call: Call, raw: object, at: Ptr, target_param: JsonObj | None) -> None:
    value = obj(raw)
    if value is None or not ({"parameter", "parameterReference", "value"} & set(value)):
        literal = value.get("value") if value is not None else raw
        kind = text((target_param or {}).get("type"))
        if kind and literal is not None and not fits_type(literal, kind):
            ctx.report(STATIC_TYPE, at, f"Literal {literal!r} is not a {kind}.")
        return
    if "value" in value:
        _source(ctx, call, value["value"], at, target_param)
        return
    reference = text(value.get("parameter") or value.get("parameterReference"))
    if reference is None or call.caller is None:
        return
    nested = call.extension in ("x-ms-dynamic-values", "x-ms-dynamic-schema")
    sibling = (
        "x-ms-dynamic-list"
        if call.extension == "x-ms-dynamic-values"
        else ("x-ms-dynamic-properties")
    )
    head = re.split(r"[/.]", reference)[0]
    if nested and "/" in reference and sibling not in call.node:
        rule = LIST_NESTED if sibling == "x-ms-dynamic-list" else PROPS_NESTED
        ctx.report(rule, at, f"{reference!r} is nested; describe it with {sibling} too.")
    source = call.caller.param(head)
    props = _body_properties(ctx.index, call.caller)
    if source is not None and head in props and nested and sibling not in call.node:
        rule = LIST_AMBIGUOUS if sibling == "x-ms-dynamic-list" else PROPS_AMBIGUOUS
        ctx.report(rule, at, f"{head!r} names a parameter and a body field; add {sibling}.")
    if source is None:
        if head not in props and head == reference:
            message = f"{call.caller.op_id} has no input {head!r}; name one of its inputs."
            ctx.report(SOURCE_MISSING, at, message)
        return
    data = source.data
    if data.get("x-ms-visibility") == "internal":
        ctx.report(SOURCE_INTERNAL, at, f"{head!r} is internal; pass a literal value instead.")
    if target_param is None:
        return
    kinds = text(data.get("type")), text(target_param.get("type"))
    if all(kinds) and kinds[0] != kinds[1]:
        ctx.report(REF_TYPE, at, f"{head!r} is a {kinds[0]}; the target wants a {kinds[1]}.")
    if target_param.get("required") is True and data.get("required") is not True:
        ctx.report(REQ_MISMATCH, at, f"{head!r} is optional but the target requires it.")


def _response_paths(ctx: Context, call: Call, target: Op) -> None:
    index, spec = ctx.index, call.spec
    schema = response_schema(index, target)
    if schema is None:
        return
    if call.extension in ("x-ms-dynamic-values", "x-ms-dynamic-list"):
        keys = ("value-collection", "value-path", "value-title")
        if call.extension == "x-ms-dynamic-list":
            keys = ("itemsPath", "itemValuePath", "itemTitlePath")
        collection = text(spec.get(keys[0]))
        node: JsonObj | None = schema
        if collection:
            walked = follow(index, schema, collection)
            if walked.outcome == "missing":
                _missing(ctx, call, keys[0], target, walked.segment)
                return
            node = walked.node
        if node is None:
            return
        if is_array(index, node) is False:
            where = (*call.at, keys[0]) if collection else call.at
            message = f"{target.op_id} returns no list there."
            ctx.report(PRODUCE_ARRAY, where, message, lenient=not collection)
            return
        element = items(index, node)
        for key in keys[1:]:
            path = text(spec.get(key))
            if path and element is not None:
                walked = follow(index, element, path)
                if walked.outcome == "missing":
                    _missing(ctx, call, key, target, walked.segment)
        return
    key = "value-path" if call.extension == "x-ms-dynamic-schema" else "itemValuePath"
    path = text(spec.get(key))
    if path:
        walked = follow(index, schema, path.removesuffix("/properties"))
        if walked.outcome == "missing":
            _missing(ctx, call, key, target, walked.segment)
    tail = path.split("/")[-1] if path else ""
    needs_properties = "x-ms-dynamic-properties" not in call.node and tail == "properties"
    if call.extension == "x-ms-dynamic-schema" and needs_properties:
        ctx.report(PROPS_VALUE_PATH, (*call.at, key), "Add x-ms-dynamic-properties.")
    if call.extension == "x-ms-dynamic-properties" and path is not None:
        schema_spec = obj(call.node.get("x-ms-dynamic-schema")) or {}
        value_path = text(schema_spec.get("value-path"))
        if value_path is not None and path != value_path.removesuffix("/properties"):
            ctx.report(
                ITEM_VALUE_PATH, (*call.at, key), f"Expected {value_path!r} minus /properties."
            )


def _missing(ctx: Context, call: Call, key: str, target: Op, segment: str) -> None:
    message = f"{target.op_id}'s response has no {segment!r} on the way to this path."
    schema_path = call.extension in ("x-ms-dynamic-schema", "x-ms-dynamic-properties")
    ctx.report(PRODUCE_PROPERTY, (*call.at, key), message, lenient=schema_path)


def _tree(ctx: Context, call: Call) -> None:
    for part in ("open", "browse"):
        spec = obj(call.spec.get(part))
        if spec is None:
            continue
        at: Ptr = (*call.at, part)
        op_id = text(spec.get("operationId"))
        target = ctx.index.by_id.get(op_id) if op_id else None
        if op_id and target is None:
            ctx.report(NOT_FOUND, (*at, "operationId"), f"No operation has id {op_id!r}.")
        for key, raw in items_of(spec.get("parameters")):
            if part == "open" and "selectedItemValuePath" in (obj(raw) or {}):
                where = (*at, "parameters", key)
                ctx.report(SELECTED_ITEM, where, "selectedItemValuePath belongs in browse.")


@check(IN_PARAMETER, NOT_FOUND)
def placement_and_links(ctx: Context) -> None:
    """Dynamic extensions on a body parameter; other operationId links in the document."""
    for op in ctx.index.ops:
        for param in op.params:
            if param.where == "body":
                for extension in _DYNAMIC:
                    if extension in param.data:
                        where = (*param.at, extension)
                        ctx.report(IN_PARAMETER, where, "Put it inside the body's schema.")
        simulate = obj((obj(op.data.get("x-ms-operation-context")) or {}).get("simulate"))
        if simulate is not None:
            _link(ctx, simulate, (*op.at, "x-ms-operation-context", "simulate"))
    capabilities = obj(ctx.swagger.get("x-ms-capabilities")) or {}
    test = obj(capabilities.get("testConnection"))
    if test is not None:
        _link(ctx, test, ("x-ms-capabilities", "testConnection"))
    picker = obj(capabilities.get("file-picker")) or {}
    for part in ("open", "browse"):
        spec = obj(picker.get(part))
        if spec is not None:
            _link(ctx, spec, ("x-ms-capabilities", "file-picker", part))


def _link(ctx: Context, spec: JsonObj, at: Ptr) -> None:
    op_id = text(spec.get("operationId"))
    if op_id is not None and op_id not in ctx.index.by_id:
        ctx.report(NOT_FOUND, (*at, "operationId"), f"No operation has id {op_id!r}.")
