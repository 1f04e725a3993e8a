"""Parameters are decided as the fields are written: the first rendering is already exact.

No build of the module is compared for them (only a body model's schema needs one).
"""

from __future__ import annotations

from connector_dsl.codegen.module import render
from connector_dsl.codegen.plan import Plan
from connector_dsl.codegen.verify import build_source
from tests.codegen.operation_documents import document, operation

PARAMETERS = [
    {
        "name": "siteId",
        "in": "path",
        "required": True,
        "type": "string",
        "x-ms-url-encoding": "double",
        "x-ms-summary": "Site",
    },
    {"name": "$top", "in": "query", "type": "integer", "default": 10, "x-example": 5},
    {
        "name": "tags",
        "in": "query",
        "required": False,
        "type": "array",
        "items": {"type": "string", "enum": ["a", "b"]},
        "collectionFormat": "multi",
    },
    {"name": "X-Trace", "in": "header", "required": False, "type": "boolean", "x-nullable": True},
    {
        "name": "body",
        "in": "body",
        "required": True,
        "schema": {"type": "object", "properties": {"n": {"type": "integer"}}},
    },
]


def test_the_first_rendering_builds_the_parameters() -> None:
    data = document({"/sites/{siteId}": {"post": operation("AddItem", PARAMETERS)}})
    source, _codes = render(data, Plan(), "ImportedConnector")
    built = build_source(source, "ImportedConnector")
    assert built["paths"]["/sites/{siteId}"]["post"]["parameters"] == PARAMETERS
    assert "Exact(" not in source
