"""Responses: descriptions, `default`, JSON schemas, headers and global responses."""

from __future__ import annotations

from .openapi3_docs import convert, operation, spec, warning

ITEM = {"type": "object", "properties": {"id": {"type": "string"}}}


def _responses(data: dict) -> dict:
    return data["paths"]["/a"]["get"]["responses"]


def test_schema_description_default_and_produces() -> None:
    responses = {
        "200": {"description": "Found", "content": {"application/json": {"schema": ITEM}}},
        "404": {},
        "default": {
            "description": "Error",
            "content": {"application/problem+json": {"schema": ITEM}},
        },
    }
    data, _ = convert(spec({"/a": {"get": operation(responses=responses)}}))
    assert _responses(data) == {
        "200": {"description": "Found", "schema": ITEM},
        "404": {"description": "Not Found"},
        "default": {"description": "Error", "schema": ITEM},
    }
    assert data["paths"]["/a"]["get"]["produces"] == [
        "application/json",
        "application/problem+json",
    ]


def test_headers_are_converted_and_header_refs_inlined() -> None:
    components = {"headers": {"Rate": {"description": "Calls left", "schema": {"type": "integer"}}}}
    headers = {
        "X-Rate": {"$ref": "#/components/headers/Rate"},
        "X-Ids": {"schema": {"type": "array", "items": {"type": "string"}}},
    }
    responses = {"200": {"description": "OK", "headers": headers}}
    data, _ = convert(spec({"/a": {"get": operation(responses=responses)}}, components=components))
    assert _responses(data)["200"]["headers"] == {
        "X-Rate": {"description": "Calls left", "type": "integer"},
        "X-Ids": {"type": "array", "items": {"type": "string"}, "collectionFormat": "csv"},
    }


def test_component_responses_become_global_responses() -> None:
    components = {
        "responses": {
            "NotFound": {
                "description": "Missing",
                "content": {"application/json": {"schema": ITEM}},
            }
        }
    }
    responses = {"200": {"description": "OK"}, "404": {"$ref": "#/components/responses/NotFound"}}
    data, _ = convert(spec({"/a": {"get": operation(responses=responses)}}, components=components))
    assert _responses(data)["404"] == {"$ref": "#/responses/NotFound"}
    assert data["responses"] == {"NotFound": {"description": "Missing", "schema": ITEM}}
    assert data["paths"]["/a"]["get"]["produces"] == ["application/json"]


def test_status_range_becomes_a_code() -> None:
    responses = {"2XX": {"description": "Fine"}}
    data, conversion = convert(spec({"/a": {"get": operation(responses=responses)}}))
    assert _responses(data) == {"200": {"description": "Fine"}}
    assert (
        warning(conversion, "openapi3-status-range").place.pointer == "/paths/~1a/get/responses/2XX"
    )


def test_binary_response_is_a_binary_string() -> None:
    content = {"image/png": {"schema": {"type": "string", "format": "binary"}}}
    data, _ = convert(
        spec(
            {
                "/a": {
                    "get": operation(responses={"200": {"description": "PNG", "content": content}})
                }
            }
        )
    )
    assert _responses(data)["200"]["schema"] == {"type": "string", "format": "binary"}
    assert data["paths"]["/a"]["get"]["produces"] == ["image/png"]
