"""Docstrings under class fields, read from a module's text without a syntax tree.

`docstrings.field_docstrings` needs, for every class of a module, the string
statements that come right after an annotated assignment. A whole `ast.parse` of
the module costs more than the rest of a build's reading of the module, so this
reads the text one logical line at a time instead: one regular expression match
per logical line (strings, bracketed continuations and comments included),
indentation for the block structure, and the first words of a line for what it
is. It gives the same answer as the syntax tree for the code it understands and
`None` for the rest (tabs or form feeds in indentation, `;`, carriage returns,
brackets nested too deep, f- and t-strings from Python 3.12 on, a class-body
statement that opens with a bracket, non-ASCII names, anything malformed), and
the caller then parses.

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
    r"'''(?:[^'\\]++|\\.|'(?!''))*+'''"
    r'|"""(?:[^"\\]++|\\.|"(?!""))*+"""'
    r"|'(?:[^'\\\n]++|\\.)*+'"
    r'|"(?:[^"\\\n]++|\\.)*+"'
)
_DEPTH = 16
"""Bracket nesting a logical line may have for this scan (deeper: the syntax tree)."""
_HEAD = (
    r"(?=(?P<keyword>class|def|async[ ]++def)[ ]++(?P<name>\w++)"
    r"|async[ ]++(?:for|with)\b"
    r"|(?P<odd>(?:class|def|async)\b)"
    r"|(?P<field>\w++)[ ]*+:(?!=)"
    r"|(?P<continued>\w++[ ]*+\\)"
    r"|(?P<string>[rRuU]?['\"])"
    r"|(?P<paren>\())?"
)
"""What the start of a logical line says it is (a lookahead: the line's units read it all)."""


@functools.cache
def _logical_line() -> re.Pattern[str]:
    """One logical line: indentation, code (brackets balanced), trailing comment, newline.

    The code is read in units that cannot overlap (possessive runs of plain
    characters, strings, comments inside brackets, bracketed groups), so the match
    never backtracks into a wrong reading. Inside brackets, newlines and comments
    are part of the line; at its own level a backslash continues it. Which bracket
    closes which is not checked: the module ran, so its brackets match.
    """
    inner = rf"[^'\"#\\;()\[\]{{}}]++|\\\n|#[^\n]*+|{_STRING}"
    nested = f"(?:{inner})"
    for _ in range(_DEPTH - 1):
        nested = rf"(?:{inner}|[(\[{{]{nested}*+[)\]}}])"
    top = rf"[^'\"#\\;()\[\]{{}}\n]++|\\\n|{_STRING}|[(\[{{]{nested}*+[)\]}}]"
    return re.compile(
        rf"(?P<indent>[ ]*+)(?P<code>{_HEAD}(?:{top})*+)(?:#[^\n]*+)?(?:\n|\Z)", re.DOTALL
    )


_ONE_STRING = re.compile(
    r"[uU]?(?:"
    r"'''(?P<a>(?:[^'\\]++|'(?!''))*+)'''"
    r'|"""(?P<b>(?:[^"\\]++|"(?!""))*+)"""'
    r"|'(?P<c>[^'\\\n]*+)'"
    r'|"(?P<d>[^"\\\n]*+)"'
    r")",
    re.DOTALL,
)
"""A string without escapes: its value is its text."""
_RAW_ONE_STRING = re.compile(
    r"[rR](?:"
    r"'''(?P<a>(?:[^'\\]++|\\.|'(?!''))*+)'''"
    r'|"""(?P<b>(?:[^"\\]++|\\.|"(?!""))*+)"""'
    r"|'(?P<c>(?:[^'\\\n]++|\\.)*+)'"
    r'|"(?P<d>(?:[^"\\\n]++|\\.)*+)"'
    r")",
    re.DOTALL,
)
"""A raw string: its value is its text."""
_UNSURE_TEXT = re.compile(
    r"[\r\x00]|(?<!\w)(?:[fFtT][rR]?|[rR][fFtT])['\"]"
    if sys.version_info >= (3, 12)
    else r"[\r\x00]"
)
"""Text this scan leaves to the parser: carriage returns, NULs, and (from Python 3.12 on,
where a replacement field may hold the string's own quotes) f- and t-strings."""
_HARD_KEYWORDS = frozenset(keyword.kwlist)
_MODULE, _CLASS, _DEF, _SKIP = "module", "class", "def", "skip"


class _Unsure(Exception):
    """The scan cannot be sure of the answer: the caller parses the module."""


class _Block:
    """One indented block: a module, class or function body, or a block the walk skips."""

    __slots__ = ("docs", "field", "indent", "kind", "name", "prefix")

    def __init__(self, kind: str, name: str = "", prefix: str = "") -> None:
        self.indent = -1
        """Its statements' indentation, known when its first statement is read."""
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
    top = _Block(_MODULE)
    top.indent = 0
    stack = [top]
    header: _Block | None = None
    """The block the previous logical line opened (its body comes next)."""
    match = _logical_line().match
    position, end = 0, len(text)
    while position < end:
        line = match(text, position)
        if line is None or line.end() == position:
            raise _Unsure
        position = line.end()
        code = line["code"].rstrip()
        if not code:
            continue  # blank or comment only
        if code[0] in " \t\f":
            raise _Unsure  # indentation that is not spaces only
        indent = line.end("indent") - line.start()
        if header is not None:
            if indent <= top.indent:
                raise _Unsure
            header.indent = indent
            stack.append(header)
            top, header = header, None
        elif indent != top.indent:
            while indent < top.indent:
                _close(stack.pop(), found)
                top = stack[-1]
            if indent != top.indent:
                raise _Unsure
        opens = code[-1] == ":"
        if top.kind is _SKIP:
            header = _Block(_SKIP) if opens else None
        else:
            header = _statement(top, line, code, opens, found)
    if header is not None:
        raise _Unsure
    while stack:
        _close(stack.pop(), found)
    return found


def _statement(
    block: _Block, line: re.Match[str], code: str, opens: bool, found: Classes
) -> _Block | None:
    """Read one logical line of a module, class or function body; the block it opens."""
    keyword_, name, odd, field, continued, string, paren = line.group(
        "keyword", "name", "odd", "field", "continued", "string", "paren"
    )
    if keyword_ is not None:
        if block.kind is _CLASS:
            block.field = None
        return _definition(block, keyword_, name, opens, found)
    if odd is not None:
        raise _Unsure
    if block.kind is _CLASS:
        if field is not None:
            if not field.isascii():
                raise _Unsure
            block.field = None if field in _HARD_KEYWORDS else field
        else:
            if string is not None and block.field is not None:
                value = _string_value(code)
                if value is not None:
                    block.docs[block.field] = inspect.cleandoc(value)
            elif paren is not None or continued is not None:
                raise _Unsure  # `(name): type` annotates; a name continued may be annotated
            block.field = None
    return _Block(_SKIP) if opens else None


def _definition(
    block: _Block, keyword_: str, name: str, opens: bool, found: Classes
) -> _Block | None:
    """A class or function statement: the block of its body (a one-line class is closed)."""
    if not name.isascii() or name[0].isdigit():
        raise _Unsure
    if keyword_ == "class":
        opened = _Block(_CLASS, block.prefix + name, f"{block.prefix}{name}.")
        if not opens:
            _close(opened, found)  # `class Name: ...` on one line has no field docstrings
            return None
        return opened
    return _Block(_DEF, prefix=f"{block.prefix}{name}.<locals>.") if opens else None


def _close(block: _Block, found: Classes) -> None:
    if block.kind is not _CLASS:
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
