"""Finding the Python place an author wrote: the file, line and `Class.field`."""

from __future__ import annotations

import ast
import functools
import inspect
import sys
from pathlib import Path

from connector_dsl.errors import Place


def caller_place(depth: int = 2) -> Place:
    """The file and line of the code that called the caller (for marker arguments)."""
    frame = sys._getframe(depth)
    return Place(file=_display(frame.f_code.co_filename), line=frame.f_lineno)


def class_place(cls: type, field: str | None = None) -> Place:
    """The place of a class, or of one of its fields, for a diagnostic."""
    python = cls.__qualname__ if field is None else f"{cls.__qualname__}.{field}"
    try:
        file = inspect.getsourcefile(cls)
    except TypeError:
        file = None
    if file is None:
        return Place(python=python)
    line = _lines(file).get((cls.__qualname__, field))
    if line is None:
        line = _lines(file).get((cls.__qualname__, None))
    return Place(file=_display(file), line=line, python=python)


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


def _display(file: str) -> str:
    """A path relative to the working directory when it is below it."""
    path = Path(file)
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
