"""`$ref`s that are malformed, dangle or loop, and security requirements."""

from __future__ import annotations

import re
from collections.abc import Iterator

from connector_dsl.validate.context import Context
from connector_dsl.validate.jsonview import JsonObj, Ptr, arr, items_of, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

_POINTER = re.compile(r"^#(/([^~]|~[01])*)*\Z")
_SKIP = frozenset({"example", "examples", "x-ms-test-value", "default", "enum"})
_KINDS = {"schema": "definitions", "parameter": "parameters", "response": "responses"}

POINTER_BAD = declare("JsonPointerNotValid", "Response", E, E, "$ref not a JSON pointer")
SCHEMA_NOT_FOUND = declare("SchemaReferenceNotFound", "Response", E, E, "no such definition")
SCHEMA_NOT_VALID = declare("SchemaReferenceNotValid", "Response", E, E, "not #/definitions/")
PARAM_NOT_FOUND = declare("ParameterReferenceNotFound", "Parameters", E, E, "no such parameter")
PARAM_NOT_VALID = declare("ParameterReferenceNotValid", "Parameters", E, E, "not #/parameters/")
RESP_NOT_FOUND = declare("ResponseReferenceNotFound", "Response", E, E, "no such response")
RESP_NOT_VALID = declare("ResponseReferenceNotValid", "Response", E, E, "not #/responses/")
ADJACENT = declare(
    "AdditionalPropertyNotAllowedAdjacentToRef", "Properties", W, W, "keys beside $ref"
)
PARAM_LOOP = declare("ParameterRefLoopNotAllowed", "Parameters", E, E, "global param is a $ref")
RESP_LOOP = declare("ResponseRefLoopNotAllowed", "Parameters", E, E, "global response is a $ref")
SCHEMA_LOOP = declare("SchemaRefLoopNotAllowed", "Response", E, E, "definitions that only loop")
REQUIRED_LOOP = declare(
    "RequiredLoopInSchemaNotAllowed", "Response", E, E, "cycle of required properties"
)
SEC_UNDEFINED = declare(
    "SecurityRequirementMustBeDefined", "Security", W, W, "requirement names no scheme"
)
SEC_EMPTY = declare(
    "SecurityRequirementMustHaveEmptyValue", "Security", E, E, "scopes on a non-OAuth scheme"
)
SEC_VALUE = declare("SecurityRequirementMustHaveValue", "Security", E, E, "requirement not a list")
SEC_SCOPE = declare(
    "OAuthSecurityRequirementValueMustBeScopeName", "Security", E, E, "undeclared scope"
)
SCHEME_KEY_BAD = declare(
    "SecuritySchemePropertyNotValid", "Properties", E, E, "key not valid for the scheme type"
)
SCHEME_KEY_MISSING = declare(
    "SecuritySchemePropertyRequired", "Properties", E, E, "key the scheme type needs"
)

_SCHEME_KEYS = {
    "basic": ({"type", "description"}, set[str]()),
    "apiKey": ({"type", "description", "name", "in"}, {"name", "in"}),
    "oauth2": (
        {"type", "description", "flow", "authorizationUrl", "tokenUrl", "scopes"},
        {"flow"},
    ),
}
_FLOW_NEEDS = {
    "accessCode": ("authorizationUrl", "tokenUrl"),
    "implicit": ("authorizationUrl",),
    "password": ("tokenUrl",),
    "application": ("tokenUrl",),
}


def iter_refs(document: JsonObj) -> Iterator[tuple[Ptr, JsonObj, str]]:
    """Every object holding a `$ref`, with its pointer and what kind it must point to."""
    stack: list[tuple[object, Ptr]] = [(document, ())]
    while stack:
        node, at = stack.pop()
        found = obj(node)
        if found is not None:
            if "$ref" in found and not _names_map(at):
                yield at, found, _kind(at)
            for key, child in found.items():
                if key not in _SKIP and isinstance(child, dict | list):
                    stack.append((child, (*at, key)))
            continue
        for position, child in enumerate(arr(node) or []):
            if isinstance(child, dict | list):
                stack.append((child, (*at, position)))


