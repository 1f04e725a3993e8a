"""Parameters and request bodies of OpenAPI 3 to Swagger 2.0 parameters.

A non-body parameter has no `schema` in Swagger 2.0: its schema is flattened into
`type`, `format`, `items`, `enum`, `default` and the bounds, with `$ref`s (also in
array items) and enum-only schemas inlined as the primitive they are.
"""

from __future__ import annotations

from typing import Any

from connector_dsl.importers.openapi3_context import Context, Json, Where, extensions
from connector_dsl.importers.openapi3_schemas import PRIMITIVES, convert_schema, enum_type

PARAMETER_REF = "#/components/parameters/"
_FIELDS = (
    "type", "format", "items", "collectionFormat", "default", "maximum", "exclusiveMaximum",
    "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
    "minItems", "uniqueItems", "enum", "multipleOf",
)  # fmt: skip
"""What a non-body parameter, a header or array items may carry of a schema."""
_STYLES = {"form": "csv", "simple": "csv", "spaceDelimited": "ssv", "pipeDelimited": "pipes"}
_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


def resolve_parameter(node: Any, ctx: Context, where: Where) -> tuple[Json, Where]:
    """A parameter, following its `$ref`; with its place in the input."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target, tokens = ctx.resolve(node["$ref"], where)
        return (target if isinstance(target, dict) else {}), tokens
    return (node if isinstance(node, dict) else {}), where


def convert_parameter(node: Json, ctx: Context, where: Where) -> Json | None:
    """One non-body parameter; None when Swagger 2.0 cannot carry it (a cookie)."""
    location = node.get("in")
    name = node.get("name", "")
    if location == "cookie":
        msg = f"cookie parameter {name!r} dropped: Swagger 2.0 has no cookie parameters"
        ctx.warn("openapi3-cookie-parameter", msg, where)
        return None
    result: Json = {"name": name, "in": location}
    for key in ("description", "required", "allowEmptyValue"):
        if key in node:
            result[key] = node[key]
    if location == "path":
        result["required"] = True
    result.update(_parameter_schema(node, ctx, where))
    if result.get("type") == "array" and location in ("query", "header", "path"):
        result["collectionFormat"] = _collection_format(node, location)
    result.update(extensions(node))
    return result


def _parameter_schema(node: Json, ctx: Context, where: Where) -> Json:
    if "schema" in node:
        return primitive_fields(node["schema"], ctx, (*where, "schema"))
    content = node.get("content")
    if isinstance(content, dict) and content:
        msg = "parameter with `content` became a string holding the serialized value"
        ctx.warn("openapi3-parameter-content", msg, (*where, "content"))
    return {"type": "string"}


def _collection_format(node: Json, location: str) -> str:
    style = node.get("style", "form" if location == "query" else "simple")
    explode = node.get("explode", style == "form")
    if style == "form" and explode and location == "query":
        return "multi"
    return _STYLES.get(str(style), "csv")


def primitive_fields(node: Any, ctx: Context, where: Where) -> Json:
    """A schema as the fields of a non-body parameter, header or items: a primitive."""
    schema, tokens = _inline(node, ctx, where)
    converted = convert_schema(schema, ctx, tokens)
    kind = converted.get("type")
    if kind is None and isinstance(converted.get("enum"), list):
        kind = enum_type(converted["enum"]) or "string"
    if kind not in (*PRIMITIVES, "array") or "$ref" in converted:
        msg = "a parameter cannot hold an object; it became a string (send it as JSON text)"
        ctx.warn("openapi3-parameter-complex", msg, where)
        return {"type": "string"}
    fields: Json = {k: converted[k] for k in _FIELDS if k in converted}
    fields["type"] = kind
    fields.update(extensions(converted))
    if kind == "array":
        fields["items"] = primitive_fields(schema.get("items", {}), ctx, (*tokens, "items"))
        fields["items"].pop("x-nullable", None)
    return fields


def _inline(node: Any, ctx: Context, where: Where) -> tuple[Json, Where]:
    """A schema with its `$ref` (and a lone `allOf`) replaced by what it points at."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        target, tokens = ctx.resolve(node["$ref"], where)
        with ctx.quiet():
            return _inline(target, ctx, tokens)
    if not isinstance(node, dict):
        return {}, where
    parts = node.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and isinstance(parts[0], dict):
        inner, tokens = _inline(parts[0], ctx, (*where, "allOf", 0))
        rest = {k: v for k, v in node.items() if k != "allOf"}
        return {**inner, **rest}, tokens
    return node, where


def convert_request_body(node: Any, ctx: Context, where: Where) -> tuple[list[Json], str | None]:
    """The body or form parameters of a request body, and the media type kept."""
    body, tokens = resolve_parameter(node, ctx, where)
    content = body.get("content")
    if not isinstance(content, dict) or not content:
        return [], None
    richer = _richer_form(content, ctx, (*tokens, "content"))
    media = choose_media_type(content, ctx, (*tokens, "content"), prefer=richer)
    media_node = content[media] if isinstance(content[media], dict) else {}
    here = (*tokens, "content", media)
    if media in _FORMS:
        _drop_example(media_node, ctx, here)
        return _form_parameters(media_node, body, ctx, here, media), media
    schema = convert_schema(media_node.get("schema", {}), ctx, (*here, "schema"))
    if not schema:
        schema = {"type": "object"} if _is_json(media) else {"type": "string", "format": "binary"}
    found = media_example(media_node, ctx, here)
    if found is not None and "$ref" not in schema and "example" not in schema:
        schema["example"] = found[0]
    elif found is not None:
        msg = "the body example was dropped: its schema is a $ref or has its own example"
        ctx.warn("openapi3-example-dropped", msg, found[1])
    name = str(body.get("x-codegen-request-body-name", "body"))
    parameter: Json = {"name": name, "in": "body", "schema": schema}
    for key in ("description", "required"):
        if key in body:
            parameter[key] = body[key]
    parameter.update(
        {k: v for k, v in extensions(body).items() if k != "x-codegen-request-body-name"}
    )
    return [parameter], media


