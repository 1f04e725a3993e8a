"""Python identifiers and class names from arbitrary input strings.

Only `[A-Za-z_][A-Za-z0-9_]*` comes out: every other character is dropped or
becomes a word break, keywords and names the generated module relies on get a
trailing underscore, and a `Namer` keeps the names of one scope unique.
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
import unicodedata

from pydantic import BaseModel

from connector_dsl.codegen.memo import Memo

_WORDS = re.compile(r"[A-Za-z0-9]+")
_CAMEL = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])|[0-9]+")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*\Z")

RESERVED = frozenset(keyword.kwlist) | frozenset(keyword.softkwlist) | frozenset(dir(builtins))
"""Names never generated as they are at module level: keywords and builtins."""

FIELD_RESERVED = frozenset(keyword.kwlist) | {
    "bool",
    "bytes",
    "dict",
    "float",
    "int",
    "list",
    "str",
    "I",
    "O",
    "l",
}
"""Names never given to a field: keywords, the builtins generated annotations use
(pydantic reads a class's annotations with its earlier fields in scope), and the names
linters flag as ambiguous (`l`, `I`, `O`: ruff's E741). Other builtins, such as `id` or
`type`, are good field names. Fixed, so output is the same on every Python."""

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
    if text.isascii():  # as it is: NFKD leaves ASCII alone
        return text
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def words(text: str) -> list[str]:
    """The words of `text`: split at non-alphanumerics and at camel-case humps."""
    found: list[str] = []
    for chunk in _WORDS.findall(_ascii(text)):
        found.extend(_CAMEL.findall(chunk) or [chunk])
    return found


def is_identifier(text: str) -> bool:
    """Whether `text` is a plain ASCII identifier (`IDENTIFIER`)."""
    # ASCII identifiers are exactly `[A-Za-z_][A-Za-z0-9_]*` (no keyword check)
    return text.isascii() and text.isidentifier()


def class_name(text: str, fallback: str = "Model") -> str:
    """`get-items` -> `GetItems`; `ListHubs` stays as it is."""
    if text[:1].isupper() and "_" not in text and text.isascii() and text.isidentifier():
        return text  # a class name already, as most hints are: not remembered
    return _class_name(text, fallback)


@functools.lru_cache(maxsize=16384)
def _class_name(text: str, fallback: str) -> str:
    """`class_name` of a text that is no class name as it is (a pure function)."""
    name = "".join(w[:1].upper() + w[1:] for w in words(text))
    if not name:
        name = fallback
    if name[0].isdigit():
        name = fallback + name
    return name


def field_name(text: str, fallback: str = "field", *, module: Namer | None = None) -> str:
    """The API's own word when it is an identifier (`hubId`, `ProjectId`), else
    `Project-Id` -> `project_id`; the caller's field `Namer` avoids keywords.

    A name in upper case is kept only when `module` (the module's names) does not
    have it, and is then reserved there: no class may take a field's name, since
    pydantic reads a class's annotations with its fields in scope.
    """
    spelling = _SPELLINGS.get(text) if fallback == "field" else None
    if spelling is None:
        spelling = _spelling(text, fallback)
        if fallback == "field":
            _SPELLINGS.keep(text, spelling)
    upper, lower = spelling
    if upper and module is not None and module.take(text):
        return text
    return lower


_SPELLINGS: Memo[str, tuple[bool, str]] = Memo(16384)
"""`_spelling` of each text with the usual fallback (a pure function: kept per process)."""


def _spelling(text: str, fallback: str) -> tuple[bool, str]:
    """Whether `text` is an identifier in upper case (`field_name` may keep it as it is),
    and its field name in lower case."""
    identifier = is_identifier(text)
    upper = identifier and text[:1].isupper()
    lower = identifier and text[:1].islower()
    name = text if lower else "_".join(w.lower() for w in words(text))
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}"
    return upper, name


class Namer:
    """Unique names within one scope; `taken` are names already used there."""

    def __init__(
        self, taken: frozenset[str] | set[str] = frozenset(), reserved: frozenset[str] = RESERVED
    ) -> None:
        # a fixed set of taken names is shared, not copied (one `Namer` per model)
        self._given: frozenset[str] | set[str] = (
            taken if isinstance(taken, frozenset) else set(taken)
        )
        self._taken: set[str] = set()
        self._reserved = reserved

    def free(self, name: str) -> bool:
        """Whether `name` is neither reserved nor taken in this scope."""
        return name not in self._reserved and name not in self._given and name not in self._taken

    def reserve(self, name: str) -> None:
        """Take `name` in this scope (a name chosen elsewhere that must not be reused)."""
        self._taken.add(name)

    def field(self, text: str, module: Namer) -> str:
        """`unique(field_name(text, module=module))` in one call: a model's field's name."""
        spelling = _SPELLINGS.get(text)
        if spelling is None:
            spelling = _SPELLINGS.keep(text, _spelling(text, "field"))
        name = spelling[1]
        if spelling[0] and module.take(text):
            name = text
        taken = self._taken
        if name not in taken and name not in self._reserved and name not in self._given:
            taken.add(name)
            return name
        return self.unique(name)

    def take(self, name: str) -> bool:
        """Take `name` as it is if it is `free`; whether it was."""
        if name in self._reserved or name in self._given or name in self._taken:
            return False
        self._taken.add(name)
        return True

    def unique(self, name: str, suffix: str = "") -> str:
        """`name`, or `name` + `suffix`, `name_2`, ... (keywords, builtins, taken names avoided)."""
        if not (name.isascii() and name.isidentifier()):  # pragma: no cover - callers sanitize
            msg = f"not an identifier: {name!r}"
            raise ValueError(msg)
        taken = self._taken
        if name not in taken and name not in self._reserved and name not in self._given:
            taken.add(name)
            return name
        candidate = name
        if suffix:
            name = candidate = name + suffix
        if not self.free(candidate):
            candidate = f"{name}_"
        number = 2
        while not self.free(candidate):
            candidate = f"{name}_{number}"
            number += 1
        taken.add(candidate)
        return candidate
