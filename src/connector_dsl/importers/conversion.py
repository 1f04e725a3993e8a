"""The result every importer returns: a document, what was lost, and connection settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from connector_dsl.document import SwaggerDocument
from connector_dsl.errors import Diagnostic


@dataclass(frozen=True, slots=True)
class Conversion:
    """A converted document with every lossy step reported as a warning.

    `api_properties` is a minimal `apiProperties.json` (connection parameters such
    as the OAuth refresh URL) when the input carries settings that belong there.
    """

    document: SwaggerDocument
    warnings: list[Diagnostic]
    api_properties: dict[str, Any] | None = None
