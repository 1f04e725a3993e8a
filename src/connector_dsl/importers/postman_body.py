"""Request bodies and saved example responses."""

from __future__ import annotations

from dataclasses import dataclass, field

from connector_dsl.document import Parameter, Response, Schema
from connector_dsl.importers.postman_params import field_parameters, read_headers
from connector_dsl.importers.postman_reader import Reporter, Tokens
from connector_dsl.importers.postman_schema import merge, parse_json, schema_of
from connector_dsl.importers.postman_url import Field
from connector_dsl.importers.postman_variables import Variables

_LANGUAGES = {
    "json": "application/json",
    "xml": "application/xml",
    "html": "text/html",
    "text": "text/plain",
    "javascript": "application/javascript",
}


@dataclass
class Body:
    """The parameters a body becomes and the media type it is sent as."""

    parameters: list[Parameter] = field(default_factory=list[Parameter])
    consumes: str | None = None


def read_body(
    reporter: Reporter, variables: Variables, value: object, at: Tokens, content_type: str | None
) -> Body:
    """A request body as a `body` parameter (raw, file) or `formData` parameters."""
    if value is None:
        return Body()
    body = reporter.mapping(value, at)
    mode = reporter.text(body.get("mode"), (*at, "mode"))
    if body.get("disabled") is True or not mode:
        return Body()
    if mode == "raw":
        return _raw(reporter, variables, body, at, content_type)
    if mode in ("urlencoded", "formdata"):
        fields = _form_fields(reporter, body.get(mode), (*at, mode))
        media = "multipart/form-data" if mode == "formdata" else "application/x-www-form-urlencoded"
        if any(f.kind == "file" for f in fields):
            media = "multipart/form-data"
        return Body(field_parameters(reporter, fields, "formData", (*at, mode)), media)
    if mode == "file":
        schema = Schema(type="string", format="binary")
        return Body([_body_parameter(schema)], content_type or "application/octet-stream")
    if mode == "graphql":
        properties = {"query": Schema(type="string"), "variables": Schema(type="object")}
        schema = Schema(type="object", properties=properties)
        return Body([_body_parameter(schema)], "application/json")
    reporter.warn("postman-body-unsupported", f"body mode `{mode}` was left out", at)
    return Body()


def _form_fields(reporter: Reporter, value: object, at: Tokens) -> list[Field]:
    fields: list[Field] = []
    for index, entry in enumerate(reporter.sequence(value, at)):
        where = (*at, index)
        item = reporter.mapping(entry, where)
        key = reporter.text(item.get("key"), (*where, "key"))
        if not key:
            continue
        kind = "file" if item.get("type") == "file" else "text"
        example = item.get("value") if kind == "text" else ""
        fields.append(
            Field(
                key=key,
                value=example if isinstance(example, str) else "",
                description=reporter.description(item.get("description"), (*where, "description")),
                disabled=item.get("disabled") is True,
                at=where,
                kind=kind,
            )
        )
    return fields


def _body_parameter(schema: Schema) -> Parameter:
    return Parameter(name="body", in_="body", required=True, schema_=schema)


def _raw(
    reporter: Reporter,
    variables: Variables,
    body: dict[str, object],
    at: Tokens,
    content_type: str | None,
) -> Body:
    text = reporter.text(body.get("raw"), (*at, "raw"))
    if not text.strip():
        return Body()
    language = _language(body)
    media = content_type or _LANGUAGES.get(language, "")
    if language not in ("", "json") or (media and "json" not in media):
        return Body([_body_parameter(Schema(type="string"))], media or "text/plain")
    schema = _json_schema(reporter, variables, text, (*at, "raw"))
    if schema is None:
        return Body([_body_parameter(Schema(type="string"))], media or "text/plain")
    return Body([_body_parameter(schema)], media or "application/json")


def _language(body: dict[str, object]) -> str:
    options = body.get("options")
    raw = options.get("raw") if isinstance(options, dict) else None
    language = raw.get("language") if isinstance(raw, dict) else None  # pyright: ignore[reportUnknownMemberType,reportUnknownVariableType]
    return language if isinstance(language, str) else ""


def _json_schema(reporter: Reporter, variables: Variables, text: str, at: Tokens) -> Schema | None:
    """The schema of a JSON text; None when it is not JSON-like at all."""
    parsed = parse_json(text, variables)
    if parsed.placeholders:
        names = ", ".join(f"`{{{{{name}}}}}`" for name in parsed.placeholders)
        reporter.warn(
            "postman-variable-in-body",
            f"{names} stood outside a JSON string; its value, or a placeholder (a number "
            "inside the body, an object for the whole body), typed it: check the type",
            at,
        )
    if parsed.ok:
        try:
            return schema_of(parsed.value)
        except RecursionError:
            parsed.error = "nested too deeply"
    if not text.lstrip().startswith(("{", "[")):
        return None
    reporter.warn(
        "postman-body-unparsed",
        f"the body looks like JSON but does not parse ({parsed.error}); typed as a bare "
        "object, describe its properties by hand",
        at,
    )
    return Schema(type="array" if text.lstrip().startswith("[") else "object")


def read_responses(
    reporter: Reporter, variables: Variables, value: object, at: Tokens
) -> tuple[dict[str, Response], str | None]:
    """Saved examples as responses keyed by status code, and their media type."""
    responses: dict[str, Response] = {}
    produces: str | None = None
    for index, entry in enumerate(reporter.sequence(value, at)):
        where = (*at, index)
        example = reporter.mapping(entry, where)
        code = _status_code(example.get("code"))
        headers = read_headers(reporter, example.get("header"), (*where, "header"))
        media = next((h.value for h in headers if h.key.lower() == "content-type"), "")
        schema = _example_schema(reporter, variables, example, where, media)
        if schema is not None and produces is None:
            produces = media.split(";", 1)[0].strip() or "application/json"
        responses[code] = _merged(responses.get(code), example, schema, reporter, where)
    if not responses:
        responses["200"] = Response(description="OK")
    return responses, produces


def _status_code(value: object) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and 100 <= value <= 599:
        return str(value)
    return "default"


def _example_schema(
    reporter: Reporter, variables: Variables, example: dict[str, object], at: Tokens, media: str
) -> Schema | None:
    text = reporter.text(example.get("body"), (*at, "body"))
    if not text.strip() or (media and "json" not in media.lower()):
        return None
    parsed = parse_json(text, variables)
    if not parsed.ok:
        return None
    try:
        return schema_of(parsed.value)
    except RecursionError:
        return None


def _merged(
    previous: Response | None,
    example: dict[str, object],
    schema: Schema | None,
    reporter: Reporter,
    at: Tokens,
) -> Response:
    if previous is not None:
        if schema is None:
            return previous
        if previous.schema_ is not None:
            schema = merge(previous.schema_, schema)
        return previous.model_copy(update={"schema_": schema})
    status = reporter.text(example.get("status"), (*at, "status")).strip()
    name = reporter.text(example.get("name"), (*at, "name")).strip()
    response = Response(description=status or name or "OK")
    if schema is not None:
        response.schema_ = schema
    return response
