"""Responses and response headers of OpenAPI 3 to Swagger 2.0."""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

from connector_dsl.importers.openapi3_context import Context, Json, Where, extensions
from connector_dsl.importers.openapi3_params import (
    choose_media_type,
    media_example,
    primitive_fields,
    resolve_parameter,
)
from connector_dsl.importers.openapi3_schemas import convert_schema

RESPONSE_REF = "#/components/responses/"
_RANGE = re.compile(r"^([1-5])XX$", re.IGNORECASE)


def status_key(code: Any, taken: set[str], ctx: Context, where: Where) -> str | None:
    """A Swagger 2.0 response key: a three-digit code or `default`; `2XX` becomes `200`."""
    key = str(code)
    if key == "default" or re.fullmatch(r"[0-9]{3}", key):
        return key
    match = _RANGE.match(key)
    if match and f"{match.group(1)}00" not in taken:
        ctx.warn("openapi3-status-range", f"status range {key!r} became {match.group(1)}00", where)
        return f"{match.group(1)}00"
    ctx.warn("openapi3-status-dropped", f"response {key!r} dropped: not a status code", where)
    return None


def describe(key: str) -> str:
    """A description for a response that has none: the status phrase."""
    if key.isdigit():
        try:
            return HTTPStatus(int(key)).phrase
        except ValueError:
            return f"Status {key}"
    return "Default response"


def convert_response(node: Any, key: str, ctx: Context, where: Where) -> tuple[Json, str | None]:
    """A response (or a `$ref` to a global one) and the media type it produces."""
    if isinstance(node, dict) and str(node.get("$ref", "")).startswith(RESPONSE_REF):
        target, tokens = resolve_parameter(node, ctx, where)
        with ctx.quiet():
            _, media = convert_response(target, key, ctx, tokens)
        return {"$ref": "#/responses/" + node["$ref"][len(RESPONSE_REF) :]}, media
    response, tokens = resolve_parameter(node, ctx, where)
    description = response.get("description")
    result: Json = {"description": description if isinstance(description, str) else describe(key)}
    media = None
    content = response.get("content")
    if isinstance(content, dict) and content:
        media = choose_media_type(content, ctx, (*tokens, "content"))
        media_node = content[media] if isinstance(content[media], dict) else {}
        if "schema" in media_node:
            result["schema"] = convert_schema(
                media_node["schema"], ctx, (*tokens, "content", media, "schema")
            )
        found = media_example(media_node, ctx, (*tokens, "content", media))
        if found is not None:
            result["examples"] = {media: found[0]}
    headers = response.get("headers")
    if isinstance(headers, dict) and headers:
        result["headers"] = {
            name: convert_header(value, ctx, (*tokens, "headers", name))
            for name, value in headers.items()
        }
    result.update(extensions(response))
    return result, media


def convert_header(node: Any, ctx: Context, where: Where) -> Json:
    """A response header, with its `$ref` inlined and its schema flattened."""
    header, tokens = resolve_parameter(node, ctx, where)
    result: Json = {}
    if isinstance(header.get("description"), str):
        result["description"] = header["description"]
    if "schema" in header:
        result.update(primitive_fields(header["schema"], ctx, (*tokens, "schema")))
    else:
        result["type"] = "string"
    if result.get("type") == "array":
        result["collectionFormat"] = "csv"
    result.pop("x-nullable", None)
    result.update(extensions(header))
    return result
