"""The names generated source uses outside strings and comments, for the module's imports.

The module imports only the names its code uses. `code_names` reads them from
source text. The model classes and the operations' routes (most of a module)
record theirs as they are written (`models.render_model`, `calls.source_with_names`), all
but keywords and builtins (`names.RESERVED`: no imported name is one), so only
the rest of the module is read.
"""

from __future__ import annotations

import functools
import re

_STRINGS = re.compile(
    r'"(?:""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""|[^"\\\n]*(?:\\.[^"\\\n]*)*")'
    r"|'(?:''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''|[^'\\\n]*(?:\\.[^'\\\n]*)*')"
    r"|#[^\n]*",
    re.DOTALL,
)
"""String literals and comments: the text that holds no names (the generator writes no
string prefixes: `literals.literal` is `repr`). A triple-quoted string is tried before a
one-line string of the same quote; each body is runs of plain characters between escapes
(and, in a triple-quoted one, quotes that do not close it)."""
_NAMES = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*")
_WORD_BYTES = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_SPACES = bytes(byte if byte in _WORD_BYTES else 32 for byte in range(256))
"""Each byte not of an ASCII identifier as a space."""


def code_names(body: str) -> set[str]:
    """The names the code in `body` uses (outside strings and comments).

    What is left once strings and comments are out is ASCII code (names are ASCII),
    where every run of identifier characters is a whole identifier or a number: the
    runs are had as bytes, by one translation and one split. Other code is read by
    `_NAMES`, identifier by identifier. Source made of whole statements reads the
    same alone as joined to others by line breaks.
    """
    code = _STRINGS.sub(" ", body)
    if not code.isascii():
        return set(_NAMES.findall(code))
    runs = set(code.encode().translate(_SPACES).split())
    return {run.decode() for run in runs if not run[:1].isdigit()}


@functools.lru_cache(maxsize=4096)
def text_names(text: str) -> frozenset[str]:
    """`code_names` of a short text written many times (a type), read once per text."""
    return frozenset(code_names(text))
