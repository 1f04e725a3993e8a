"""`:name` and `{{name}}` in the path become required path parameters."""

from __future__ import annotations

from .postman_kit import codes, collection, convert, only_operation, parameter, request


def test_colon_and_brace_variables_become_path_parameters() -> None:
    url = {
        "raw": "{{baseUrl}}/projects/:projectId/issues/{{issue_id}}",
        "variable": [{"key": "projectId", "value": "42", "description": "The project"}],
    }
    document, _ = convert(collection(request("Get issue", url=url)))
    assert list(document["paths"]) == ["/projects/{projectId}/issues/{issue_id}"]
    op = only_operation(document)
    assert parameter(op, "projectId") == {
        "name": "projectId",
        "in": "path",
        "description": "The project",
        "required": True,
        "type": "integer",
    }
    assert parameter(op, "issue_id")["type"] == "string"


def test_variable_inside_a_segment() -> None:
    document, _ = convert(collection(request("P", url="{{baseUrl}}/hubs/b.{{accountId}}/p")))
    assert list(document["paths"]) == ["/hubs/b.{accountId}/p"]


def test_colon_inside_a_segment_is_literal() -> None:
    document, _ = convert(collection(request("Filter", "POST", "{{baseUrl}}/photos:filter")))
    assert list(document["paths"]) == ["/photos:filter"]


def test_stray_braces_are_removed_with_a_warning() -> None:
    document, conversion = convert(collection(request("R", url="{{baseUrl}}/r/{{id}}}/x")))
    assert list(document["paths"]) == ["/r/{id}/x"]
    assert codes(conversion) == ["postman-path-cleaned"]
