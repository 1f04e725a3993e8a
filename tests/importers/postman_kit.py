"""Small builders of inline Postman collections for the Postman importer tests."""

from __future__ import annotations

from typing import Any

from connector_dsl.dump import to_data
from connector_dsl.importers.conversion import Conversion
from connector_dsl.importers.postman import convert_postman

SCHEMA_V21 = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
BASE = [{"key": "baseUrl", "value": "https://api.contoso.com/v1"}]


def request(
    name: str, method: str = "GET", url: Any = "{{baseUrl}}/items", **fields: Any
) -> dict[str, Any]:
    """One request item; extra keyword arguments go into the request object."""
    item: dict[str, Any] = {"name": name, "request": {"method": method, "url": url, **fields}}
    responses = item["request"].pop("response", None)
    if responses is not None:
        item["response"] = responses
    return item


def folder(name: str, *items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A folder of items."""
    return {"name": name, "item": list(items), **fields}


def collection(*items: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A v2.1 collection with a `baseUrl` variable and a description, unless overridden."""
    info = {"name": "Contoso", "description": "Contoso items.", "schema": SCHEMA_V21}
    info.update(fields.pop("info", {}))
    return {"info": info, "item": list(items), "variable": BASE, **fields}


def convert(data: dict[str, Any], **options: Any) -> tuple[Any, Conversion]:
    """The converted document as plain data, and the conversion."""
    conversion = convert_postman(data, **options)
    return to_data(conversion.document), conversion


def operations(document: Any) -> list[tuple[str, str, Any]]:
    """(path, method, operation) of every operation."""
    return [
        (path, method, op)
        for path, item in document["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch", "head", "options")
    ]


def only_operation(document: Any) -> Any:
    """The one operation of a document."""
    found = operations(document)
    assert len(found) == 1, found
    return found[0][2]


def parameter(operation: Any, name: str) -> Any:
    """The parameter `name` of an operation."""
    matches = [p for p in operation.get("parameters", []) if p["name"] == name]
    assert len(matches) == 1, operation.get("parameters")
    return matches[0]


def codes(conversion: Conversion) -> list[str]:
    """The warning codes, in order."""
    return [w.code for w in conversion.warnings]
