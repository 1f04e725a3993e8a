"""OpenAPI 3.0 and 3.1 downgraded to a Swagger 2.0 connector document.

`convert_openapi3` runs an ordered list of small steps, each filling one part of
the output; every lossy step is a warning with the input file and JSON pointer.
The dialect rewrites live beside this module: schemas (`openapi3_schemas`,
`openapi3_unions`), parameters and bodies (`openapi3_params`), responses,
security, servers, and operation ids and summaries.

External `$ref`s are refused (never fetched); local ones are rewritten
(`#/components/schemas/X` to `#/definitions/X`, parameters and responses alike) or
inlined (request bodies, headers, anything else).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from connector_dsl.document import LENIENT, SwaggerDocument
from connector_dsl.errors import InputError
from connector_dsl.importers.conversion import Conversion
from connector_dsl.importers.openapi3_context import Context, Json, Where, extensions
from connector_dsl.importers.openapi3_operations import (
    Slot,
    declare_path_parameters,
    fix_operation_ids,
    fix_summaries,
)
from connector_dsl.importers.openapi3_params import (
    PARAMETER_REF,
    convert_parameter,
    convert_request_body,
    resolve_parameter,
)
from connector_dsl.importers.openapi3_responses import convert_response, status_key
from connector_dsl.importers.openapi3_schemas import convert_schema
from connector_dsl.importers.openapi3_security import (
    api_properties,
    convert_requirements,
    convert_security,
)
from connector_dsl.importers.openapi3_servers import Base, fold_path, global_base
from connector_dsl.importers.openapi3_shapes import shaped

__all__ = ["convert_openapi3"]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
_OPERATION_KEYS = ("tags", "summary", "description", "externalDocs", "operationId", "deprecated")


@dataclass
class _Build:
    """The conversion under way: the input, the output so far, and what steps share."""

    ctx: Context
    out: Json = field(default_factory=lambda: {"swagger": "2.0"})
    base: Base = field(default_factory=lambda: Base(None, None, "/"))
    oauth: dict[str, Json] = field(default_factory=dict)
    slots: list[Slot] = field(default_factory=list)

    def components(self, kind: str) -> Json:
        components = self.ctx.data.get("components")
        found = components.get(kind) if isinstance(components, dict) else None
        return found if isinstance(found, dict) else {}


def convert_openapi3(data: dict[str, Any], source: str = "<input>") -> Conversion:
    """Convert an OpenAPI 3.0 or 3.1 document to a Swagger 2.0 connector document.

    Raises `InputError` (naming `source` and a JSON pointer) for a document that is
    not OpenAPI 3, or that has external `$ref`s.
    """
    build = _Build(Context(data=copy.deepcopy(data), source=source))
    if isinstance(build.ctx.data, dict):
        shaped(build.ctx)
    for step in _STEPS:
        step(build)
    document = SwaggerDocument.model_validate(build.out, context={LENIENT: True})
    return Conversion(document, list(build.ctx.warnings), api_properties(build.oauth))


def _check_version(build: _Build) -> None:
    version = build.ctx.data.get("openapi")
    if not (isinstance(version, str) and version.startswith("3.")):
        msg = f"not an OpenAPI 3 document (openapi: {version!r})"
        raise build.ctx.fail(msg, ("openapi",), code="openapi3-not-openapi3")


def _refuse_external_refs(build: _Build) -> None:
    problems = list(_external_refs(build.ctx.data, ()))
    if problems:
        errors = [
            build.ctx.fail(msg, where, code="openapi3-external-ref").diagnostics[0]
            for msg, where in problems
        ]
        raise InputError(errors)


def _external_refs(node: Any, where: Where) -> list[tuple[str, Where]]:
    found: list[tuple[str, Where]] = []
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            msg = f"external `$ref` {ref!r} is not supported; inline it (nothing is fetched)"
            found.append((msg, (*where, "$ref")))
        for key, value in node.items():
            found += _external_refs(value, (*where, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _external_refs(value, (*where, i))
    return found


def _info(build: _Build) -> None:
    info = build.ctx.data.get("info")
    info = info if isinstance(info, dict) else {}
    out: Json = {
        "title": str(info.get("title", "Untitled")),
        "version": str(info.get("version", "1.0")),
    }
    for key in ("description", "termsOfService", "contact"):
        if key in info:
            out[key] = info[key]
    license_ = info.get("license")
    if isinstance(license_, dict):
        out["license"] = {k: v for k, v in license_.items() if k in ("name", "url")}
    out.update(extensions(info))
    build.out["info"] = out


def _servers(build: _Build) -> None:
    build.base, schemes = global_base(build.ctx)
    if build.base.host is not None:
        build.out["host"] = build.base.host
    build.out["basePath"] = build.base.path
    if schemes:
        build.out["schemes"] = schemes


def _definitions(build: _Build) -> None:
    schemas = build.components("schemas")
    build.out["definitions"] = {
        name: convert_schema(schema, build.ctx, ("components", "schemas", name))
        for name, schema in schemas.items()
    }


def _global_parameters(build: _Build) -> None:
    parameters: Json = {}
    for name, node in build.components("parameters").items():
        where = ("components", "parameters", name)
        resolved, tokens = resolve_parameter(node, build.ctx, where)
        converted = convert_parameter(resolved, build.ctx, tokens)
        if converted is not None:
            parameters[name] = converted
    if parameters:
        build.out["parameters"] = parameters


def _global_responses(build: _Build) -> None:
    responses: Json = {}
    for name, node in build.components("responses").items():
        where = ("components", "responses", name)
        responses[name], _ = convert_response(node, "default", build.ctx, where)
    if responses:
        build.out["responses"] = responses


def _security(build: _Build) -> None:
    definitions, build.oauth = convert_security(build.ctx, build.base.url)
    if definitions:
        build.out["securityDefinitions"] = definitions
    requirements = convert_requirements(build.ctx.data.get("security"), definitions)
    if requirements is not None:
        build.out["security"] = requirements


def _paths(build: _Build) -> None:
    paths: dict[str, Json] = {}
    for path, item in (build.ctx.data.get("paths") or {}).items():
        where: Where = ("paths", path)
        if not isinstance(item, dict):
            continue
        if "$ref" in item:
            item, where = build.ctx.resolve(item["$ref"], where)
        for method in item:
            if method == "trace":
                msg = "TRACE operation dropped: Swagger 2.0 has no trace"
                build.ctx.warn("openapi3-trace-dropped", msg, (*where, method))
            if method not in _METHODS or not isinstance(item[method], dict):
                continue
            slot = _operation(build, path, method, item, (*where, method))
            target = paths.setdefault(slot.path, extensions(item))
            if method in target:
                msg = f"{method.upper()} {slot.path} already exists after folding servers"
                raise build.ctx.fail(msg, slot.where, code="openapi3-path-collision")
            target[method] = slot.operation
            build.slots.append(slot)
    build.out["paths"] = paths


def _operation(build: _Build, path: str, method: str, item: Json, where: Where) -> Slot:
    ctx = build.ctx
    op: Json = item[method]
    servers = op.get("servers") or item.get("servers")
    server_where = (*where, "servers") if op.get("servers") else (*where[:-1], "servers")
    folded = fold_path(path, servers, build.base, ctx, server_where)
    out: Json = {k: op[k] for k in _OPERATION_KEYS if k in op}
    slot = Slot(folded, method, out, where)
    parameters, declared = _parameters(build, item, op, where)
    body, media = (
        convert_request_body(op["requestBody"], ctx, (*where, "requestBody"))
        if "requestBody" in op
        else ([], None)
    )
    if media is not None:
        out["consumes"] = [media]
    if parameters or body:
        out["parameters"] = parameters + body
    declare_path_parameters(slot, declared, ctx)
    _responses(build, op, out, where)
    security = convert_requirements(op.get("security"), build.out.get("securityDefinitions", {}))
    if security is not None:
        out["security"] = security
    if "callbacks" in op:
        msg = "callbacks dropped: Swagger 2.0 has none (a webhook trigger can be written by hand)"
        ctx.warn("openapi3-callbacks-dropped", msg, (*where, "callbacks"))
    out.update(extensions(op))
    return slot


def _parameters(build: _Build, item: Json, op: Json, where: Where) -> tuple[list[Json], set[str]]:
    """Path-level and operation parameters merged (the operation's win), converted."""
    merged: dict[tuple[str, str], tuple[Any, Where]] = {}
    for owner, tokens in ((item, where[:-1]), (op, where)):
        for i, node in enumerate(owner.get("parameters") or []):
            at = (*tokens, "parameters", i)
            resolved, _ = resolve_parameter(node, build.ctx, at)
            merged[(str(resolved.get("name")), str(resolved.get("in")))] = (node, at)
    result: list[Json] = []
    declared: set[str] = set()
    for (name, location), (node, at) in merged.items():
        converted = _parameter(build, node, at)
        if converted is not None:
            result.append(converted)
            if location == "path":
                declared.add(name)
    return result, declared


def _parameter(build: _Build, node: Any, where: Where) -> Json | None:
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith(PARAMETER_REF):
        name = ref[len(PARAMETER_REF) :]
        if name in build.out.get("parameters", {}):
            return {"$ref": "#/parameters/" + name}
        resolved, _ = resolve_parameter(node, build.ctx, where)
        return convert_parameter(resolved, build.ctx, where)
    resolved, tokens = resolve_parameter(node, build.ctx, where)
    return convert_parameter(resolved, build.ctx, tokens)


def _responses(build: _Build, op: Json, out: Json, where: Where) -> None:
    responses: Json = {}
    produces: list[str] = []
    given = op.get("responses")
    if given is not None and not isinstance(given, dict):
        msg = "`responses` is not an object and was ignored: write one response per status code"
        build.ctx.warn("openapi3-value-ignored", msg, (*where, "responses"))
    for code, node in (given if isinstance(given, dict) else {}).items():
        here = (*where, "responses", str(code))
        key = status_key(code, set(responses), build.ctx, here)
        if key is None:
            continue
        responses[key], media = convert_response(node, key, build.ctx, here)
        if media is not None and media not in produces:
            produces.append(media)
    if produces:
        out["produces"] = produces
    out["responses"] = responses or {"default": {"description": "Default response"}}


def _operation_ids(build: _Build) -> None:
    originals = [slot.operation.get("operationId") for slot in build.slots]
    fix_operation_ids(build.slots, build.ctx)
    fix_summaries(build.slots, originals, build.ctx)


def _top_level(build: _Build) -> None:
    data = build.ctx.data
    for key in ("tags", "externalDocs"):
        if key in data:
            build.out[key] = data[key]
    if data.get("webhooks"):
        msg = "webhooks dropped: Swagger 2.0 has none (a webhook trigger can be written by hand)"
        build.ctx.warn("openapi3-webhooks-dropped", msg, ("webhooks",))
    build.out.update(extensions(data))


_STEPS: tuple[Callable[[_Build], None], ...] = (
    _check_version,
    _refuse_external_refs,
    _info,
    _servers,
    _definitions,
    _global_parameters,
    _global_responses,
    _security,
    _paths,
    _operation_ids,
    _top_level,
)
"""The conversion, in order; each step fills part of `_Build.out`."""
