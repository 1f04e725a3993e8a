"""Root, paths, operations, parameters and responses: what an import needs to be right."""

from __future__ import annotations

import re
from collections import Counter

from connector_dsl.validate.context import Context
from connector_dsl.validate.index import METHODS, Op
from connector_dsl.validate.jsonview import JsonObj, Ptr, arr, items_of, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

SUPPORTED_MIME = (
    "application/json",
    "text/plain",
    "multipart/form-data",
    "application/x-www-form-urlencoded",
)
_MIME = re.compile(r"^[\w.+*-]+/[\w.+*-]+(\s*;.*)?\Z")
_VARIABLE = re.compile(r"\{([^{}]*)\}")
_STATUS = re.compile(r"^[1-5]\d\d\Z")
_HOST = re.compile(r"^[A-Za-z0-9.\-_]+(:\d+)?\Z")
MAX_OPERATIONS = 256
MAX_OPERATION_ID = 128

SPEC = declare("SpecificationVersionIncorrect", "Properties", E, E, '`swagger` is not "2.0"')
HOST = declare("HostNameNotValid", "Properties", E, E, "host is not a bare host[:port]")
BASE = declare("BasePathNotValid", "Properties", E, E, "basePath does not start with /")
SCHEMES_EMPTY = declare("SchemesArrayEmpty", "Arrays", E, E, "schemes is an empty list")
SCHEME_WS = declare("SchemeNotSupported", "Response", E, E, "ws/wss scheme")
SCHEME_BAD = declare("SchemeNotValid", "Properties", E, E, "scheme other than http/https")
MIME_BAD = declare("MimeTypeNotValid", "Properties", E, E, "malformed MIME type")
MIME_UNSUPPORTED = declare("MimeTypeNotSupported", "Not supported", W, W, "unsupported MIME type")
CONSUMES = declare("ConsumesMissing", "Operations", W, W, "no supported request MIME type")
MIME_MISMATCH = declare(
    "MimeTypeNotCompatibleWithRequestContentSchemaType",
    "Operations",
    E,
    E,
    "form fields with a consumes list that cannot carry them",
)
FORM_BINARY = declare(
    "StringBinaryNotSupportedForFormUrlEncoded", "Operations", E, E, "file in urlencoded form"
)
PATH_SLASH = declare("OperationPathMustStartWithSlash", "Operations", E, E, "path without /")
PATH_STAR = declare("OperationPathContainsUnsupportedCharacters", "Operations", E, E, "* in path")
PATH_QUERY = declare("OperationPathMayNotContainQueryOrFragment", "Operations", E, E, "? or #")
PATH_TEMPLATE = declare("OperationPathTemplateNotValid", "Operations", E, E, "bad braces")
PATH_DEFAULTS = declare("OperationPathVariablesContainDefaults", "Operations", E, E, "{x=1}")
PATH_CASE = declare("PathRedefined", "Operations", E, E, "paths equal ignoring case")
PATH_DUP = declare("DuplicateOperationPath", "Operations", E, E, "same template, other names")
PATH_PARTIAL = declare(
    "PartialDuplicateOperationPath", "Operations", None, W, "variable segment overlaps static"
)
PATH_REF = declare("PathItemRefNotSuppored", "Not supported", E, E, "path item $ref")
OPID_MISSING = declare("OperationIdRequired", "Operations", E, E, "operation without operationId")
OPID_DUP = declare("OperationIdNotUnique", "Operations", E, E, "duplicate operationId")
OPID_CHARS = declare("OperationIdSanitized", "Operations", None, W, "non-alphanumeric id")
OPID_LONG = declare("OperationIdTooLong", "Operations", E, E, "operationId too long")
OPS_COUNT = declare("TotalOperationsCountExceedsMaxAllowed", "Operations", E, E, "> 256 ops")
NO_RESPONSE = declare("OperationMustHaveResponse", "Operations", E, E, "no responses")
NO_SUCCESS = declare("OperationShouldHaveSuccessfulResponse", "Operations", W, W, "no 2xx")
RESPONSE_KEY = declare(
    "ResponseMustBeDefaultOrHttpStatusCode", "Response", E, E, "bad response key"
)
DEFAULT_SCHEMA = declare("DefaultResponseHasSchema", "Response", W, W, "default with schema")
MANY_SCHEMAS = declare(
    "OperationHasManyResponsesWithSchema", "Operations", None, W, "several response schemas"
)
NO_OUTPUT = declare("SchemaDefinitionSetIncorrectly", "Response", None, W, "no schema on 200/201")
HEADERS_DUP = declare("ResponseHeadersAreNotUnique", "Response", E, E, "duplicate header")
EXAMPLE_MIME = declare(
    "ResponseExampleMustBeProducedByOperation", "Response", E, E, "example MIME not produced"
)
GET_BODY = declare(
    "BodyOrFormDataParameterInFetchOperationNotAllowed", "Operations", E, E, "GET with body"
)
CONNECTION_ID = declare(
    "ConnectionIdParameterNotAllowed", "Operations", E, E, "parameter named connectionId"
)
PARAMS_SAME = declare("OperationParametersAreNotUnique", "Operations", E, E, "same entry twice")
PARAMS_DUP = declare(
    "OperationParametersContainDuplicateParameter", "Operations", E, E, "same name and in"
)
PARAMS_BODIES = declare(
    "OperationParametersContainMultipleBodyParameters", "Operations", E, E, "two bodies"
)
PATH_PARAMS_DUP = declare(
    "PathParametersContainDuplicateParameter", "Operations", E, E, "path-level duplicate"
)
PATH_PARAMS_BODIES = declare(
    "PathParametersContainMultipleBodyParameters", "Operations", E, E, "path-level bodies"
)
FORM_AND_BODY = declare(
    "ParameterListContainsFormDataAndBody", "Parameters", E, E, "body and formData together"
)
MISSING_PATH_PARAM = declare(
    "OperationMissingPathParameter", "Operations", E, E, "{x} without path parameter"
)
EXTRA_PATH_PARAM = declare(
    "PathParameterNotDefinedInTemplate", "Operations", E, E, "path parameter not in template"
)
PATH_REQUIRED = declare("PathParameterMustBeRequired", "Operations", E, E, "optional path param")
PATH_ENCODING = declare(
    "PathParameterMissingEncoding", "Parameters", None, W, "path param without url encoding"
)
QUERY_ENCODING = declare(
    "QueryParameterEncodingNotSupported", "Parameters", W, W, "query param with url encoding"
)
FILE_PARAM = declare("FileParameterMustBeInFormData", "Parameters", E, E, "file outside form")
FORM_NAME = declare("InvalidFormDataParameterName", "Operations", E, E, "non-ASCII form name")
BODY_SCHEMA = declare("BodyParameterSchemaRequired", "Response", E, E, "body without schema")
BODY_KEYWORDS = declare(
    "BodyParameterPropertyNotValid", "Properties", E, E, "body with non-body keywords"
)
NON_BODY_SCHEMA = declare(
    "NonBodyParameterSchemaNotValid", "Response", E, E, "non-body parameter with schema"
)
EMPTY_VALUE = declare(
    "AllowEmptyValueOnlyValidForQueryFormData", "Metadata", E, E, "allowEmptyValue misplaced"
)
COLLECTION = declare(
    "CollectionFormatValueNotSupported", "Not supported", E, E, "unknown collectionFormat"
)
TAG_DUP = declare("TagRedefined", "Properties", E, E, "tag defined twice")

