"""Title, version and description of the converted connector."""

from __future__ import annotations

from .postman_kit import codes, collection, convert, request


def test_title_version_description() -> None:
    document, conversion = convert(collection(request("List")))
    assert document["info"] == {
        "title": "Contoso",
        "description": "Contoso items.",
        "version": "1.0",
    }
    assert codes(conversion) == []


def test_missing_description_is_filled_with_a_warning() -> None:
    data = collection(request("List"), info={"description": ""})
    document, conversion = convert(data)
    assert document["info"]["description"].startswith("Operations of Contoso")
    assert codes(conversion) == ["postman-description-missing"]
    assert conversion.warnings[0].place.pointer == "/info"


def test_key_order_is_canonical() -> None:
    document, _ = convert(collection(request("List"), auth={"type": "basic"}))
    assert list(document) == [
        "swagger",
        "info",
        "host",
        "basePath",
        "schemes",
        "paths",
        "securityDefinitions",
        "security",
    ]
