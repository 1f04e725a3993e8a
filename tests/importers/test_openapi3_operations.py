"""Operation ids made unique and valid; missing and placeholder summaries filled."""

from __future__ import annotations

from .openapi3_docs import OK, codes, convert, spec, warning


def _ops(data: dict) -> dict[str, dict]:
    return {f"{m} {p}": op for p, item in data["paths"].items() for m, op in item.items()}


def test_missing_id_comes_from_method_and_path() -> None:
    data, conversion = convert(
        spec({"/hubs/{hub_id}/projects": {"get": {"summary": "List", "responses": OK}}})
    )
    assert _ops(data)["get /hubs/{hub_id}/projects"]["operationId"] == "getHubsByHubIdProjects"
    assert "getHubsByHubIdProjects" in warning(conversion, "openapi3-operation-id-missing").message


def test_invalid_ids_become_camel_case_and_duplicates_get_numbers() -> None:
    paths = {
        "/a": {"get": {"operationId": "add-attachments", "summary": "A", "responses": OK}},
        "/b": {"get": {"operationId": "addAttachments", "summary": "B", "responses": OK}},
        "/c": {"get": {"operationId": "createIssue", "summary": "C", "responses": OK}},
    }
    data, conversion = convert(spec(paths))
    ids = [op["operationId"] for op in _ops(data).values()]
    assert ids == ["addAttachments", "addAttachments2", "createIssue"]
    assert codes(conversion) == ["openapi3-operation-id-changed", "openapi3-operation-id-duplicate"]
    assert (
        warning(conversion, "openapi3-operation-id-duplicate").place.pointer
        == "/paths/~1b/get/operationId"
    )


def test_placeholder_and_missing_summaries_are_replaced() -> None:
    paths = {
        "/types": {
            "get": {"operationId": "getIssueTypes", "summary": "Your GET endpoint", "responses": OK}
        },
        "/things/{id}": {"delete": {"summary": "  ", "responses": OK}},
        "/kept": {"get": {"operationId": "k", "summary": "  Keep me  ", "responses": OK}},
    }
    data, conversion = convert(spec(paths))
    ops = _ops(data)
    assert ops["get /types"]["summary"] == "Get issue types"
    assert ops["delete /things/{id}"]["summary"] == "Delete things by id"
    assert ops["get /kept"]["summary"] == "Keep me"
    found = warning(conversion, "openapi3-summary-placeholder")
    assert found.place.pointer == "/paths/~1types/get/summary"
    assert "Your GET endpoint" in found.message
    assert (
        warning(conversion, "openapi3-summary-missing").place.pointer
        == "/paths/~1things~1{id}/delete/summary"
    )


def test_operation_fields_and_extensions_are_kept() -> None:
    op = {
        "operationId": "Op",
        "summary": "S",
        "description": "D",
        "tags": ["t"],
        "deprecated": True,
        "x-ms-visibility": "advanced",
        "x-stoplight": {"id": "abc"},
        "callbacks": {"cb": {}},
        "responses": OK,
    }
    data, conversion = convert(spec({"/a": {"post": op}}))
    out = _ops(data)["post /a"]
    assert out["description"] == "D"
    assert out["tags"] == ["t"]
    assert out["deprecated"] is True
    assert out["x-ms-visibility"] == "advanced"
    assert out["x-stoplight"] == {"id": "abc"}
    assert (
        warning(conversion, "openapi3-callbacks-dropped").place.pointer
        == "/paths/~1a/post/callbacks"
    )
