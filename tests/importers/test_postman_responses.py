"""Saved example responses become response schemas keyed by status code."""

from __future__ import annotations

from .postman_kit import collection, convert, only_operation, request

JSON = [{"key": "Content-Type", "value": "application/json"}]


def test_examples_become_typed_responses() -> None:
    examples = [
        {"name": "ok", "code": 200, "status": "OK", "header": JSON, "body": '{"total": 12}'},
        {"name": "missing", "code": 404, "status": "Not Found", "body": ""},
    ]
    op = only_operation(convert(collection(request("List", response=examples)))[0])
    assert op["responses"] == {
        "200": {
            "description": "OK",
            "schema": {"type": "object", "properties": {"total": {"type": "integer"}}},
        },
        "404": {"description": "Not Found"},
    }
    assert op["produces"] == ["application/json"]


def test_no_example_gives_a_plain_ok() -> None:
    op = only_operation(convert(collection(request("List")))[0])
    assert op["responses"] == {"200": {"description": "OK"}}


def test_examples_with_the_same_code_merge() -> None:
    examples = [
        {"code": 200, "status": "OK", "body": '{"a": 1}'},
        {"code": 200, "status": "OK", "body": '{"b": true}'},
    ]
    op = only_operation(convert(collection(request("List", response=examples)))[0])
    assert op["responses"]["200"]["schema"]["properties"] == {
        "a": {"type": "integer"},
        "b": {"type": "boolean"},
    }


def test_non_json_example_has_no_schema() -> None:
    examples = [
        {
            "code": 200,
            "name": "page",
            "header": [{"key": "Content-Type", "value": "text/html"}],
            "body": "<html/>",
        }
    ]
    op = only_operation(convert(collection(request("Page", response=examples)))[0])
    assert op["responses"] == {"200": {"description": "page"}}


def test_example_without_code_is_default() -> None:
    examples = [{"name": "any", "body": "[1]"}]
    op = only_operation(convert(collection(request("List", response=examples)))[0])
    assert op["responses"]["default"]["schema"] == {"type": "array", "items": {"type": "integer"}}
