"""Docstrings under class fields, read from a module's text without a syntax tree.

`docstrings.field_docstrings` needs, for every class of a module, the string
statements that come right after an annotated assignment. A whole `ast.parse` of
the module costs more than the rest of a build's reading of the module, so this
reads the text one logical line at a time instead: one regular expression match
per logical line (strings, bracketed continuations and comments included),
indentation for the block structure, and the first words of a line for what it
is. It gives the same answer as the syntax tree for the code it understands and
`None` for the rest (tabs or form feeds in indentation, `;`, carriage returns,
brackets nested too deep, f- and t-strings, a class-body statement that opens with
a bracket, non-ASCII names, anything malformed), and the caller then parses.

As the syntax tree walk does, it looks into the bodies of classes and functions
only, never into `if`, `for`, `with`, `try` or `match` blocks.
"""

from __future__ import annotations

import ast
import functools
import inspect
import keyword
import re
import sys

Classes = dict[str, dict[str, str]]
"""Qualified class name -> field name -> docstring."""

_STRING = (
    r"'''(?:[^'\\]|\\.|'(?!''))*+'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*+"""'
    r"|'(?:[^'\\\n]|\\.)*+'"
    r'|"(?:[^"\\\n]|\\.)*+"'
)
_DEPTH = 16
"""Bracket nesting a logical line may have for this scan (deeper: the syntax tree)."""


@functools.cache
def _logical_line() -> re.Pattern[str]:
    """One logical line: indentation, code (brackets balanced), trailing comment, newline.

    Inside brackets, newlines and comments are part of the line; at its own level
    a backslash continues it. Which bracket closes which is not checked: the
    module ran, so its brackets match.
    """
    inner = rf"[^'\"#\\;()\[\]{{}}]|\\\n|#[^\n]*+|{_STRING}"
    nested = f"(?:{inner})"
    for _ in range(_DEPTH - 1):
        nested = rf"(?:{inner}|[(\[{{]{nested}*+[)\]}}])"
    top = rf"[^'\"#\\;()\[\]{{}}\n]|\\\n|{_STRING}|[(\[{{]{nested}*+[)\]}}]"
    return re.compile(rf"(?P<indent>[ ]*+)(?P<code>(?:{top})*+)(?:#[^\n]*+)?(?:\n|\Z)", re.DOTALL)


_HEAD = re.compile(
    r"(?P<string>[rRuU]?['\"])"
    r"|(?P<word>\w+)(?:(?P<defined>[ ]+\w+)|[ ]*(?P<colon>:(?!=)))?"
    r"|(?P<other>[^\w\s'\"\\])"
)
_NAME_CONTINUED = re.compile(r"\w+[ ]*\\")
_ONE_STRING = re.compile(
    r"(?P<prefix>[rRuU]?)(?:"
    r"'''(?P<a>(?:[^'\\]|'(?!''))*)'''"
    r'|"""(?P<b>(?:[^"\\]|"(?!""))*)"""'
    r"|'(?P<c>[^'\\\n]*)'"
    r'|"(?P<d>[^"\\\n]*)"'
    r")[ ]*",
    re.DOTALL,
)
_RAW_ONE_STRING = re.compile(
    r"[rR](?:'''(?P<a>(?:[^'\\]|\\.|'(?!''))*)'''"
    r'|"""(?P<b>(?:[^"\\]|\\.|"(?!""))*)"""'
    r"|'(?P<c>(?:[^'\\\n]|\\.)*)'"
    r'|"(?P<d>(?:[^"\\\n]|\\.)*)"'
    r")[ ]*",
    re.DOTALL,
)
_UNSURE_TEXT = re.compile(
    r"[\r\x00]|(?<!\w)(?:[fFtT][rR]?|[rR][fFtT])['\"]"
    if sys.version_info >= (3, 12)
    else r"[\r\x00]"
)
"""Text this scan leaves to the parser: carriage returns, NULs, and (from Python 3.12 on,
where a replacement field may hold the string's own quotes) f- and t-strings."""
_HARD_KEYWORDS = frozenset(keyword.kwlist)


class _Unsure(Exception):
    """The scan cannot be sure of the answer: the caller parses the module."""


class _Block:
    """One indented block: a class or function body, or a block the walk skips."""

    __slots__ = ("docs", "field", "indent", "kind", "name", "prefix")

    def __init__(self, indent: int, kind: str, name: str = "", prefix: str = "") -> None:
        self.indent = indent
        self.kind = kind
        """`module`, `class`, `def` or `skip` (a block of `if`, `for`, ... : not looked into)."""
        self.name = name
        """A class's qualified name."""
        self.prefix = prefix
        """What the qualified names of classes defined directly in this block start with."""
        self.docs: dict[str, str] = {}
        self.field: str | None = None
        """The field the previous statement of a class body annotated, if it was one."""