_BODY_ONLY_NOT = ("type", "format", "items", "collectionFormat", "allowEmptyValue", "enum")
_COLLECTION_FORMATS = ("csv", "ssv", "tsv", "pipes", "multi")


def _host_replaced(api_properties: JsonObj | None) -> bool:
    """Whether a `dynamichosturl` policy sets the host from the connection at run time."""
    inner = obj((api_properties or {}).get("properties")) or {}
    return any(
        str((obj(policy) or {}).get("templateId", "")).lower() == "dynamichosturl"
        for policy in arr(inner.get("policyTemplateInstances")) or []
    )


@check(SPEC, HOST, BASE, SCHEMES_EMPTY, SCHEME_WS, SCHEME_BAD, OPS_COUNT, TAG_DUP)
def root(ctx: Context) -> None:
    """The root keys: version, host, basePath, schemes, tags, operation count."""
    doc = ctx.swagger
    if doc.get("swagger") != "2.0":
        ctx.report(SPEC, ("swagger",), 'Set "swagger" to the string "2.0".')
    host = doc.get("host")
    if host is not None and (not isinstance(host, str) or not _HOST.match(host)):
        replaced = _host_replaced(ctx.api_properties)
        message = f"Host {host!r} must be a bare name (and port), no scheme."
        if replaced:
            message += " The dynamichosturl policy replaces it per connection, so it only warns."
        ctx.report(HOST, ("host",), message, lenient=replaced)

    base = doc.get("basePath")
    if base is not None and not (isinstance(base, str) and base.startswith("/")):
        ctx.report(BASE, ("basePath",), f"basePath {base!r} must start with '/'.")
    _schemes(ctx, doc.get("schemes"), ("schemes",))
    for op in ctx.index.ops:
        if "schemes" in op.data:
            _schemes(ctx, op.data["schemes"], (*op.at, "schemes"))
    if len(ctx.index.ops) > MAX_OPERATIONS:
        ctx.report(
            OPS_COUNT, ("paths",), f"{len(ctx.index.ops)} operations; at most {MAX_OPERATIONS}."
        )
    seen: set[str] = set()
    for position, tag in enumerate(arr(doc.get("tags")) or []):
        name = text((obj(tag) or {}).get("name"))
        if name is not None and name in seen:
            ctx.report(TAG_DUP, ("tags", position), f"Tag {name!r} is defined twice.")
        if name is not None:
            seen.add(name)


