"""From a JSON pointer to a line and column in the text a document was read from.

Nothing here runs while a file is read: positions are computed on the first
question, by a small tolerant scanner over the JSON text or a walk over the
YAML node graph, and kept for the next ones.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from connector_dsl.errors import Place, escape_pointer_token

_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"?|[{}\[\],:]|[^\s{}\[\],:"]+', re.DOTALL)


@dataclass(frozen=True, slots=True)
class DuplicateKey:
    """A key that occurs twice in one object; the later value is the one kept."""

    pointer: str
    first: int
    """Offset of the first occurrence in the text."""
    later: int
    """Offset of the occurrence whose value is kept."""


@dataclass(slots=True)
class _Frame:
    pointer: str
    is_object: bool
    start: int
    index: int = 0
    key: str | None = None
    expect_key: bool = True
    seen: dict[str, int] = field(default_factory=dict[str, int])


def _key_text(token: str) -> str:
    if "\\" not in token:
        return token[1:-1]
    try:
        value = json.loads(token)
    except ValueError:
        return token[1:-1]
    return value if isinstance(value, str) else token[1:-1]


@dataclass(slots=True)
class JsonScan:
    """What one pass of the tolerant scanner found in a JSON text."""

    offsets: dict[str, int] = field(default_factory=dict[str, int])
    """Offset of each value, by pointer (the last occurrence of a repeated key wins)."""
    duplicates: list[DuplicateKey] = field(default_factory=list[DuplicateKey])
    unclosed: list[tuple[int, str, str]] = field(default_factory=list[tuple[int, str, str]])
    """Containers still open at the end of the text: (offset, the closer it needs, pointer)."""


def scan_json(text: str) -> JsonScan:
    """Scan a JSON text, even a broken one, for value offsets and repeated keys."""
    result = JsonScan()
    stack: list[_Frame] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        offset = match.start()
        first = token[0]
        top = stack[-1] if stack else None
        if first in "}]":
            if stack:
                stack.pop()
            continue
        if first == ",":
            if top is not None:
                top.expect_key = top.is_object
                top.index += 0 if top.is_object else 1
            continue
        if first == ":":
            if top is not None:
                top.expect_key = False
            continue
        if top is not None and top.is_object and top.expect_key:
            if first == '"':
                key = _key_text(token)
                if key in top.seen:
                    where = top.pointer + "/" + escape_pointer_token(key)
                    result.duplicates.append(DuplicateKey(where, top.seen[key], offset))
                top.seen[key] = offset
                top.key = key
            continue
        if top is None:
            where = ""
        elif top.is_object:
            where = top.pointer + "/" + escape_pointer_token(top.key or "")
        else:
            where = f"{top.pointer}/{top.index}"
        result.offsets[where] = offset
        if first in "{[":
            stack.append(_Frame(pointer=where, is_object=first == "{", start=offset))
    result.unclosed = [
        (frame.start, "}" if frame.is_object else "]", frame.pointer) for frame in stack
    ]
    return result


class Locator:
    """Maps a JSON pointer (RFC 6901) to a 1-based (line, column) in the text read."""

    def __init__(self, text: str, yaml_root: Any = None) -> None:
        self._text = text
        self._yaml_root = yaml_root
        self._line_starts: list[int] | None = None
        self._positions: dict[str, tuple[int, int]] | None = None

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column of a character offset into the text."""
        if self._line_starts is None:
            self._line_starts = [0, *(m.end() for m in re.finditer("\n", self._text))]
        line = bisect.bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def position(self, pointer: str) -> tuple[int, int] | None:
        """Where the value at `pointer` starts, or its nearest ancestor that is in the text."""
        if self._positions is None:
            self._positions = self._index()
        while True:
            found = self._positions.get(pointer)
            if found is not None or not pointer:
                return found
            pointer = pointer.rsplit("/", 1)[0]

    def place(self, file: str | None, pointer: str) -> Place:
        """The `Place` of a pointer: file, line, column and the pointer itself."""
        found = self.position(pointer)
        line, column = found if found is not None else (None, None)
        return Place(file=file, line=line, column=column, pointer=pointer)

    def _index(self) -> dict[str, tuple[int, int]]:
        if self._yaml_root is not None:
            return {
                where: (node.start_mark.line + 1, node.start_mark.column + 1)
                for where, node in walk_yaml(self._yaml_root)
            }
        offsets = scan_json(self._text).offsets
        return {where: self.line_column(offset) for where, offset in offsets.items()}


def walk_yaml(root: Any) -> Iterator[tuple[str, Any]]:
    """Every (pointer, node) of a composed YAML node graph, in document order.

    A node shared through an alias is visited once per path; callers bound the
    expanded size before they walk.
    """
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        node, where = stack.pop()
        yield where, node
        value = node.value
        if not isinstance(value, list):
            continue
        items: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
        for index, item in reversed(list(enumerate(items))):
            if isinstance(item, tuple):
                pair: tuple[Any, Any] = item  # pyright: ignore[reportUnknownVariableType]
                key, child = pair
                name = key.value if isinstance(key.value, str) else str(index)
                stack.append((child, where + "/" + escape_pointer_token(name)))
            else:
                stack.append((item, f"{where}/{index}"))
