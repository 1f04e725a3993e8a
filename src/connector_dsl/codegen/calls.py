"""Calls of authoring classes as data: rendered as Python syntax trees, or made in place.

The generator describes a declaration such as `ApiKey(parameter='X-Key', name='key')`
once, as a `Call`. `Call.source()` writes it through `ast.unparse` (strings become
`repr` literals, so no input can end a literal or inject code), and `Call.make()`
calls the class itself with the same arguments, so that the generator can ask the
object what it builds without writing, reading or executing any source text.
"""

from __future__ import annotations

import ast
import functools
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from connector_dsl.codegen.used_names import text_names


@dataclass(frozen=True, slots=True)
class Ref:
    """A name of the generated module (an operation class) and what stands for it here."""

    name: str
    value: Any = None


@dataclass(frozen=True, slots=True)
class Expr:
    """A type expression the generator wrote (`list[Item] | None`), parsed, never run."""

    text: str


@dataclass(frozen=True, slots=True)
class Call:
    """`func(*pos, key=value, ...)`: values are JSON values, tuples, `Ref`s and `Call`s."""

    func: str
    args: tuple[tuple[str, Any], ...] = ()
    pos: tuple[Any, ...] = ()

    @staticmethod
    def of(func: str, args: Mapping[str, Any], *pos: Any) -> Call:
        """The call of `func` with `pos`, then `args` in their order."""
        return Call(func, tuple(args.items()), pos)

    def node(self) -> ast.expr:
        """The call as a Python expression tree."""
        keywords = [ast.keyword(arg=key, value=node(value)) for key, value in self.args]
        function = ast.Name(id=self.func, ctx=ast.Load())
        return ast.Call(func=function, args=[node(value) for value in self.pos], keywords=keywords)

    def source(self) -> str:
        """The call as Python source (one line, formatted later); the text of `node()`."""
        return source(self)

    def make(self, classes: Mapping[str, Callable[..., Any]]) -> Any:
        """The object the call makes, with `classes` giving each function by name."""
        return classes[self.func](
            *(made(value, classes) for value in self.pos),
            **{key: made(value, classes) for key, value in self.args},
        )

    def names(self) -> set[str]:
        """Every function and `Ref` name the call uses."""
        found = {self.func}
        for value in (*self.pos, *(value for _, value in self.args)):
            found |= names_in(value)
        return found


def node(value: Any) -> ast.expr:
    """The expression tree of a JSON value, tuple, `Ref` or `Call`."""
    if isinstance(value, Call):
        return value.node()
    if isinstance(value, Ref):
        return ast.Name(id=value.name, ctx=ast.Load())
    if isinstance(value, Expr):
        return ast.parse(value.text, mode="eval").body
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        function = ast.Name(id="float", ctx=ast.Load())
        return ast.Call(func=function, args=[ast.Constant(str(value))], keywords=[])
    if value is None or isinstance(value, bool | int | float | str):
        return ast.Constant(value)
    if isinstance(value, list):
        return ast.List(elts=[node(item) for item in value], ctx=ast.Load())
    if isinstance(value, tuple):
        return ast.Tuple(elts=[node(item) for item in value], ctx=ast.Load())
    if isinstance(value, dict):
        keys: list[ast.expr | None] = [ast.Constant(str(key)) for key in value]
        return ast.Dict(keys=keys, values=[node(item) for item in value.values()])
    msg = f"not a value the generator writes: {type(value).__name__}"
    raise TypeError(msg)


def source(value: Any) -> str:
    """The Python source of what `node(value)` stands for, written directly.

    The same expression as `ast.unparse(node(value))` (strings and numbers by
    `repr`, so no input can end a literal), without building and walking a tree.
    """
    return source_with_names(value, set())


def source_with_names(value: Any, used: set[str]) -> str:
    """`source(value)`, with the names it writes added to `used` (see `used_names`).

    Those are the functions, keywords, `Ref`s and the names of type expressions,
    all but keywords and builtins: a literal has no other names (`None`, `True`,
    `False`, `float`). Values of the common exact types are written first, a text
    item without a call.
    """
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None:
        return repr(value)
    if kind is Call:
        return _call(value, used)
    if kind is dict:
        items = [
            f"{str(key)!r}: {item!r}"
            if type(item) is str
            else f"{str(key)!r}: {source_with_names(item, used)}"
            for key, item in value.items()
        ]
        return "{" + ", ".join(items) + "}"
    if kind is list:
        return f"[{', '.join([_item(item, used) for item in value])}]"
    if kind is tuple:
        inner = ", ".join([_item(item, used) for item in value])
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    return _other(value, used)


