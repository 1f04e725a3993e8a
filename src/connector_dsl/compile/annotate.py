"""Adding designer metadata (`x-ms-summary`, visibility, enums, dropdowns) to a schema."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from connector_dsl.authoring.markers import UNSET, Display
from connector_dsl.compile.dynamic import schema_extensions, values_extensions


def display_keys(display: Display) -> dict[str, Any]:
    """The keys a `Display` adds to a parameter or a schema, in canonical order."""
    keys: dict[str, Any] = {}
    if display.description is not None:
        keys["description"] = display.description
    if display.format is not None:
        keys["format"] = display.format
    if display.enum is not None:
        if isinstance(display.enum, Mapping):
            keys["enum"] = list(display.enum)
            keys["x-ms-enum-values"] = [
                {"value": value, "displayName": name} for value, name in display.enum.items()
            ]
        else:
            keys["enum"] = list(display.enum)
    if display.summary is not None:
        keys["x-ms-summary"] = display.summary
    if display.visibility is not None:
        keys["x-ms-visibility"] = display.visibility
    if display.dynamic is not None:
        keys.update(values_extensions(display.dynamic))
    if display.dynamic_schema is not None:
        keys.update(schema_extensions(display.dynamic_schema))
    if display.test_value is not UNSET:
        keys["x-ms-test-value"] = display.test_value
    if display.nullable:
        keys["x-nullable"] = True
    for item in display.extensions:
        keys[item.key] = item.value
    return keys


def annotate_schema(
    schema: dict[str, Any], display: Display, handler: Any = None
) -> dict[str, Any]:
    """`schema` with the display's keys added; `x-ms-notification-url` for `Ui`."""
    del handler
    out = dict(schema)
    out.update(display_keys(display))
    if getattr(display, "notification_url", False):
        out["x-ms-notification-url"] = True
    example = getattr(display, "example", UNSET)
    if example is not UNSET:
        out["example"] = example
    if getattr(display, "read_only", False):
        out["readOnly"] = True
    if display.nullable is False:
        out.pop("x-nullable", None)
    return out
