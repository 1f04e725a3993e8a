"""Finding the Python place an author wrote: the file, line and `Class.field`."""

from __future__ import annotations

import ast
import functools
import inspect
import linecache
import os
import re
import sys
from dataclasses import replace
from pathlib import Path
from types import FrameType

from connector_dsl.errors import Place

_PACKAGE = str(Path(__file__).resolve().parents[1])
_SKIPPED = (f"{os.sep}pydantic{os.sep}", f"{os.sep}typing.py", f"{os.sep}typing_extensions.py")


def caller_place(depth: int = 2) -> Place:
    """The file and line of the author's code that made a marker or route.

    Starts `depth` frames up and skips frames of this package, pydantic and
    `typing`, and `<string>` frames (dataclass `__init__`s, and the `eval` in which
    postponed annotations are read: those land on the line of the class).
    """
    frame: FrameType | None = sys._getframe(depth)
    while frame is not None and _skipped(frame.f_code.co_filename):
        frame = frame.f_back
    if frame is None:  # pragma: no cover - there is always a caller
        return Place()
    return Place(file=display_path(frame.f_code.co_filename), line=frame.f_lineno)


@functools.lru_cache(maxsize=512)
def _skipped(file: str) -> bool:
    """Whether frames of `file` are passed over (asked once per file: frames are many)."""
    return file.startswith(("<", _PACKAGE)) or any(part in file for part in _SKIPPED)


def class_place(cls: type, field: str | None = None) -> Place:
    """The place of a class, or of one of its fields, for a diagnostic."""
    python = cls.__qualname__ if field is None else f"{cls.__qualname__}.{field}"
    try:
        file = inspect.getsourcefile(cls)
    except (TypeError, OSError):  # a built-in, or a class made by `python -c`
        file = None
    if file is None:
        return Place(python=python)
    line = _lines(file).get((cls.__qualname__, field))
    if line is None:
        line = _lines(file).get((cls.__qualname__, None))
    return Place(file=display_path(file), line=line, python=python)


@functools.cache
def _lines(file: str) -> dict[tuple[str, str | None], int]:
    """Line numbers of every class and class-level assignment in a source file."""
    try:
        tree = ast.parse(Path(file).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return {}
    found: dict[tuple[str, str | None], int] = {}

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef):
                name = f"{prefix}{node.name}"
                found[(name, None)] = node.lineno
                for item in node.body:
                    target: ast.expr | None = None
                    if isinstance(item, ast.AnnAssign):
                        target = item.target
                    elif isinstance(item, ast.Assign) and len(item.targets) == 1:
                        target = item.targets[0]
                    if isinstance(target, ast.Name):
                        found[(name, target.id)] = item.lineno
                visit(node.body, f"{name}.")

    visit(tree.body, "")
    return found


_TYPED: dict[str, str] = {}
"""The absolute path of the connector file named on the command line -> the path as typed."""


def show_as_typed(path: str | None) -> None:
    """Show the file `path` as typed in places from now on (None: no file was named)."""
    _TYPED.clear()
    if path is not None:
        _TYPED[os.path.abspath(path)] = path  # noqa: PTH100 - as the import system makes it


def display_path(file: str) -> str:
    """The connector file named by the user as they typed it; any other path relative to
    the working directory when it is below it."""
    typed = _TYPED.get(os.path.abspath(file)) if _TYPED else None  # noqa: PTH100 - no symlinks
    return typed if typed is not None else _relative(file, os.getcwd())  # noqa: PTH109 - a str


@functools.lru_cache(maxsize=256)
def _relative(file: str, cwd: str) -> str:
    path = Path(file)
    try:
        return str(path.resolve().relative_to(cwd))
    except ValueError:
        return str(path)


def refine_place(place: Place, marker: str) -> Place:
    """The line of the field whose annotation makes `marker`, when `place` is a class line.

    With postponed annotations, markers are made while pydantic builds the class,
    so the nearest author frame is the `class` statement; the field is found in
    the source by the marker's name.
    """
    if place.file is None or place.line is None:
        return place
    try:
        source = Path(place.file).read_text(encoding="utf-8")
        tree = ast.parse(source)
    except (OSError, SyntaxError, ValueError):
        return place
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.lineno == place.line:
            for item in node.body:
                if isinstance(item, ast.AnnAssign):
                    text = ast.get_source_segment(source, item.annotation) or ""
                    if f"{marker}(" in text:
                        return Place(file=place.file, line=item.lineno, python=place.python)
    return place


_ASSIGNED = re.compile(r"^\s*([A-Za-z_]\w*)\s*(?::[^=]*)?=[^=]")


def constant_place(place: Place) -> Place:
    """`place`, named after the constant its line assigns (`HUBS = DynamicValues(...)`)."""
    if place.python is not None or place.file is None or place.line is None:
        return place
    match = _ASSIGNED.match(linecache.getline(place.file, place.line))
    if match is None:
        return place
    return Place(file=place.file, line=place.line, python=match[1])


def with_python(place: Place) -> Place:
    """`place` with its `Class.field` filled in from the statement at its line.

    A marker, route or info is made while its class body runs, before the class
    exists; the source says which class and which assignment the line is in.
    """
    if place.python is not None or place.file is None or place.line is None:
        return place
    python = _statements(place.file).get(place.line)
    return place if python is None else replace(place, python=python)


@functools.cache
def _statements(file: str) -> dict[int, str]:
    """`Class.field` (or `Class`) for every line of a class-level statement, by qualname."""
    try:
        tree = ast.parse(Path(file).read_text(encoding="utf-8"))
    except (OSError, SyntaxError, ValueError):
        return {}
    found: dict[int, str] = {}

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(node.body, f"{prefix}{node.name}.<locals>.")
                continue
            if not isinstance(node, ast.ClassDef):  # `with`, `if`, `try`: same scope
                inner = [
                    child for child in ast.iter_child_nodes(node) if isinstance(child, ast.stmt)
                ]
                for handler in getattr(node, "handlers", ()):
                    inner.extend(handler.body)
                visit(inner, prefix)
                continue
            name = f"{prefix}{node.name}"
            for line in range(node.lineno, (node.end_lineno or node.lineno) + 1):
                found[line] = name
            for item in node.body:
                target: ast.expr | None = item.target if isinstance(item, ast.AnnAssign) else None
                if isinstance(item, ast.Assign) and len(item.targets) == 1:
                    target = item.targets[0]
                if isinstance(target, ast.Name):
                    for line in range(item.lineno, (item.end_lineno or item.lineno) + 1):
                        found[line] = f"{name}.{target.id}"
            visit(node.body, f"{name}.")

    visit(tree.body, "")
    return found