def _item(value: Any, used: set[str]) -> str:
    return repr(value) if type(value) is str else source_with_names(value, used)


def _call(value: Call, used: set[str]) -> str:
    used.add(value.func)
    parts = [
        repr(item) if type(item) is str else source_with_names(item, used) for item in value.pos
    ]
    for key, item in value.args:
        used.add(key)
        parts.append(
            f"{key}={item!r}" if type(item) is str else f"{key}={source_with_names(item, used)}"
        )
    return f"{value.func}({', '.join(parts)})"


def _other(value: Any, used: set[str]) -> str:
    """`source_with_names` for a value of another type (a `Ref`, an `Expr`, a float, a subclass)."""
    if isinstance(value, Call):
        return _call(value, used)
    if isinstance(value, Ref):
        used.add(value.name)
        return value.name
    if isinstance(value, Expr):
        text = _expression(value.text)
        used |= text_names(text)
        return text
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return f"float({str(value)!r})"
    if value is None or isinstance(value, bool | int | float | str):
        return repr(value)
    if isinstance(value, list):
        return f"[{', '.join(source_with_names(item, used) for item in value)}]"
    if isinstance(value, tuple):
        inner = ", ".join(source_with_names(item, used) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, dict):
        items = ", ".join(
            f"{str(key)!r}: {source_with_names(item, used)}" for key, item in value.items()
        )
        return "{" + items + "}"
    msg = f"not a value the generator writes: {type(value).__name__}"
    raise TypeError(msg)


@functools.lru_cache(maxsize=4096)
def _expression(text: str) -> str:
    """A type expression as `ast.unparse` writes it (worked out once per text)."""
    return ast.unparse(ast.parse(text, mode="eval").body)


def made(value: Any, classes: Mapping[str, Callable[..., Any]]) -> Any:
    """The Python value a written value stands for."""
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None:
        return value
    if isinstance(value, Call):
        return value.make(classes)
    if isinstance(value, Ref):
        return value.value
    if isinstance(value, Expr):
        msg = f"a type expression is only written, never made: {value.text}"
        raise TypeError(msg)
    if isinstance(value, list):
        return [made(item, classes) for item in value]
    if isinstance(value, tuple):
        return tuple(made(item, classes) for item in value)
    if isinstance(value, dict):
        return {key: made(item, classes) for key, item in value.items()}
    return value


def names_in(value: Any) -> set[str]:
    """Every function and `Ref` name a written value uses."""
    if isinstance(value, Call):
        return value.names()
    if isinstance(value, Ref):
        return {value.name}
    if isinstance(value, list | tuple):
        return set().union(*(names_in(item) for item in value)) if value else set()
    if isinstance(value, dict):
        return set().union(*(names_in(item) for item in value.values())) if value else set()
    return set()


def value_key(value: Any) -> Any:
    """A hashable key equal for two values only when they are written and made the same."""
    kind = type(value)
    if kind is str or kind is bool or kind is int or value is None:
        return (kind.__name__, value)
    if kind is dict:  # text keys and values (most of them) keyed here, without a call each
        return (
            "dict",
            tuple(
                [
                    (
                        ("str", key) if type(key) is str else value_key(key),
                        ("str", item) if type(item) is str else value_key(item),
                    )
                    for key, item in value.items()
                ]
            ),
        )
    if isinstance(value, Call):
        pos = tuple(value_key(item) for item in value.pos)
        return ("call", value.func, tuple((key, value_key(item)) for key, item in value.args), pos)
    if isinstance(value, Ref):
        return ("ref", value.name, value.value)
    if isinstance(value, float):
        return ("float", repr(value))
    if value is None or isinstance(value, bool | int | str):
        return (type(value).__name__, value)
    if isinstance(value, list | tuple):
        return (type(value).__name__, tuple(value_key(item) for item in value))
    if isinstance(value, dict):
        return ("dict", tuple((value_key(key), value_key(item)) for key, item in value.items()))
    msg = f"not a value the generator writes: {type(value).__name__}"
    raise TypeError(msg)
