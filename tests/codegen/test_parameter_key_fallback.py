"""A parameter key the typed marker does not write falls back alone, never the whole parameter.

`x-` keys go in the marker's `extensions=`, other keys in the field's `Raw(keys=...)`,
keys the marker writes that the input leaves out in `Raw(drop=...)`.
"""

from __future__ import annotations

import pytest

from tests.codegen.operation_documents import document, field_line, generated, operation

PARAMETERS = [
    {
        "name": "ids",
        "in": "query",
        "type": "array",
        "items": {"type": "string"},
        "collectionFormat": "csv",
        "x-example": "a,b",
    },
    {
        "name": "region",
        "in": "header",
        "required": True,
        "type": "string",
        "x-ms-summary": "Region",
        "x-ms-dynamic-values": {"operationId": "Missing", "value-path": "id"},
    },
    {"name": "limit", "in": "query", "required": False, "type": "integer", "allowEmptyValue": True},
]


def test_each_key_falls_back_by_itself() -> None:
    source, plan = generated(document({"/things": {"get": operation("ListThings", PARAMETERS)}}))
    assert not plan.exact
    assert not plan.operation_raw
    assert field_line(source, "ids") == (
        "ids: Annotated[list[str] | None, Query(extensions=(extension('x-example', 'a,b'),)), "
        "Raw(keys={'collectionFormat': 'csv'}, drop=('required',))] = None"
    )
    # a dropdown whose target is no operation: its keys as they are, beside the typed options
    assert field_line(source, "region") == (
        "region: Annotated[str, Header(summary='Region', extensions=(extension("
        "'x-ms-dynamic-values', {'operationId': 'Missing', 'value-path': 'id'}),))]"
    )
    assert field_line(source, "limit") == (
        "limit: Annotated[int | None, Query(), Raw(keys={'allowEmptyValue': True})] = None"
    )
    assert "Exact(" not in source


@pytest.mark.invalid_document  # a path parameter whose name the path does not have
def test_a_path_parameter_missing_from_the_route_is_a_query_written_in_path() -> None:
    stray = {"name": "key", "in": "path", "required": True, "type": "string"}
    source, plan = generated(document({"/things": {"get": operation("ListThings", [stray])}}))
    assert not plan.exact
    assert field_line(source, "key") == "key: Annotated[str, Query(), Raw(keys={'in': 'path'})]"
