"""Small helpers shared by the importer tests."""

from __future__ import annotations

from connector_dsl.errors import Diagnostic, InputError
from connector_dsl.importers import Loaded, read_bytes


def read_json(text: str | bytes, file: str = "in.json") -> Loaded:
    """Read JSON text as if it were the file `file`."""
    raw = text.encode() if isinstance(text, str) else text
    return read_bytes(raw, file=file)


def read_yaml(text: str, file: str = "in.yaml") -> Loaded:
    """Read YAML text as if it were the file `file`."""
    return read_bytes(text.encode(), file=file, format="yaml")


def only(error: InputError) -> Diagnostic:
    """The one diagnostic of an error."""
    assert len(error.diagnostics) == 1, error.diagnostics
    return error.diagnostics[0]
