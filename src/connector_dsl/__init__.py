"""connector-dsl: Power Platform custom connectors as typed Python classes."""

from connector_dsl.errors import (
    AuthoringError,
    ConnectorError,
    Diagnostic,
    InputError,
    Place,
    ValidationFailed,
)

__all__ = [
    "AuthoringError",
    "ConnectorError",
    "Diagnostic",
    "InputError",
    "Place",
    "ValidationFailed",
]
