"""Small swagger documents of a few operations, for the tests of imported parameters."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from connector_dsl.codegen import build_source, generate, model_check
from connector_dsl.codegen.plan import Plan
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data


def operation(operation_id: str, parameters: Any = None, **keys: Any) -> dict[str, Any]:
    """An operation object answering 200 with no schema; `parameters` None leaves the key out."""
    found: dict[str, Any] = {"operationId": operation_id, "summary": operation_id}
    if parameters is not None:
        found["parameters"] = parameters
    found["responses"] = {"200": {"description": "OK"}}
    return found | keys


def document(paths: dict[str, dict[str, Any]], **keys: Any) -> dict[str, Any]:
    """A document with `paths` (path -> method -> operation)."""
    return {
        "swagger": "2.0",
        "info": {"title": "Things", "version": "1.0"},
        "host": "example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": copy.deepcopy(paths),
        **keys,
    }


def item_document(definitions: dict[str, Any], name: str = "Item") -> dict[str, Any]:
    """A document of one GET that answers with the definition `name` of `definitions`."""
    get = operation(f"Get{name}")
    get["responses"]["200"]["schema"] = {"$ref": f"#/definitions/{name}"}
    return document({f"/{name.lower()}": {"get": get}}, definitions=definitions)


def count_schema_runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets an item for each schema computation of generation (`_schemas`)."""
    calls: list[int] = []
    real = model_check._schemas

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(model_check, "_schemas", counted)
    return calls


def generated(data: dict[str, Any]) -> tuple[str, Plan]:
    """The generated (unformatted) source and plan; asserts that its build is `data`."""
    parsed = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(parsed)
    assert build_source(source, "ImportedConnector") == to_data(parsed)
    return source, plan


def field_line(source: str, name: str) -> str:
    """The line declaring the field `name` (four spaces in, in a class)."""
    return next(line.strip() for line in source.splitlines() if line.startswith(f"    {name}: "))
