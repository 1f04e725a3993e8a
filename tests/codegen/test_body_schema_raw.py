"""A body keeps its typed marker; only a schema its model does not build is raw (`schema`)."""

from __future__ import annotations

from connector_dsl.codegen.parameters import InputField, InputType
from tests.codegen.operation_documents import document, field_line, generated, operation

BODY = {
    "name": "url",
    "in": "body",
    "required": True,
    "x-ms-summary": "URL",
    "schema": {"type": "string", "format": "uri"},
}


def test_a_body_its_model_builds_has_no_raw_key() -> None:
    source, plan = generated(document({"/files": {"delete": operation("DeleteFile", [BODY])}}))
    assert not plan.body_schema
    assert not plan.exact
    assert field_line(source, "url") == "url: Annotated[DeleteFileUrlBody, Body(summary='URL')]"


def test_a_schema_the_comparison_finds_is_the_one_raw_key() -> None:
    field = InputField(
        python="url",
        location="body",
        kind=InputType("Item", None),
        marker={"summary": "URL"},
        required=True,
        takes_none=False,
        field={},
    )
    field.compare(BODY)
    assert field.raw == {}  # every key but `schema` comes out of the marker
    field.set_raw("schema", {"type": "string", "format": "uri"})
    assert field.line() == (
        "url: Annotated[Item, Body(summary='URL'), "
        "Raw(keys={'schema': {'type': 'string', 'format': 'uri'}})]"
    )