def _names_map(at: Ptr) -> bool:
    """Whether the object at `at` maps names to schemas (`properties`), where `$ref` is a name."""
    return len(at) >= 1 and at[-1] == "properties" and (len(at) < 2 or at[-2] != "properties")


def _kind(at: Ptr) -> str:
    if len(at) >= 2 and at[0] in ("parameters", "responses") and len(at) == 2:
        return at[0][:-1]
    if len(at) >= 2 and at[-2] == "parameters" and isinstance(at[-1], int):
        return "parameter"
    if len(at) >= 4 and at[0] == "paths" and at[-2] == "responses":
        return "response"
    if len(at) == 2 and at[0] == "paths":
        return "path"
    return "schema"


@check(
    POINTER_BAD,
    SCHEMA_NOT_FOUND,
    SCHEMA_NOT_VALID,
    PARAM_NOT_FOUND,
    PARAM_NOT_VALID,
    RESP_NOT_FOUND,
    RESP_NOT_VALID,
    ADJACENT,
    PARAM_LOOP,
    RESP_LOOP,
)
def references(ctx: Context) -> None:
    """Each `$ref`: a local pointer, of the right kind, to something that exists."""
    rules = {
        "schema": (SCHEMA_NOT_VALID, SCHEMA_NOT_FOUND),
        "parameter": (PARAM_NOT_VALID, PARAM_NOT_FOUND),
        "response": (RESP_NOT_VALID, RESP_NOT_FOUND),
    }
    for at, node, kind in iter_refs(ctx.swagger):
        ref = node["$ref"]
        where: Ptr = (*at, "$ref")
        if kind == "path":
            continue
        if len(at) == 2 and at[0] in ("parameters", "responses"):
            loop = PARAM_LOOP if at[0] == "parameters" else RESP_LOOP
            ctx.report(loop, where, "A shared definition must be written out, not be a $ref.")
            continue
        extra = [key for key in node if key != "$ref" and not key.startswith("x-")]
        if extra:
            ctx.report(ADJACENT, at, f"Keys beside $ref are ignored: {', '.join(sorted(extra))}.")
        if not isinstance(ref, str) or not _POINTER.match(ref):
            ctx.report(POINTER_BAD, where, f"{ref!r} is not a local JSON pointer ('#/...').")
            continue
        not_valid, not_found = rules[kind]
        section = _KINDS[kind]
        parts = ref[2:].split("/")
        if parts[0] != section or len(parts) != 2:
            ctx.report(not_valid, where, f"{ref} should have the form '#/{section}/NAME'.")
            continue
        if ctx.index.lookup(ref) is None:
            ctx.report(not_found, where, f"{ref} does not exist.")


@check(SCHEMA_LOOP, REQUIRED_LOOP)
def definition_loops(ctx: Context) -> None:
    """Definitions that are only `$ref`s around a cycle, and cycles of required properties."""
    definitions = ctx.index.definitions
    looping = _ref_chains_into_loops(definitions)
    for name in sorted(looping):
        ctx.report(SCHEMA_LOOP, ("definitions", name, "$ref"), "These $refs form a loop.")
    edges: dict[str, set[str]] = {}
    for name, raw in definitions.items():
        edges[name] = _required_refs(obj(raw) or {})
    cyclic = _on_cycles(edges)
    for name in sorted(definitions):
        if name in cyclic:
            ctx.report(REQUIRED_LOOP, ("definitions", name), "Required properties form a cycle.")


def _ref_target(definitions: JsonObj, name: str) -> str | None:
    """The definition a definition that is only a `$ref` names, or None."""
    node = obj(definitions.get(name)) or {}
    if set(node) == {"$ref"} and isinstance(node["$ref"], str):
        return node["$ref"].removeprefix("#/definitions/")
    return None


