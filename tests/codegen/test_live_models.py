"""The generated classes made live build what the generated module builds, without running it.

`render` decides every definition's fallbacks (`plan.definition_raw` included)
before anything is built; the comparison after the build only looks at operations.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from connector_dsl.codegen import build_source
from connector_dsl.codegen.model_check import live_classes
from connector_dsl.codegen.models import Models
from connector_dsl.codegen.module import IMPORTS, render
from connector_dsl.codegen.names import RESERVED, Namer
from connector_dsl.codegen.plan import Plan
from connector_dsl.compile.schemas import definitions_for

DEFINITIONS: dict[str, Any] = {
    "Pet": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "x-ms-summary": "Name"},
            "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
            "owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
            "extra": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    },
    "Tag": {"type": "string", "enum": ["a", "b"], "title": "Tag"},
    "Kind": {"type": "string", "enum": ["x", "y"]},
    "Odd": {"properties": {"a": {"type": "string"}}},  # no `type`: the model would add one
}
DATA: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Live", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "consumes": [],
    "produces": [],
    "paths": {
        "/pets": {
            "get": {
                "operationId": "GetPet",
                "summary": "Get a pet",
                "responses": {
                    "200": {"description": "OK", "schema": {"$ref": "#/definitions/Pet"}}
                },
            }
        }
    },
    "definitions": DEFINITIONS,
}


def test_live_classes_write_the_definitions_the_module_builds() -> None:
    models = Models(Namer(RESERVED | set(IMPORTS)), DEFINITIONS)
    module = types.ModuleType("connector_dsl_generated")
    sys.modules[module.__name__] = module
    try:
        live = live_classes(models.ordered(), module.__dict__)
        _schemas, written = definitions_for(live[name] for name in models.by_definition.values())
    finally:
        del sys.modules[module.__name__]
    source, _codes = render(DATA, Plan(), "Live")
    built = build_source(source, "Live")["definitions"]
    assert written["Pet"] == built["Pet"]
    assert written["Tag"] == built["Tag"] == DEFINITIONS["Tag"]
    assert written["Kind"] == built["Kind"] == DEFINITIONS["Kind"]


def test_the_raw_definitions_are_chosen_before_any_build() -> None:
    plan = Plan()
    source, _codes = render(DATA, plan, "Live")
    assert plan.definition_raw == {"Odd": DEFINITIONS["Odd"]}
    assert "class Odd(BaseModel):\n    pass\n" in source
    assert build_source(source, "Live")["definitions"] == DEFINITIONS
