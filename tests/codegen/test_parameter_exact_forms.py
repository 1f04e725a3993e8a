"""What no typed field can be is `Exact(...)`, beside a marker that only places the field."""

from __future__ import annotations

from tests.codegen.operation_documents import document, field_line, generated, operation

SHARED = {"Site": {"name": "site", "in": "query", "type": "string", "x-ms-summary": "Site"}}


def test_a_reference_to_a_shared_parameter() -> None:
    data = document(
        {"/things": {"get": operation("ListThings", [{"$ref": "#/parameters/Site"}])}},
        parameters=SHARED,
    )
    source, plan = generated(data)
    assert plan.exact == {("/things", "get"): {0}}
    assert field_line(source, "site") == (
        "site: Annotated[str | None, Query(), Exact({'$ref': '#/parameters/Site'})] = None"
    )


def test_a_body_before_other_parameters() -> None:
    # the compiler writes a typed body last, so one that is not last is written in place
    body = {"name": "body", "in": "body", "required": True, "schema": {"type": "object"}}
    top = {
        "name": "top",
        "in": "query",
        "required": False,
        "type": "integer",
        "x-ms-summary": "Top",
    }
    source, plan = generated(document({"/things": {"post": operation("AddThing", [body, top])}}))
    assert plan.exact == {("/things", "post"): {0}}
    assert field_line(source, "body") == (
        "body: Annotated[AddThingBodyBody, Body(), Exact({'name': 'body', 'in': 'body', "
        "'required': True, 'schema': {'type': 'object'}})]"
    )
    assert field_line(source, "top") == "top: Annotated[int | None, Query(summary='Top')] = None"
