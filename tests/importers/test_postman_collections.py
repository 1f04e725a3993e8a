"""Every APS Postman collection converts, keeps its requests, and passes both oracles."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

from .postman_kit import codes, convert, operations

COLLECTIONS = [
    "ACC_AutoSpecs_API",
    "ACC_Locations_API",
    "ACC_Photos_API",
    "ACC_RFIs_API",
    "ACC_Submittals_API",
    "Forms_API",
]


def _requests(items: list[Any]) -> int:
    return sum(_requests(i["item"]) if "item" in i else 1 for i in items)


@pytest.fixture(params=COLLECTIONS)
def collection(request: pytest.FixtureRequest, shared: Path) -> dict[str, Any]:
    path = shared / "aps" / "postman" / f"{request.param}.postman_collection.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_every_request_is_an_operation_or_a_skip_warning(collection: dict[str, Any]) -> None:
    document, conversion = convert(collection, source="c.json")
    skipped = codes(conversion).count("postman-request-skipped")
    assert len(operations(document)) + skipped == _requests(collection["item"])


def test_official_schema_accepts_it(collection: dict[str, Any]) -> None:
    document, _ = convert(collection)
    assert official_schema_errors(document) == []


def test_spec_validator_accepts_it(collection: dict[str, Any]) -> None:
    document, _ = convert(collection)
    assert spec_validator_errors(document) == []


def test_operation_ids_are_unique_identifiers(collection: dict[str, Any]) -> None:
    document, _ = convert(collection)
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert len(ids) == len(set(ids))
    assert all(i.replace("_", "").isalnum() and not i[0].isdigit() for i in ids)


def test_every_warning_points_into_the_file(collection: dict[str, Any]) -> None:
    _, conversion = convert(collection, source="c.json")
    for warning in conversion.warnings:
        assert warning.severity == "warning"
        assert warning.place.file == "c.json"
        assert warning.place.pointer is not None
        assert warning.code.startswith("postman-")


def test_title_and_version(collection: dict[str, Any]) -> None:
    document, _ = convert(collection)
    assert document["info"]["title"] == collection["info"]["name"]
    assert document["info"]["version"] == "1.0"
    assert document["info"]["description"]
    assert "x-ms-connector-metadata" not in document


def test_numbers_in_bodies_stay_numbers(shared: Path) -> None:
    path = shared / "aps" / "postman" / "ACC_Submittals_API.postman_collection.json"
    document, _ = convert(json.loads(path.read_text(encoding="utf-8")))
    types: set[str] = set()

    def walk(schema: Any) -> None:
        types.add(schema.get("type", ""))
        for sub in (schema.get("properties") or {}).values():
            walk(sub)
        if "items" in schema:
            walk(schema["items"])

    for _, _, op in operations(document):
        for p in op.get("parameters", []):
            if p["in"] == "body":
                walk(p["schema"])
    assert {"object", "string"} <= types
    assert types & {"integer", "number", "boolean", "array"}