def _ref_chains_into_loops(definitions: JsonObj) -> set[str]:
    """Definitions whose chain of bare `$ref`s runs into a loop; each link is followed once."""
    known: dict[str, bool] = {}
    for start in definitions:
        path: list[str] = []
        on_path: set[str] = set()
        name: str | None = start
        result = False
        while name is not None:
            if name in known:
                result = known[name]
                break
            if name in on_path:
                result = True
                break
            path.append(name)
            on_path.add(name)
            name = _ref_target(definitions, name) if name in definitions else None
        for visited in path:
            known[visited] = result
    return {name for name in definitions if known.get(name)}


def _on_cycles(edges: dict[str, set[str]]) -> set[str]:
    """Names that reach themselves (Tarjan's strongly connected components, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cyclic: set[str] = set()
    for root in sorted(edges):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            name, pending = work[-1]
            if pending:
                target = pending.pop()
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, sorted(edges.get(target, ()))))
                elif target in on_stack:
                    low[name] = min(low[name], index[target])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[name])
            if low[name] == index[name]:
                component: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == name:
                        break
                if len(component) > 1 or name in edges.get(name, ()):
                    cyclic.update(component)
    return cyclic


def _required_refs(schema: JsonObj) -> set[str]:
    targets: set[str] = set()
    properties = obj(schema.get("properties")) or {}
    for required in arr(schema.get("required")) or []:
        prop = obj(properties.get(required)) if isinstance(required, str) else None
        ref = text((prop or {}).get("$ref"))
        if ref is not None and ref.startswith("#/definitions/"):
            targets.add(ref.removeprefix("#/definitions/"))
    return targets


@check(SEC_UNDEFINED, SEC_EMPTY, SEC_VALUE, SEC_SCOPE, SCHEME_KEY_BAD, SCHEME_KEY_MISSING)
def security(ctx: Context) -> None:
    """Security schemes have the keys of their type; requirements name them correctly."""
    schemes = obj(ctx.swagger.get("securityDefinitions")) or {}
    for name, raw in schemes.items():
        scheme = obj(raw) or {}
        allowed, needed = _SCHEME_KEYS.get(text(scheme.get("type")) or "", (set(scheme), set()))
        at: Ptr = ("securityDefinitions", name)
        for key in scheme:
            if key not in allowed and not key.startswith("x-"):
                ctx.report(SCHEME_KEY_BAD, (*at, key), f"{key} does not belong on this scheme.")
        wanted = set(needed) | set(_FLOW_NEEDS.get(text(scheme.get("flow")) or "", ()))
        for key in sorted(wanted - set(scheme)):
            ctx.report(SCHEME_KEY_MISSING, at, f"This security scheme needs {key}.")
    lists: list[tuple[Ptr, object]] = [(("security",), ctx.swagger.get("security"))]
    lists += [((*op.at, "security"), op.data.get("security")) for op in ctx.index.ops]
    for at, value in lists:
        for position, requirement in enumerate(arr(value) or []):
            for name, scopes in items_of(requirement):
                where: Ptr = (*at, position, name)
                _requirement(ctx, where, obj(schemes.get(name)), name, scopes)


def _requirement(ctx: Context, at: Ptr, scheme: JsonObj | None, name: str, scopes: object) -> None:
    if scheme is None:
        ctx.report(SEC_UNDEFINED, at, f"No security definition is named {name!r}.")
        return
    values = arr(scopes)
    if values is None:
        ctx.report(SEC_VALUE, at, "Give a list of scopes ([] when there are none).")
        return
    if scheme.get("type") != "oauth2":
        if values:
            ctx.report(SEC_EMPTY, at, "Only OAuth requirements list scopes; use [].")
        return
    declared = obj(scheme.get("scopes")) or {}
    for position, scope in enumerate(values):
        if not isinstance(scope, str) or scope not in declared:
            message = (
                f"Scope {scope!r} is not declared in securityDefinitions/{name}/scopes; "
                "declare it there (scope names are case-sensitive)."
            )
            ctx.report(SEC_SCOPE, (*at, position), message)
