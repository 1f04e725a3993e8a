"""Operation ids, summaries, and a free path for requests that share method and path.

Swagger holds one operation per method and path, and a Postman collection often
repeats a request (the same call in "API References" and in each tutorial). Every
request is kept; a repeat goes to a variant of its path with a trailing slash, as
tyntec-Viber (`/chat-api/v2/messages` and `/chat-api/v2/messages/`), SignatureAPI
and Pixela do; this changes the URL sent, so it is reported.

Renaming a path parameter instead (`{projectId}` to `{projectId_2}`) keeps the URL
but not the route: certification (and `validate`, `DuplicateOperationPath`) sees
the same template twice and refuses the package. A `#fragment` or `?query` in a
path key is not valid Swagger either.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count

SUMMARY_LIMIT = 80
_ID_LIMIT = 80


def summary_of(name: str) -> tuple[str, bool]:
    """The request name as a summary (whitespace collapsed), and whether it was cut."""
    text = " ".join(name.split())
    if len(text) <= SUMMARY_LIMIT:
        return text, False
    cut = text[:SUMMARY_LIMIT].rsplit(" ", 1)[0] if " " in text[:SUMMARY_LIMIT] else text
    return cut[:SUMMARY_LIMIT].rstrip(" .,:;-"), True


def identifier(name: str, method: str, path: str) -> str:
    """A PascalCase operation id from the request name, or from method and path."""
    words = re.findall(r"[A-Za-z0-9]+", re.sub(r"['\u2019]", "", name))
    if not words:
        literal = re.sub(r"\{[^}]*\}", " ", path)
        words = [method, *re.findall(r"[A-Za-z0-9]+", literal)]
    ident = "".join(word[:1].upper() + word[1:] for word in words)
    if ident[:1].isdigit():
        ident = "Op" + ident
    return ident[:_ID_LIMIT]


@dataclass
class UniqueNames:
    """Hands out names never handed out before: `Name`, `Name_2`, `Name_3`."""

    used: set[str] = field(default_factory=set[str])

    def claim(self, name: str) -> str:
        """`name`, or the first free `name_N`."""
        candidate = name
        for number in count(2):
            if candidate not in self.used:
                break
            candidate = f"{name}_{number}"
        self.used.add(candidate)
        return candidate


@dataclass(frozen=True, slots=True)
class FreePath:
    """Where a repeated request goes: its path, and a path parameter it renamed."""

    path: str
    renamed: tuple[str, str] | None = None


def free_path(path: str, names: list[str], taken: Callable[[str], bool]) -> FreePath:
    """`path` when free; else a variant that is (see the module docstring)."""
    del names  # a renamed parameter would be the same route; see the module docstring
    if not taken(path):
        return FreePath(path)
    candidate = path
    while taken(candidate):
        candidate += "/"
    return FreePath(candidate)