def _schemes(ctx: Context, value: object, at: Ptr) -> None:
    schemes = arr(value)
    if schemes is None:
        return
    if not schemes:
        ctx.report(SCHEMES_EMPTY, at, "Leave schemes out or list at least one.")
    for position, scheme in enumerate(schemes):
        if scheme in ("ws", "wss"):
            ctx.report(SCHEME_WS, (*at, position), "WebSocket schemes are not supported.")
        elif scheme not in ("http", "https"):
            ctx.report(SCHEME_BAD, (*at, position), f"Scheme {scheme!r}: use http or https.")


@check(MIME_BAD, MIME_UNSUPPORTED, CONSUMES, MIME_MISMATCH, FORM_BINARY)
def mime_types(ctx: Context) -> None:
    """consumes/produces lists, and whether they can carry each operation's request."""
    doc = ctx.swagger
    for key in ("consumes", "produces"):
        _mime_list(ctx, doc.get(key), (key,))
    for op in ctx.index.ops:
        for key in ("consumes", "produces"):
            _mime_list(ctx, op.data.get(key), (*op.at, key))
        consumes = arr(op.data.get("consumes", doc.get("consumes"))) or []
        wheres = {p.where for p in op.params}
        if not wheres & {"body", "formData"}:
            continue
        if not any(_base(m) in SUPPORTED_MIME for m in consumes):
            ctx.report(CONSUMES, op.at, "Declare a supported MIME type in consumes.")
        bases = {_base(m) for m in consumes}
        form = {"multipart/form-data", "application/x-www-form-urlencoded"}
        if "formData" in wheres and bases and not bases & form:
            ctx.report(MIME_MISMATCH, op.at, "Form fields need a form MIME type in consumes.")
        files = any(p.data.get("type") == "file" for p in op.params)
        if files and bases == {"application/x-www-form-urlencoded"}:
            ctx.report(FORM_BINARY, op.at, "A file cannot be sent url-encoded; use multipart.")


def _base(mime: object) -> str:
    return mime.split(";")[0].strip().lower() if isinstance(mime, str) else ""


def _mime_list(ctx: Context, value: object, at: Ptr) -> None:
    for position, mime in enumerate(arr(value) or []):
        if not isinstance(mime, str) or not _MIME.match(mime.strip()):
            ctx.report(MIME_BAD, (*at, position), f"{mime!r} is not a MIME type.")
        elif _base(mime) not in SUPPORTED_MIME:
            ctx.report(MIME_UNSUPPORTED, (*at, position), f"{mime} is not supported; use JSON.")


@check(PATH_SLASH, PATH_STAR, PATH_QUERY, PATH_TEMPLATE, PATH_DEFAULTS, PATH_CASE, PATH_DUP)
def path_keys(ctx: Context) -> None:
    """The keys of `paths`: shape of templates, and templates that collide."""
    lowered: dict[str, str] = {}
    shapes: dict[tuple[str, str], str] = {}
    for path in ctx.index.paths:
        at: Ptr = ("paths", path)
        if path.startswith("x-"):
            continue
        if not path.startswith("/"):
            ctx.report(PATH_SLASH, at, "A path must start with '/'.")
        if "*" in path:
            ctx.report(PATH_STAR, at, "A path must not contain '*'.")
        if "?" in path or "#" in path:
            ctx.report(PATH_QUERY, at, "Move the query or fragment out of the path.")
        stripped = _VARIABLE.sub("", path)
        if "{" in stripped or "}" in stripped or any("/" in v for v in _VARIABLE.findall(path)):
            ctx.report(PATH_TEMPLATE, at, "Braces of a path variable are unbalanced or nested.")
        if any("=" in v for v in _VARIABLE.findall(path)):
            ctx.report(PATH_DEFAULTS, at, "Path variables cannot declare defaults with '='.")
        key = path.lower()
        if key in lowered:
            ctx.report(PATH_CASE, at, f"Same path as {lowered[key]!r} except for case.")
        lowered.setdefault(key, path)
        shape = _VARIABLE.sub("{}", path)
        item = obj(ctx.index.paths[path]) or {}
        for method in METHODS:
            if method in item:
                other = shapes.setdefault((shape, method), path)
                if other != path:
                    ctx.report(PATH_DUP, (*at, method), f"Same {method} route as {other!r}.")


