"""Docstrings under fields: a field's description when nothing else gives one.

```python
class Project(BaseModel):
    name: str
    \"\"\"The project's name, as the hub shows it.\"\"\"
```

Python keeps no trace of such a string at run time, so it is read from the source of
the class's module (through `linecache`, as `inspect` does): read once per module
text (by `docstring_scan`, or by `ast` where that scan is unsure), then looked up
by the class's qualified name. A class without source (made at run time, or from a
module with no file) has none. As in pydantic, the string must come right after the
annotated assignment, and `inspect.cleandoc` tidies it.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import linecache
import sys
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from connector_dsl.compile.docstring_scan import Classes, scan

_NONE: Mapping[str, str] = MappingProxyType({})


def field_docstrings(cls: type[Any]) -> Mapping[str, str]:
    """The docstrings under the fields of `cls` and of the classes it inherits from.

    A field declared in several classes of the MRO takes the docstring of the
    nearest declaration, as it takes that declaration's annotation.
    """
    found: dict[str, str] = {}
    declared: set[str] = set()
    for owner in cls.__mro__:
        own = _own_annotations(owner)
        if not own:
            continue
        docs = _own_docstrings(owner)
        for name in own:
            if name not in declared:
                declared.add(name)
                if name in docs:
                    found[name] = docs[name]
    return found


def _own_annotations(cls: type[Any]) -> Mapping[str, Any]:
    """`inspect.get_annotations(cls)` without its copy of the class's namespace.

    Before Python 3.14 a class keeps its own annotations in its `__dict__`; from
    3.14 on they may be computed when asked for, so `inspect` asks.
    """
    if sys.version_info >= (3, 14):
        return inspect.get_annotations(cls)
    own = cls.__dict__.get("__annotations__")  # noqa: RUF063 - inspect copies the namespace
    if own is None:
        return _NONE
    return own if type(own) is dict else inspect.get_annotations(cls)


def _own_docstrings(cls: type[Any]) -> Mapping[str, str]:
    module = sys.modules.get(cls.__module__)
    file = getattr(module, "__file__", None)
    if not isinstance(file, str):
        return _NONE
    lines = linecache.getlines(file, module.__dict__ if module is not None else None)
    if not lines:
        return _NONE
    return _classes(file, lines).get(cls.__qualname__, _NONE)


_CACHE: dict[str, tuple[list[str], Classes]] = {}
_CACHE_SIZE = 32


def _classes(file: str, lines: list[str]) -> Classes:
    """The docstrings of every class of one module text, read once per text.

    `linecache` gives the same list while a file's text is unchanged; holding it
    here keeps that identity meaningful. The cache keeps the files used last.
    """
    cached = _CACHE.pop(file, None)
    if cached is None or cached[0] is not lines:
        text = "".join(lines)
        found = scan(text)
        cached = (lines, _parsed(text) if found is None else found)
    if len(_CACHE) >= _CACHE_SIZE:
        del _CACHE[next(iter(_CACHE))]
    _CACHE[file] = cached
    return cached[1]


def _parsed(text: str) -> Classes:
    """`_classes` by the syntax tree: what `docstring_scan` leaves to the parser."""
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return {}
    found: Classes = {}
    _visit(tree.body, "", found)
    return found


def _visit(body: list[ast.stmt], prefix: str, found: Classes) -> None:
    for statement in body:
        if isinstance(statement, ast.ClassDef):
            name = prefix + statement.name
            docs = _docstrings(statement.body)
            if docs:
                found[name] = docs
            else:
                found.pop(name, None)  # a later class of the same name is the one bound
            _visit(statement.body, name + ".", found)
        elif isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef):
            _visit(statement.body, f"{prefix}{statement.name}.<locals>.", found)


def _docstrings(body: list[ast.stmt]) -> dict[str, str]:
    docs: dict[str, str] = {}
    for before, after in itertools.pairwise(body):
        if (
            isinstance(before, ast.AnnAssign)
            and isinstance(before.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[before.target.id] = inspect.cleandoc(after.value.value)
    return docs
