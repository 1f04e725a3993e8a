"""Python identifiers and class names from arbitrary input strings.

Only `[A-Za-z_][A-Za-z0-9_]*` comes out: every other character is dropped or
becomes a word break, keywords and names the generated module relies on get a
trailing underscore, and a `Namer` keeps the names of one scope unique.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata

from pydantic import BaseModel

_WORDS = re.compile(r"[A-Za-z0-9]+")
_CAMEL = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[0-9]+")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")

RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
"""Names never generated as they are: keywords and builtins."""

MODEL_ATTRIBUTES = (
    frozenset(dir(BaseModel))
    | frozenset(dir(type(BaseModel)))
    | {
        "definition_name",
        "extension",
        "route",
        "kind",
        "mode",
        "unsubscribe",
        "operation_id",
        "response_type",
    }
)
"""Attributes of pydantic models and operation classes that a field must not shadow."""


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """The words of `text`: split at non-alphanumerics and at camel-case humps."""
    found: list[str] = []
    for chunk in _WORDS.findall(_ascii(text)):
        found.extend(_CAMEL.findall(chunk) or [chunk])
    return found


def is_identifier(text: str) -> bool:
    """Whether `text` is a plain ASCII identifier."""
    return bool(IDENTIFIER.match(text))


def class_name(text: str, fallback: str = "Model") -> str:
    """`get-items` -> `GetItems`; `ListHubs` stays as it is."""
    if is_identifier(text) and text[:1].isupper() and "_" not in text:
        name = text
    else:
        name = "".join(w[:1].upper() + w[1:] for w in words(text))
    if not name:
        name = fallback
    if name[0].isdigit():
        name = fallback + name
    return name


def field_name(text: str, fallback: str = "field") -> str:
    """The API's own word when it is an identifier that starts in lower case (`hubId`),
    else `Project-Id` -> `project_id`; the caller's `Namer` avoids keywords and builtins.

    Class names start in upper case, so a field never takes a generated class's name.
    """
    if is_identifier(text) and text[:1].islower():
        name = text
    else:
        name = "_".join(w.lower() for w in words(text))
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return name


class Namer:
    """Unique names within one scope; `taken` are names already used there."""

    def __init__(self, taken: frozenset[str] | set[str] = frozenset()) -> None:
        self._taken: set[str] = set(taken)

    def unique(self, name: str, suffix: str = "") -> str:
        """`name`, or `name` + `suffix`, `name_2`, ... (keywords, builtins, taken names avoided)."""
        if not is_identifier(name):  # pragma: no cover - callers sanitize first
            msg = f"not an identifier: {name!r}"
            raise ValueError(msg)
        candidate = name
        if suffix and (candidate in RESERVED or candidate in self._taken):
            name = candidate = name + suffix
        if candidate in RESERVED or candidate in self._taken:
            candidate = f"{name}_"
        number = 2
        while candidate in RESERVED or candidate in self._taken:
            candidate = f"{name}_{number}"
            number += 1
        self._taken.add(candidate)
        return candidate
