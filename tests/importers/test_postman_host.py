"""The leading `{{baseUrl}}` becomes host, basePath and scheme."""

from __future__ import annotations

from .postman_kit import codes, collection, convert, operations, request


def test_collection_variable_gives_host_and_base_path() -> None:
    document, conversion = convert(collection(request("List", url="{{baseUrl}}/items")))
    assert document["host"] == "api.contoso.com"
    assert document["basePath"] == "/v1"
    assert document["schemes"] == ["https"]
    assert list(document["paths"]) == ["/items"]
    assert codes(conversion) == []


def test_environment_wins_over_the_collection() -> None:
    environment = {
        "name": "prod",
        "values": [
            {"key": "baseUrl", "value": "http://prod.contoso.com/", "enabled": True},
            {"key": "unused", "value": "x", "enabled": False},
        ],
    }
    document, _ = convert(collection(request("List")), environment=environment)
    assert document["host"] == "prod.contoso.com"
    assert document["basePath"] == "/"
    assert document["schemes"] == ["http"]
    assert list(document["paths"]) == ["/items"]


def test_disabled_environment_values_are_ignored() -> None:
    environment = {"values": [{"key": "baseUrl", "value": "https://x.org", "enabled": False}]}
    document, _ = convert(collection(request("List")), environment=environment)
    assert document["host"] == "api.contoso.com"


def test_unresolved_base_is_a_placeholder_with_a_warning() -> None:
    data = collection(request("List", url="{{host}}api/items"), variable=[])
    document, conversion = convert(data, source="in.json")
    assert document["host"] == "api.example.com"
    assert list(document["paths"]) == ["/api/items"]
    (warning,) = conversion.warnings
    assert warning.code == "postman-host-unresolved"
    assert "{{host}}" in warning.message
    assert warning.place.file == "in.json"
    assert warning.place.pointer == "/item/0/request/url"


def test_nested_variable_values_resolve() -> None:
    variables = [
        {"key": "domain", "value": "contoso.com"},
        {"key": "baseUrl", "value": "https://api.{{domain}}"},
    ]
    document, _ = convert(collection(request("List"), variable=variables))
    assert document["host"] == "api.contoso.com"


def test_literal_urls_and_urls_without_scheme() -> None:
    data = collection(
        request("A", url="https://api.contoso.com/v1/a"),
        request("B", url="api.contoso.com/v1/b"),
        variable=[],
    )
    document, _ = convert(data)
    assert document["host"] == "api.contoso.com"
    assert sorted(p for p, _, _ in operations(document)) == ["/v1/a", "/v1/b"]
    assert document["basePath"] == "/"


def test_url_object_without_raw_is_rebuilt() -> None:
    url = {"protocol": "https", "host": ["api", "contoso", "com"], "path": ["v1", "things"]}
    document, _ = convert(collection(request("Things", url=url), variable=[]))
    assert document["host"] == "api.contoso.com"
    assert list(document["paths"]) == ["/v1/things"]
