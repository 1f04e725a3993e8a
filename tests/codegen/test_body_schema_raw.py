"""A body whose model does not build its schema keeps its typed marker; only `schema` is raw."""

from __future__ import annotations

from tests.codegen.operation_documents import document, field_line, generated, operation

BODY = {
    "name": "url",
    "in": "body",
    "required": True,
    "x-ms-summary": "URL",
    "schema": {"type": "string", "format": "uri"},
}


def test_only_the_schema_is_raw() -> None:
    source, plan = generated(document({"/files": {"delete": operation("DeleteFile", [BODY])}}))
    assert plan.body_schema == {("/files", "delete"): {"type": "string", "format": "uri"}}
    assert not plan.exact
    assert field_line(source, "url") == (
        "url: Annotated[str, Body(whole=True, summary='URL'), "
        "Raw(keys={'schema': {'type': 'string', 'format': 'uri'}})]"
    )


def test_a_body_its_model_builds_has_no_raw_key() -> None:
    body = {"name": "url", "in": "body", "required": True, "schema": {"type": "string"}}
    source, plan = generated(document({"/files": {"delete": operation("DeleteFile", [body])}}))
    assert not plan.body_schema
    assert field_line(source, "url") == "url: Annotated[str, Body(whole=True)]"
