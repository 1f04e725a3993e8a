"""Imported responses stay typed: headers by their types, body keys beside the type, other
keys raw on the one response; only a reference is `Exact(...)`."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

RATE = {"type": "integer", "description": "Calls left", "format": "int32"}

DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Files", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/files/{id}": {
            "get": {
                "operationId": "Download",
                "summary": "Download a file",
                "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
                "responses": {
                    "200": {
                        "description": "The file",
                        "schema": {"type": "string", "format": "binary"},
                        "headers": {"Remaining": RATE, "Request-Id": {"type": "string"}},
                        "x-ms-summary": "File",
                    },
                    "404": {"$ref": "#/responses/Missing"},
                },
            }
        },
        "/files": {
            "get": {
                "operationId": "ListFiles",
                "summary": "List files",
                "responses": {
                    "200": {
                        "description": "OK",
                        "schema": {
                            "type": "array",
                            "description": "Every file",
                            "uniqueItems": True,
                            "items": {"type": "string"},
                        },
                        "examples": {"application/json": ["a.txt"]},
                    },
                    "409": {"description": "Taken", "schema": {"type": "object", "properties": {}}},
                    "default": {
                        "description": "Error",
                        "schema": {"type": "object", "description": "Anything"},
                        "headers": {"Retry-After": {"type": "integer", "minimum": 0}},
                    },
                },
            }
        },
    },
    "responses": {"Missing": {"description": "No such file"}},
}


def test_responses_are_typed_with_keys_raw_per_response() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, plan = generate(document)
    assert "class Download(Action[bytes]):" in source
    assert (
        "response_headers={'Remaining': Annotated[int, Ui(format='int32', "
        "description='Calls left')], 'Request-Id': str}" in source
    )
    assert "response_raw=Raw(keys={'x-ms-summary': 'File'})" in source
    assert "responses={'404': Exact({'$ref': '#/responses/Missing'})}" in source
    assert (
        "class ListFiles(Action[Annotated[list[str], Field(json_schema_extra="
        "{'description': 'Every file', 'uniqueItems': True})]]):" in source
    )
    assert "response_raw=Raw(keys={'examples': {'application/json': ['a.txt']}})" in source
    assert (
        "'409': Reply('Taken', Annotated[Any, Field(json_schema_extra={'type': 'object', "
        "'properties': {}})])" in source
    )
    assert (
        "'default': Reply('Error', Annotated[Any, Field(json_schema_extra={'type': 'object', "
        "'description': 'Anything'})], headers={'Retry-After': Annotated[int, Field(ge=0)]})"
        in source
    )
    # the one reference is exact; no body schema is raw; the build needed no fix
    assert plan.response_raw == {("/files/{id}", "get"): {"404": {"$ref": "#/responses/Missing"}}}
    assert all("schema" not in keys for op in plan.response_keys.values() for keys in op.values())
    assert plan.response_fixes == {}
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_a_header_no_type_writes_is_raw_on_its_response() -> None:
    data = {**DOCUMENT, "paths": {"/files/{id}": DOCUMENT["paths"]["/files/{id}"]}}
    odd = {"type": "string", "collectionFormat": "csv"}
    response = data["paths"]["/files/{id}"]["get"]["responses"]["200"]
    data = _with_response(data, {**response, "headers": {"Link": odd}})
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(document)
    assert "response_headers=" not in source
    assert plan.response_keys[("/files/{id}", "get")]["200"]["headers"] == {"Link": odd}
    assert build_source(source, "ImportedConnector") == to_data(document)


def _with_response(data: dict[str, Any], response: dict[str, Any]) -> dict[str, Any]:
    operation = data["paths"]["/files/{id}"]["get"]
    responses = {**operation["responses"], "200": response}
    return {**data, "paths": {"/files/{id}": {"get": {**operation, "responses": responses}}}}


def test_a_reference_success_keeps_its_status() -> None:
    made = {"$ref": "#/responses/Missing"}
    paths = {
        "/made": {"post": {"operationId": "Make", "summary": "Make", "responses": {"201": made}}}
    }
    document = SwaggerDocument.model_validate(
        {**DOCUMENT, "paths": paths}, context={"lenient": True}
    )
    source, plan = generate(document)
    assert "status=201, responses={'201': Exact({'$ref': '#/responses/Missing'})}" in source
    assert plan.response_fixes == {}
    assert build_source(source, "ImportedConnector") == to_data(document)


@pytest.mark.invalid_document
def test_responses_without_a_success_status_stay_raw() -> None:
    only = {"default": {"description": "default"}}
    paths = {
        "/none": {"get": {"operationId": "Nothing", "summary": "Nothing", "responses": {}}},
        "/default": {"get": {"operationId": "Default", "summary": "Default", "responses": only}},
    }
    document = SwaggerDocument.model_validate(
        {**DOCUMENT, "paths": paths}, context={"lenient": True}
    )
    source, plan = generate(document)
    assert plan.operation_raw[("/none", "get")] == {"responses": {}}
    assert plan.operation_raw[("/default", "get")] == {"responses": only}
    assert "Reply(" not in source
    assert plan.response_fixes == {}
    assert build_source(source, "ImportedConnector") == to_data(document)
