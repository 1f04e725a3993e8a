"""Replies that several operations give alike are written once, as a module-level mapping."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

UNAUTHORIZED = {"description": "Authorization information is missing or invalid."}
FAILED = {"description": "Something went wrong on our side."}


def _operation(name: str, **others: Any) -> dict[str, Any]:
    responses = {"200": {"description": "OK"}, "401": UNAUTHORIZED, "500": FAILED, **others}
    return {"operationId": name, "summary": name, "responses": responses}


DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Tasks", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/tasks": {"get": _operation("ListTasks"), "post": _operation("AddTask")},
        "/tasks/{id}": {
            "parameters": [{"name": "id", "in": "path", "required": True, "type": "string"}],
            "get": _operation("GetTask", **{"404": {"description": "No such task."}}),
            "delete": {"operationId": "DropTask", "summary": "Drop", "responses": {"204": FAILED}},
        },
    },
}


def test_repeated_replies_are_one_mapping() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, _plan = generate(document)
    assert source.count("Authorization information is missing") == 1
    assert (
        "ERRORS = {'401': Reply('Authorization information is missing or invalid.'), "
        "'500': Reply('Something went wrong on our side.')}" in source
    )
    assert source.count("responses=ERRORS)") == 2
    assert "responses={**ERRORS, '404': Reply('No such task.')}" in source
    # the success response of another operation is no reply: not shared
    assert "response_description='Something went wrong on our side.'" in source
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_replies_given_once_stay_in_place() -> None:
    paths = {"/tasks": {"get": _operation("ListTasks")}}
    document = SwaggerDocument.model_validate({**DOCUMENT, "paths": paths})
    source, _plan = generate(document)
    assert "ERRORS" not in source
    assert "responses={'401': Reply(" in source
