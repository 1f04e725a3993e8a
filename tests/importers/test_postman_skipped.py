"""Requests that cannot be operations are skipped with a warning naming them."""

from __future__ import annotations

from .postman_kit import codes, collection, convert, folder, operations, request


def test_unreadable_url_is_skipped_with_its_name_and_place() -> None:
    data = collection(
        request("Good"),
        folder("F", request("Prose", url="No endpoint yet, use the workaround")),
    )
    document, conversion = convert(data, source="c.json")
    assert len(operations(document)) == 1
    (warning,) = conversion.warnings
    assert warning.code == "postman-request-skipped"
    assert "`Prose`" in warning.message
    assert warning.place.file == "c.json"
    assert warning.place.pointer == "/item/1/item/0/request/url"


def test_unknown_method_is_skipped() -> None:
    data = collection(request("Good"), request("Note", "VIEW", url="Read this first"))
    document, conversion = convert(data)
    assert len(operations(document)) == 1
    assert codes(conversion) == ["postman-request-skipped"]
    assert conversion.warnings[0].place.pointer == "/item/1/request/method"


def test_request_to_another_host_is_skipped() -> None:
    data = collection(
        request("Good"),
        request("Download", url="{{signedUrl}}"),
        request("Elsewhere", url="https://other.org/x"),
    )
    document, conversion = convert(data)
    assert len(operations(document)) == 1
    assert codes(conversion) == ["postman-request-skipped"] * 2
    assert "`Download`" in conversion.warnings[0].message
    assert "other.org" in conversion.warnings[1].message


def test_same_host_under_another_variable_is_kept() -> None:
    variables = [
        {"key": "baseUrl", "value": "https://api.contoso.com/v1"},
        {"key": "root", "value": "https://api.contoso.com"},
    ]
    data = collection(
        request("A"), request("B"), request("C", url="{{root}}/v2/c"), variable=variables
    )
    document, conversion = convert(data)
    assert sorted(p for p, _, _ in operations(document)) == ["/v1/items", "/v1/items/", "/v2/c"]
    assert document["basePath"] == "/"
    assert "postman-request-skipped" not in codes(conversion)


def test_string_request_is_a_get() -> None:
    data = collection({"name": "Plain", "request": "{{baseUrl}}/plain"})
    document, _ = convert(data)
    assert [(p, m) for p, m, _ in operations(document)] == [("/plain", "get")]