@check(PATH_PARTIAL)
def partial_duplicates(ctx: Context) -> None:
    """Templates where a variable segment would also match another path's literal."""
    by_method: dict[str, list[tuple[str, list[str]]]] = {}
    for op in ctx.index.ops:
        by_method.setdefault(op.method, []).append((op.path, op.path.strip("/").split("/")))
    for method, paths in by_method.items():
        for i, (path, segments) in enumerate(paths):
            for other, other_segments in paths[i + 1 :]:
                if _overlap(segments, other_segments):
                    ctx.report(
                        PATH_PARTIAL,
                        ("paths", other, method),
                        f"A request may match both {path!r} and {other!r}.",
                    )


def _overlap(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b):
        return False
    mixed = False
    for x, y in zip(a, b, strict=True):
        vx, vy = x.startswith("{"), y.startswith("{")
        if vx != vy:
            mixed = True
        elif not vx and x != y:
            return False
    return mixed


@check(PATH_REF, OPID_MISSING, OPID_DUP, OPID_CHARS, OPID_LONG)
def operation_ids(ctx: Context) -> None:
    """operationId present, unique, short, plain; no `$ref` path items."""
    for path, item in ctx.index.paths.items():
        if "$ref" in (obj(item) or {}):
            ctx.report(PATH_REF, ("paths", path, "$ref"), "Write the path item inline.")
    seen: dict[str, Op] = {}
    for op in ctx.index.ops:
        op_id = op.op_id
        if not op_id:
            ctx.report(OPID_MISSING, op.at, "Give the operation an operationId.")
            continue
        if op_id in seen:
            first = seen[op_id]
            ctx.report(
                OPID_DUP, (*op.at, "operationId"), f"{op_id!r} is also {first.method} {first.path}."
            )
        seen.setdefault(op_id, op)
        if not op_id.isascii() or not op_id.isalnum():
            ctx.report(OPID_CHARS, (*op.at, "operationId"), f"{op_id!r} has non-alphanumerics.")
        if len(op_id) > MAX_OPERATION_ID:
            ctx.report(OPID_LONG, (*op.at, "operationId"), f"Shorten {op_id[:20]}... (max 128).")


def _no_response(ctx: Context, op: Op, responses: JsonObj | None) -> None:
    """No status code or `default` under `responses` (Swagger 2.0 and Microsoft's schema).

    Lenient on a webhook registration written `responses: {}`: the trigger's outputs come
    from the path item's x-ms-notification-content, and certification lets it through.
    """
    at: Ptr = (*op.at, "responses") if "responses" in op.data else op.at
    webhook = responses is not None and "x-ms-notification-content" in op.item and op.trigger
    if webhook:
        message = (
            "Declare the registration's response (201 with a Location header): Swagger 2.0 "
            "and Microsoft's schema refuse an empty responses object."
        )
    else:
        message = (
            "Declare at least one response (a status code or default): Swagger 2.0 and "
            "Microsoft's schema refuse an operation without one."
        )
    ctx.report(NO_RESPONSE, at, message, lenient=webhook)


