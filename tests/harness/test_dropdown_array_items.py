"""A dropdown on a property of array items (`assignedTo/id`) is found through the array."""

from __future__ import annotations

from connector_dsl.harness.schemas import property_schema

ROOT = {
    "definitions": {
        "Assignee": {
            "type": "object",
            "properties": {"id": {"type": "string", "x-ms-summary": "Assignee"}},
        }
    }
}
BODY = {
    "type": "object",
    "properties": {"assignedTo": {"type": "array", "items": {"$ref": "#/definitions/Assignee"}}},
}


def test_a_dropdown_path_crosses_an_array_to_its_items() -> None:
    assert property_schema(ROOT, BODY, "assignedTo/id", through_arrays=True) == {
        "type": "string",
        "x-ms-summary": "Assignee",
    }


def test_a_missing_item_property_is_none() -> None:
    assert property_schema(ROOT, BODY, "assignedTo/name", through_arrays=True) is None


def test_an_input_path_does_not_cross_arrays() -> None:
    assert property_schema(ROOT, BODY, "assignedTo/id") is None