def _is_json(media: str) -> bool:
    kind = media.split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


def media_example(media_node: Json, ctx: Context, where: Where) -> tuple[Any, Where] | None:
    """The example of a media type (`example`, else the first of `examples`) and its place;
    a warning names the other named examples, which Swagger 2.0 cannot hold."""
    if "example" in media_node:
        return media_node["example"], (*where, "example")
    examples = media_node.get("examples")
    if not isinstance(examples, dict) or not examples:
        return None
    names = list(examples)
    first, tokens = resolve_parameter(examples[names[0]], ctx, (*where, "examples", names[0]))
    if len(names) > 1:
        msg = f"Swagger 2.0 keeps one example; kept {names[0]!r}, dropped {names[1:]}"
        ctx.warn("openapi3-example-dropped", msg, (*where, "examples"))
    if "value" not in first:
        msg = "an example without an inline `value` (externalValue) was dropped"
        ctx.warn("openapi3-example-dropped", msg, tokens)
        return None
    return first["value"], (*tokens, "value")


def _drop_example(media_node: Json, ctx: Context, where: Where) -> None:
    for key in ("example", "examples"):
        if key in media_node:
            msg = "form fields carry no example in Swagger 2.0; the example was dropped"
            ctx.warn("openapi3-example-dropped", msg, (*where, key))


def _richer_form(content: Json, ctx: Context, where: Where) -> str | None:
    """A form media type with more named fields than the JSON body offers, if any."""
    json_kind = next((kind for kind in content if _is_json(kind)), None)
    json_fields = 0
    if json_kind is not None and isinstance(content[json_kind], dict):
        with ctx.quiet():
            schema, _ = _inline(content[json_kind].get("schema", {}), ctx, where)
        properties = schema.get("properties")
        json_fields = len(properties) if isinstance(properties, dict) else 0
        if json_fields == 0 and schema.get("type") not in (None, "object"):
            return None
    best: tuple[int, str] | None = None
    for kind in content:
        node = content[kind]
        if kind in _FORMS and isinstance(node, dict):
            with ctx.quiet():
                fields, _ = _form_fields(node.get("schema", {}), ctx, (*where, kind, "schema"))
            if len(fields) > json_fields and (best is None or len(fields) > best[0]):
                best = (len(fields), kind)
    return best[1] if best else None


def choose_media_type(
    content: Json, ctx: Context, where: Where, *, prefer: str | None = None
) -> str:
    """`prefer`, else the JSON media type of `content` (else the first), warning about the
    others."""
    kinds = list(content)
    chosen = prefer or next((kind for kind in kinds if _is_json(kind)), kinds[0])
    dropped = [kind for kind in kinds if kind != chosen]
    if dropped:
        msg = f"kept {chosen!r}; Swagger 2.0 has one schema per body, so dropped {dropped}"
        ctx.warn("openapi3-media-type-dropped", msg, where)
    return chosen


def _form_parameters(
    media_node: Json, body: Json, ctx: Context, where: Where, media: str
) -> list[Json]:
    """One `formData` parameter per property of a form schema; binary strings are files."""
    properties, required = _form_fields(media_node.get("schema", {}), ctx, (*where, "schema"))
    if not properties:
        schema, _ = _inline(media_node.get("schema", {}), ctx, where)
        if _is_binary(schema):
            return [{"name": "file", "in": "formData", "type": "file", "required": True}]
        msg = f"{media} body without named properties dropped: form fields need names"
        ctx.warn("openapi3-form-without-fields", msg, where)
        return []
    parameters: list[Json] = []
    for name, (value, at) in properties.items():
        resolved, _ = _inline(value, ctx, at)
        parameter: Json = {"name": name, "in": "formData"}
        if isinstance(resolved.get("description"), str):
            parameter["description"] = resolved["description"]
        if name in required:
            parameter["required"] = True
        if _is_binary(resolved):
            parameter["type"] = "file"
        else:
            parameter.update(primitive_fields(value, ctx, at))
            if parameter["type"] == "array":
                parameter["collectionFormat"] = "multi"
        parameters.append(parameter)
    return parameters


def _is_binary(schema: Json) -> bool:
    kind = schema.get("type", "string")
    binary = schema.get("format") == "binary" or "contentMediaType" in schema
    return binary and kind in ("string", ["string"])


def _form_fields(
    node: Any, ctx: Context, where: Where
) -> tuple[dict[str, tuple[Any, Where]], list[str]]:
    """The properties of a form schema (following `$ref` and `allOf`), and the required ones."""
    schema, tokens = _inline(node, ctx, where)
    fields: dict[str, tuple[Any, Where]] = {}
    required = [r for r in schema.get("required") or [] if isinstance(r, str)]
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, value in properties.items():
            fields[name] = (value, (*tokens, "properties", name))
    for i, part in enumerate(schema.get("allOf") or []):
        more, more_required = _form_fields(part, ctx, (*tokens, "allOf", i))
        fields.update(more)
        required += more_required
    return fields, required
