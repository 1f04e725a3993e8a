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
