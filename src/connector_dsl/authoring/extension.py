"""The escape hatch for any `x-` key the authoring layer has no typed form for."""

from __future__ import annotations

from dataclasses import dataclass

from connector_dsl.authoring.places import caller_place
from connector_dsl.document.base import JsonValue
from connector_dsl.errors import AuthoringError, Diagnostic


@dataclass(frozen=True, slots=True)
class Extension:
    """One extension key and its JSON value, written as it is."""

    key: str
    value: JsonValue


def extension(key: str, value: JsonValue) -> Extension:
    """An extension key and value to write as it is; the key must start with `x-`."""
    if not key.startswith("x-"):
        msg = f"extension key {key!r} must start with 'x-'; use a typed argument for other keys"
        raise AuthoringError([Diagnostic("extension-key", msg, caller_place())])
    return Extension(key, value)
