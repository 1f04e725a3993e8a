"""Requests sharing method and path are all kept, on distinct routes real connectors use."""

from __future__ import annotations

from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

from .postman_kit import codes, collection, convert, operations, request


def test_repeat_with_a_path_parameter_gets_a_trailing_slash() -> None:
    url = "{{baseUrl}}/projects/:projectId/items"
    data = collection(request("List items", url=url), request("List items", url=url))
    document, conversion = convert(data)
    assert list(document["paths"]) == [
        "/projects/{projectId}/items",
        "/projects/{projectId}/items/",
    ]
    second = document["paths"]["/projects/{projectId}/items/"]["get"]
    assert second["operationId"] == "ListItems_2"
    assert second["parameters"][0]["name"] == "projectId"
    assert codes(conversion) == ["postman-duplicate-path"]


def test_repeat_without_parameters_gets_trailing_slashes() -> None:
    data = collection(*(request(f"Hubs {n}", url="{{baseUrl}}/hubs") for n in range(3)))
    document, conversion = convert(data)
    assert list(document["paths"]) == ["/hubs", "/hubs/", "/hubs//"]
    assert [op["operationId"] for _, _, op in operations(document)] == ["Hubs0", "Hubs1", "Hubs2"]
    assert codes(conversion) == ["postman-duplicate-path"] * 2
    assert "trailing" in conversion.warnings[0].message


def test_other_methods_share_the_path() -> None:
    data = collection(request("List"), request("Add", "POST"))
    document, conversion = convert(data)
    assert list(document["paths"]) == ["/items"]
    assert set(document["paths"]["/items"]) == {"get", "post"}
    assert codes(conversion) == []


def test_many_repeats_stay_valid() -> None:
    url = "{{baseUrl}}/a/:x/b"
    data = collection(*(request("Same", "POST", url=url) for _ in range(5)))
    document, _ = convert(data)
    assert len(operations(document)) == 5
    assert official_schema_errors(document) == []
    assert spec_validator_errors(document) == []
