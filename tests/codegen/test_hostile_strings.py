"""Hostile input strings round-trip exactly and never become code."""

from __future__ import annotations

import ast
import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connector_dsl.codegen import build_source, generate_module
from connector_dsl.codegen.literals import literal
from connector_dsl.codegen.names import (
    FIELD_RESERVED,
    MODEL_ATTRIBUTES,
    Namer,
    class_name,
    field_name,
    is_identifier,
)
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

pytestmark = pytest.mark.invalid_document  # hostile documents need not be valid connectors

HOSTILE = [
    'it\'s "quoted"',
    '"""',
    "'''",
    "\\",
    "back\\slash\\n",
    "line\nbreak\r\n",
    "{}",
    "{name}",
    "{",
    "g\n",  # an identifier but for its trailing newline, which `$` in a regex lets through
    "\x00\x01\x1b\x7f",
    "__import__('os').system('x')",
    '"); __import__("os").system("x"); ("',
    "'''; import os; os.system('x'); '''",
    "\u202e\u200b\ufeff",
    "日本語 — ünïcödé 🚀",
    "class",
    "OS",
    "eval",
    "None",
    "",
    " ",
]

CALLS = {
    "Annotated",
    "ApiKey",
    "Basic",
    "Body",
    "ConfigDict",
    "ConnectorInfo",
    "DynamicValues",
    "Exact",
    "Field",
    "FormData",
    "Header",
    "NotificationUrl",
    "OAuth2",
    "ParamRef",
    "Path",
    "Query",
    "Raw",
    "RawDocument",
    "Route",
    "TagInfo",
    "Ui",
    "extension",
    "float",
}


def document(text: str, key: str = "x") -> dict[str, Any]:
    """A swagger with `text` in every string slot and `key` in name slots."""
    return {
        "swagger": "2.0",
        "info": {"title": text, "version": text, "description": text},
        "host": text,
        "basePath": "/",
        "paths": {
            "/items/{" + key + "}": {
                "post": {
                    "operationId": text,
                    "summary": text,
                    "description": text,
                    "parameters": [
                        {
                            "name": key,
                            "in": "path",
                            "required": True,
                            "type": "string",
                            "x-ms-summary": text,
                            "description": text,
                        },
                        {
                            "name": text,
                            "in": "query",
                            "type": "string",
                            "enum": [text, key],
                            "default": text,
                            "x-ms-visibility": "advanced",
                        },
                        {
                            "name": "body",
                            "in": "body",
                            "schema": {"$ref": "#/definitions/" + key},
                        },
                    ],
                    "responses": {"200": {"description": text, "schema": {"type": "string"}}},
                    "x-" + key: {text: [text, 1, None, True]},
                    "x-ms-openai-data": text,
                }
            }
        },
        "definitions": {
            key: {
                "type": "object",
                "description": text,
                "properties": {
                    text: {"type": "string", "description": text},
                    key: {"type": "integer"},
                },
                "required": [key],
            }
        },
        "securityDefinitions": {
            text: {"type": "apiKey", "name": text, "in": "header", "description": text}
        },
        "tags": [{"name": text, "description": text}],
        "x-" + text: text,
    }


def check_source(source: str) -> None:
    """The generated code calls only the authoring layer and imports nothing unexpected."""
    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            assert isinstance(node.func, ast.Name), ast.dump(node.func)
            assert node.func.id in CALLS, node.func.id
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            # a field may be named `os` (from a wire name "OS"); nothing may refer to one
            assert node.id not in {"__import__", "eval", "exec", "os", "open", "compile"}
        if isinstance(node, ast.Import | ast.ImportFrom):
            module = getattr(node, "module", None) or ""
            assert module in {"__future__", "typing", "pydantic"} or module.startswith(
                "connector_dsl."
            )


def roundtrip(data: dict[str, Any]) -> None:
    original = copy.deepcopy(data)
    parsed = SwaggerDocument.model_validate(data, context={"lenient": True})
    wanted = to_data(parsed)
    source = generate_module(parsed, format=False)
    check_source(source)
    built = build_source(source, "ImportedConnector")
    assert built == wanted
    assert wanted == original


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_string_in_every_slot(text: str) -> None:
    roundtrip(document(text))


@pytest.mark.parametrize("key", [s for s in HOSTILE if s])
def test_hostile_string_as_names(key: str) -> None:
    roundtrip(document("plain", key))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(), key=st.text(min_size=1))
def test_random_strings_round_trip(text: str, key: str) -> None:
    roundtrip(document(text, key))


@given(st.text())
def test_literal_is_the_value(text: str) -> None:
    assert ast.literal_eval(literal(text)) == text
    assert ast.literal_eval(literal({text: [text, 1.5, None, False]})) == {
        text: [text, 1.5, None, False]
    }


def test_a_trailing_newline_is_no_identifier() -> None:
    assert not is_identifier("g\n")
    assert field_name("g\n") == "g"
    assert class_name("Pet\n") == "Pet"


@given(st.text())
def test_names_are_strict_identifiers(text: str) -> None:
    namer = Namer()
    for name in (namer.unique(class_name(text)), namer.unique(field_name(text))):
        assert is_identifier(name)
        assert name not in {"class", "None", "print", "list", "type"}


def test_namer_take_takes_a_free_name_once() -> None:
    namer = Namer()
    assert namer.take("Pet")
    assert not namer.take("Pet")
    assert not namer.take("list")  # a builtin: reserved
    assert namer.unique("Pet") == "Pet_"


def test_an_upper_case_field_name_is_kept_once_per_module() -> None:
    module = Namer()
    assert field_name("ID", module=module) == "ID"
    assert field_name("ID", module=module) == "id"  # the module has it now
    assert field_name("ID") == "id"
    assert field_name("9lives", "value") == "value_9lives"


def test_namer_field_is_unique_of_field_name() -> None:
    texts = ["ID", "id", "Id", "class", "model_config", "ID", "9x", "x-y", "Pet", "Pet"]
    module_a, module_b = Namer(), Namer()
    module_a.unique("Pet")
    module_b.unique("Pet")
    fields_a, fields_b = (
        Namer(MODEL_ATTRIBUTES, FIELD_RESERVED),
        Namer(MODEL_ATTRIBUTES, FIELD_RESERVED),
    )
    expected = [fields_a.unique(field_name(text, module=module_a)) for text in texts]
    assert [fields_b.field(text, module_b) for text in texts] == expected
    assert expected[:3] == ["ID", "id", "Id"]