@check(NO_RESPONSE, NO_SUCCESS, RESPONSE_KEY, DEFAULT_SCHEMA, MANY_SCHEMAS, NO_OUTPUT)
def responses(ctx: Context) -> None:
    """Each operation's responses: keys, success, schemas."""
    for op in ctx.index.ops:
        responses = obj(op.data.get("responses"))
        if responses is None or all(code.startswith("x-") for code in responses):
            _no_response(ctx, op, responses)
            continue
        at: Ptr = (*op.at, "responses")
        with_schema: list[str] = []
        for code, raw in responses.items():
            if code.startswith("x-"):
                continue
            if code != "default" and not _STATUS.match(code):
                ctx.report(RESPONSE_KEY, (*at, code), f"{code!r} is not an HTTP status code.")
            response = ctx.index.resolve(raw) or {}
            if "schema" in response:
                with_schema.append(code)
                if code == "default":
                    ctx.report(DEFAULT_SCHEMA, (*at, code, "schema"), "Move the schema to a 2xx.")
        codes = [c for c in responses if c.startswith("2")]
        if not codes:
            ctx.report(NO_SUCCESS, at, "Declare a 2xx response.")
        if len(with_schema) > 1:
            ctx.report(MANY_SCHEMAS, at, f"Only one schema is used; found {len(with_schema)}.")
        webhook = "x-ms-notification-content" in op.item and op.trigger
        if not webhook and op.method != "delete" and codes and not with_schema:
            ctx.report(NO_OUTPUT, at, "Without a 2xx schema the designer shows no outputs.")


@check(HEADERS_DUP, EXAMPLE_MIME)
def response_details(ctx: Context) -> None:
    """Headers unique per response; examples keyed by a produced MIME type."""
    default_produces = arr(ctx.swagger.get("produces")) or []
    for op in ctx.index.ops:
        produces = {_base(m) for m in arr(op.data.get("produces")) or default_produces}
        for code, raw in items_of(op.data.get("responses")):
            response = obj(raw) or {}
            at: Ptr = (*op.at, "responses", code)
            names = Counter(name.lower() for name, _ in items_of(response.get("headers")))
            for name, _ in items_of(response.get("headers")):
                if names[name.lower()] > 1:
                    ctx.report(HEADERS_DUP, (*at, "headers", name), f"Header {name} repeats.")
            for mime, _ in items_of(response.get("examples")):
                if produces and _base(mime) not in produces:
                    ctx.report(EXAMPLE_MIME, (*at, "examples", mime), f"{mime} is not produced.")


@check(GET_BODY, PARAMS_SAME, PARAMS_DUP, PARAMS_BODIES, PATH_PARAMS_DUP, PATH_PARAMS_BODIES)
def parameter_lists(ctx: Context) -> None:
    """Duplicates and bodies in operation- and path-level parameter lists."""
    for path, item in ctx.index.paths.items():
        _param_list(ctx, (obj(item) or {}).get("parameters"), ("paths", path, "parameters"), True)
    fetched = designer_calls(ctx.swagger)
    for op in ctx.index.ops:
        _param_list(ctx, op.data.get("parameters"), (*op.at, "parameters"), False)
        if op.method == "get":
            for param in op.params:
                if param.where not in ("body", "formData"):
                    continue
                if op.op_id in fetched:
                    message = (
                        "The designer calls this GET itself (a dynamic list, schema or "
                        "connection test) and sends no body or form fields: pass them as "
                        "parameters."
                    )
                    ctx.report(GET_BODY, param.at, message)
                else:
                    message = "A GET with a body or form fields: many services and proxies drop it."
                    ctx.report(GET_BODY, param.at, message, lenient=True)


_NOT_FETCHES = frozenset({"x-ms-notification"})


def designer_calls(swagger: JsonObj) -> set[str]:
    """operationIds the designer calls itself: targets of dynamic extensions and capabilities."""
    found: set[str] = set()
    stack: list[tuple[object, tuple[str, ...]]] = [(swagger, ())]
    while stack:
        node, at = stack.pop()
        if isinstance(node, dict):
            operation = len(at) == 3 and at[0] == "paths"
            target = node.get("operationId", node.get("operationid"))
            if not operation and isinstance(target, str):
                found.add(target)
            for key, child in node.items():
                if key not in _NOT_FETCHES and isinstance(child, dict | list):
                    stack.append((child, (*at, str(key))))
        elif isinstance(node, list):
            stack.extend((child, (*at, "[]")) for child in node if isinstance(child, dict | list))
    return found


def _param_list(ctx: Context, value: object, at: Ptr, path_level: bool) -> None:
    entries = arr(value) or []
    seen_raw: list[object] = []
    seen: set[tuple[str, str]] = set()
    bodies = 0
    for position, raw in enumerate(entries):
        where: Ptr = (*at, position)
        if raw in seen_raw and not path_level:
            ctx.report(PARAMS_SAME, where, "This parameter is listed twice.")
            continue
        seen_raw.append(raw)
        data = ctx.index.resolve(raw)
        if data is None:
            continue
        key = (text(data.get("name")) or "", text(data.get("in")) or "")
        if key in seen:
            rule = PATH_PARAMS_DUP if path_level else PARAMS_DUP
            ctx.report(rule, where, f"Another {key[1]} parameter is named {key[0]!r}.")
        seen.add(key)
        if key[1] == "body":
            bodies += 1
            if bodies == 2:
                rule = PATH_PARAMS_BODIES if path_level else PARAMS_BODIES
                ctx.report(rule, where, "Only one body parameter is allowed.")