def scan(text: str) -> Classes | None:
    """The docstrings under the fields of every class in `text`; None when unsure."""
    if _UNSURE_TEXT.search(text):
        return None
    try:
        return _scan(text)
    except _Unsure:
        return None


def _scan(text: str) -> Classes:
    found: Classes = {}
    stack = [_Block(0, "module")]
    header: _Block | None = None
    """The block the previous logical line opened (its body comes next)."""
    logical_line = _logical_line()
    position, end = 0, len(text)
    while position < end:
        line = logical_line.match(text, position)
        if line is None or line.end() == position:
            raise _Unsure
        position = line.end()
        code = line["code"].rstrip()
        if not code:
            continue  # blank or comment only
        if code[0] in " \t\f":
            raise _Unsure  # indentation that is not spaces only
        indent = len(line["indent"])
        if header is not None:
            if indent <= stack[-1].indent:
                raise _Unsure
            header.indent = indent
            stack.append(header)
            header = None
        else:
            while indent < stack[-1].indent:
                _close(stack.pop(), found)
            if indent != stack[-1].indent:
                raise _Unsure
        header = _statement(stack[-1], code, found)
    if header is not None:
        raise _Unsure
    while stack:
        _close(stack.pop(), found)
    return found


def _statement(block: _Block, code: str, found: Classes) -> _Block | None:
    """Read one logical line of `block`; the block it opens, if it ends with a colon."""
    opens = code.endswith(":")
    if block.kind == "skip":
        return _Block(-1, "skip") if opens else None
    head = _HEAD.match(code)
    if head is None:
        raise _Unsure
    word = head["word"]
    field: str | None = None
    opened: _Block | None = None
    if word in ("class", "def", "async"):
        opened = _definition(block, code, head, found)
    elif word is not None:
        if not word.isascii():
            raise _Unsure
        if head["colon"] is not None and word not in _HARD_KEYWORDS:
            field = word
        elif block.kind == "class" and _NAME_CONTINUED.match(code):
            raise _Unsure  # a name continued on the next line: could be annotated
    elif head["string"] is not None and block.kind == "class" and block.field is not None:
        value = _string_value(code)
        if value is not None:
            block.docs[block.field] = inspect.cleandoc(value)
    elif code[0] == "(" and block.kind == "class":
        raise _Unsure  # `(name): type` annotates, `("text")` is a string
    if block.kind == "class":
        block.field = field
    if opens and opened is None:
        return _Block(-1, "skip")
    return opened


def _definition(block: _Block, code: str, head: re.Match[str], found: Classes) -> _Block | None:
    """A class or function statement: the block of its body (a one-line class is closed)."""
    words = code.split(None, 2) if head["word"] == "async" else None
    if words is not None:
        if len(words) < 3 or words[1] not in ("def", "for", "with"):
            raise _Unsure
        if words[1] != "def":
            return _Block(-1, "skip") if code.endswith(":") else None
        name_match = re.match(r"\w+", words[2])
        name = name_match[0] if name_match else ""
        kind = "def"
    else:
        defined = head["defined"]
        if defined is None:
            raise _Unsure
        name = defined.strip()
        kind = head["word"]
    if not name or not name.isascii() or name[0].isdigit():
        raise _Unsure
    if kind == "class":
        opened = _Block(-1, "class", block.prefix + name, f"{block.prefix}{name}.")
    else:
        opened = _Block(-1, "def", prefix=f"{block.prefix}{name}.<locals>.")
    if code.endswith(":"):
        return opened
    if kind == "class":
        _close(opened, found)  # `class Name: ...` on one line has no field docstrings
    return None


def _close(block: _Block, found: Classes) -> None:
    if block.kind != "class":
        return
    if block.docs:
        found[block.name] = block.docs
    else:
        found.pop(block.name, None)  # a later class of the same name is the one bound


def _string_value(code: str) -> str | None:
    """The value of a statement that starts with a string, if it is one string constant."""
    plain = (_RAW_ONE_STRING if code[0] in "rR" else _ONE_STRING).fullmatch(code)
    if plain is not None:
        return next(value for value in plain.group("a", "b", "c", "d") if value is not None)
    try:
        tree = ast.parse(code, mode="eval")
    except SyntaxError:
        raise _Unsure from None
    value = tree.body
    return value.value if isinstance(value, ast.Constant) and isinstance(value.value, str) else None
