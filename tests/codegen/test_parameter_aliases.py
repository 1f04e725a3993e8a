"""An input several operations declare the same way is one module-level `Annotated` alias."""

from __future__ import annotations

from tests.codegen.operation_documents import document, generated, operation

SITE = {"name": "site", "in": "query", "required": True, "type": "string", "x-ms-summary": "Site"}
OTHER = {"name": "site", "in": "query", "required": True, "type": "string", "x-ms-summary": "Web"}


def test_a_repeated_declaration_is_written_once() -> None:
    paths = {
        "/a": {"get": operation("ListA", [SITE])},
        "/b": {"get": operation("ListB", [SITE])},
        "/c": {"get": operation("ListC", [OTHER])},
    }
    source, _plan = generated(document(paths))
    assert "\nSite = Annotated[str, Query(summary='Site')]\n" in source
    assert source.count("Query(summary='Site')") == 1
    assert source.count("    site: Site\n") == 2
    # declared once: stays in place
    assert "    site: Annotated[str, Query(summary='Web')]\n" in source
    assert source.index("Site = ") < source.index("class ListA(")


def test_a_dropdown_naming_an_operation_class_stays_in_place() -> None:
    values = {"operationId": "ListSites", "parameters": {}, "value-path": "id"}
    dropdown = SITE | {"x-ms-dynamic-values": values}
    sites = operation("ListSites")
    sites["responses"]["200"]["schema"] = {
        "type": "array",
        "items": {"type": "object", "properties": {"id": {"type": "string"}}},
    }
    paths = {
        "/sites": {"get": sites},
        "/a": {"get": operation("ListA", [dropdown])},
        "/b": {"get": operation("ListB", [dropdown])},
    }
    source, _plan = generated(document(paths))
    assert " = Annotated[" not in source
    assert source.count("dynamic=DynamicValues(ListSites, value='id')") == 2
