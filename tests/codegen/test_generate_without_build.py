"""`generate()` decides every raw part by planning alone: it never builds generated code.

A body's, a response's and a webhook payload's schema are checked with the models in
one live run of the compiler's schema functions (`model_check.check_models`); the one
key a type does not write is raw. `verify` (which runs generated code) is not called.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import connector_dsl.codegen as codegen
from connector_dsl.codegen import generate, model_check, verify
from connector_dsl.codegen.path_items import NOTIFICATION
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger
from tests.codegen.operation_documents import count_schema_runs, document

# the responses refer to a definition the document lacks: a schema no type writes
pytestmark = pytest.mark.invalid_document

ITEM = {"type": "object", "description": "A thing", "properties": {"id": {"type": "string"}}}
HOOK_BODY = {
    "name": "body",
    "in": "body",
    "required": True,
    "schema": {
        "type": "object",
        "properties": {"url": {"type": "string", "x-ms-notification-url": True}},
    },
}
ODD_CONTENT = {
    "description": "A thing",
    "schema": {"$ref": "#/definitions/Item"},
    "x-ms-summary": "Thing",
}
ITEM_BODY = {
    "name": "item",
    "in": "body",
    "required": True,
    "schema": {"$ref": "#/definitions/Item", "required": ["id"]},
}
GONE = {"$ref": "#/definitions/Gone"}


def _hook(operation_id: str) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": operation_id,
        "x-ms-trigger": "single",
        "parameters": [HOOK_BODY],
        "responses": {"201": {"description": "Created"}},
    }


DATA = document(
    {
        "/hooks": {"x-ms-notification-content": ODD_CONTENT, "post": _hook("OnOdd")},
        "/plain": {
            "x-ms-notification-content": {
                k: v for k, v in ODD_CONTENT.items() if k != "x-ms-summary"
            },
            "post": _hook("OnPlain"),
        },
        "/items": {
            "post": {
                "operationId": "AddItem",
                "summary": "Add item",
                "parameters": [ITEM_BODY],
                "responses": {
                    "200": {"description": "OK", "schema": GONE},
                    "404": {"description": "Missing", "schema": GONE},
                    "409": {"description": "Taken", "schema": {"$ref": "#/definitions/Item"}},
                },
            }
        },
    },
    definitions={"Item": ITEM},
)
CORPUS = [
    "certified-connectors/ForceManager CRM/apiDefinition.swagger.json",
    "certified-connectors/Tikit/apiDefinition.swagger.json",
    "certified-connectors/Egnyte/apiDefinition.swagger.json",
]
"""Connectors whose body schemas or notification contents are raw."""


def _no_build(*_args: Any, **_kwargs: Any) -> Any:
    msg = "generate() ran generated code"
    raise AssertionError(msg)


@pytest.fixture
def no_build(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every way of running generated code raises; the number of live checks is counted."""
    for name in ("build_source", "build_module", "build_properties", "run_module"):
        monkeypatch.setattr(verify, name, _no_build)
        if hasattr(codegen, name):
            monkeypatch.setattr(codegen, name, _no_build)
    return count_schema_runs(monkeypatch)


def test_the_one_key_each_type_does_not_write_is_planned_raw(no_build: list[int]) -> None:
    parsed = SwaggerDocument.model_validate(DATA, context={"lenient": True})
    source, plan = generate(parsed)
    assert no_build == [1]  # the models and the operations' types in one live check
    assert plan.body_schema == {("/items", "post"): ITEM_BODY["schema"]}
    assert plan.response_fixes == {
        ("/items", "post"): {"200": {"schema": GONE}, "404": {"schema": GONE}}
    }
    assert plan.path_raw == {"/hooks": {NOTIFICATION: ODD_CONTENT}}
    assert (
        "item: Annotated[Item, Body(), Raw(keys={'schema': {'$ref': '#/definitions/Item', "
        "'required': ['id']}})]" in source
    )
    assert "response_raw=Raw(keys={'schema': {'$ref': '#/definitions/Gone'}})" in source
    # a reply whose type does not write its schema has no type, its schema raw
    assert "'404': Reply('Missing', raw=Raw(keys={'schema': {'$ref': '#/definitions/Gone'}}))" in (
        source
    )
    assert "'409': Reply('Taken', Item)" in source


def test_the_plan_gives_the_input_back() -> None:
    parsed = SwaggerDocument.model_validate(DATA, context={"lenient": True})
    source, _plan = generate(parsed)
    assert verify.build_source(source, "ImportedConnector") == to_data(parsed)


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_connectors_are_generated_without_a_build(
    name: str, shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = verify.build_source
    read = read_swagger(shared / "corpus" / name)
    data = to_data(read.document)
    parsed = SwaggerDocument.model_validate(data, context={"lenient": True})
    calls: list[int] = []
    real = model_check._schemas

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    with monkeypatch.context() as patched:
        for attribute in ("build_source", "build_module", "run_module"):
            patched.setattr(verify, attribute, _no_build)
        patched.setattr(codegen, "build_source", _no_build)
        patched.setattr(model_check, "_schemas", counted)
        source, plan = generate(parsed, api_properties=read.api_properties)
    assert 1 <= len(calls) <= 3  # one check, a second after per-key fixes, a third if emptied
    assert plan.body_schema or plan.path_raw
    assert build(source, "ImportedConnector") == data