@check(FORM_AND_BODY, MISSING_PATH_PARAM, EXTRA_PATH_PARAM, PATH_REQUIRED, CONNECTION_ID)
def path_parameters(ctx: Context) -> None:
    """Path template variables and path parameters match both ways."""
    for op in ctx.index.ops:
        variables = set(_VARIABLE.findall(op.path))
        declared = {p.name for p in op.params if p.where == "path"}
        for name in sorted(variables - declared):
            ctx.report(
                MISSING_PATH_PARAM, op.at, f"{{{name}}} has no path parameter named {name!r}."
            )
        wheres = {p.where for p in op.params}
        if {"body", "formData"} <= wheres:
            ctx.report(FORM_AND_BODY, op.at, "Use either a body or form fields, not both.")
        for param in op.params:
            if param.name == "connectionId":
                ctx.report(CONNECTION_ID, param.at, "connectionId is reserved; rename it.")
            if param.where != "path":
                continue
            if param.name not in variables:
                ctx.report(EXTRA_PATH_PARAM, param.at, f"{{{param.name}}} is not in the path.")
            if param.data.get("required") is not True:
                ctx.report(PATH_REQUIRED, param.at, "Path parameters must be required: true.")


@check(
    PATH_ENCODING,
    QUERY_ENCODING,
    FILE_PARAM,
    FORM_NAME,
    BODY_SCHEMA,
    BODY_KEYWORDS,
    NON_BODY_SCHEMA,
    EMPTY_VALUE,
    COLLECTION,
)
def parameter_shapes(ctx: Context) -> None:
    """Each parameter where it is defined: keywords that fit its location."""
    for at, data in _defined_params(ctx):
        where = data.get("in")
        if where == "path" and "x-ms-url-encoding" not in data:
            ctx.report(PATH_ENCODING, at, 'Add "x-ms-url-encoding": "single".')
        if where == "query" and "x-ms-url-encoding" in data:
            ctx.report(QUERY_ENCODING, (*at, "x-ms-url-encoding"), "Query values are encoded once.")
        if data.get("type") == "file" and where != "formData":
            ctx.report(FILE_PARAM, at, "A file parameter must be in: formData.")
        name = data.get("name")
        if where == "formData" and isinstance(name, str) and not name.isascii():
            ctx.report(FORM_NAME, (*at, "name"), "Form field names must be US-ASCII.")
        if where == "body":
            if "schema" not in data:
                ctx.report(BODY_SCHEMA, at, "A body parameter needs a schema.")
            for key in _BODY_ONLY_NOT:
                if key in data:
                    ctx.report(BODY_KEYWORDS, (*at, key), f"Move {key} into the body's schema.")
        elif "schema" in data:
            ctx.report(NON_BODY_SCHEMA, (*at, "schema"), "Only body parameters have a schema.")
        if "allowEmptyValue" in data and where not in ("query", "formData"):
            ctx.report(EMPTY_VALUE, (*at, "allowEmptyValue"), "Only for query or form fields.")
        fmt = data.get("collectionFormat")
        if fmt is not None and fmt not in _COLLECTION_FORMATS:
            ctx.report(COLLECTION, (*at, "collectionFormat"), f"{fmt!r} is not supported.")


def _defined_params(ctx: Context) -> list[tuple[Ptr, JsonObj]]:
    found: list[tuple[Ptr, JsonObj]] = []
    for name, raw in ctx.index.global_params.items():
        data = obj(raw)
        if data is not None and "$ref" not in data:
            found.append((("parameters", name), data))
    for path, item_value in ctx.index.paths.items():
        item = obj(item_value) or {}
        lists: list[tuple[Ptr, object]] = [(("paths", path, "parameters"), item.get("parameters"))]
        for method in METHODS:
            op = obj(item.get(method))
            if op is not None:
                lists.append((("paths", path, method, "parameters"), op.get("parameters")))
        for at, value in lists:
            for position, raw in enumerate(arr(value) or []):
                data = obj(raw)
                if data is not None and "$ref" not in data:
                    found.append(((*at, position), data))
    return found
