"""Reading a Postman collection defensively: typed accessors and the warning list.

Every accessor names the JSON pointer of what it reads, so that a shape the
importer does not know fails as an `InputError` at that place, never as a
`KeyError` or `TypeError`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, NoReturn

from connector_dsl.errors import Diagnostic, InputError, Place, pointer

Code = Literal[
    "postman-request-skipped",
    "postman-host-unresolved",
    "postman-variable-in-body",
    "postman-body-unparsed",
    "postman-body-unsupported",
    "postman-duplicate-path",
    "postman-duplicate-parameter",
    "postman-path-cleaned",
    "postman-auth-bearer",
    "postman-auth-unsupported",
    "postman-description-missing",
    "postman-summary-truncated",
    "postman-script-dropped",
]
"""Every warning code the Postman importer reports."""

Tokens = tuple[str | int, ...]
"""The reference tokens of a JSON pointer into the collection."""


@dataclass
class Reporter:
    """Collects warnings and raises input errors, both placed in one input file."""

    source: str
    warnings: list[Diagnostic] = field(default_factory=list[Diagnostic])

    def place(self, at: Tokens) -> Place:
        """The place of a pointer into this reporter's file."""
        return Place(file=self.source, pointer=pointer(*at))

    def warn(self, code: Code, message: str, at: Tokens) -> None:
        """Record a lossy step as a warning."""
        self.warnings.append(
            Diagnostic(code=code, message=message, place=self.place(at), severity="warning")
        )

    def fail(self, message: str, at: Tokens) -> NoReturn:
        """Stop: the input has a shape that cannot be converted."""
        raise InputError(
            [Diagnostic(code="postman-invalid", message=message, place=self.place(at))]
        )

    def mapping(self, value: object, at: Tokens) -> dict[str, Any]:
        """`value` as a JSON object, or an input error."""
        if not isinstance(value, dict):
            self.fail(f"expected an object, found {_kind(value)}", at)
        return {str(key): item for key, item in value.items()}  # pyright: ignore[reportUnknownVariableType]

    def sequence(self, value: object, at: Tokens) -> list[Any]:
        """`value` as a JSON array (absent is empty), or an input error."""
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(f"expected an array, found {_kind(value)}", at)
        return list(value)  # pyright: ignore[reportUnknownArgumentType]

    def text(self, value: object, at: Tokens) -> str:
        """`value` as a string (absent is empty; numbers and booleans as written)."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        if not isinstance(value, str | int | float):
            self.fail(f"expected a string, found {_kind(value)}", at)
        return str(value)

    def description(self, value: object, at: Tokens) -> str:
        """A Postman description: a string, or an object with `content`."""
        if isinstance(value, dict):
            return self.text(self.mapping(value, at).get("content"), (*at, "content")).strip()
        return self.text(value, at).strip()


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"
