"""Policy expressions: `@connectionParameters('x')`, `@headers('x')`, `@body().a.b`, ...

`evaluate` gives a typed value when the whole string is one expression, and a
string otherwise, with `@{...}`, `{@...}` and bare `@fn('x')` parts replaced.
Unknown functions raise `ExpressionError`; the caller reports "not simulated".
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from connector_dsl.harness.schemas import MISSING

_CALL = re.compile(r"@([A-Za-z_][\w.]*)\(((?:\s*'[^']*'\s*,?)*)\)")
_ACCESS = re.compile(r"\.([A-Za-z_@$][\w@$-]*)|\[(\d+)\]|\['([^']*)'\]|\[\"([^\"]*)\"\]")
_BRACED = re.compile(r"@\{([^{}]*)\}|\{(@[^{}]*)\}")
_BARE = re.compile(r"@(connectionParameters|headers|queryParameters)\(\s*'([^']*)'\s*\)")


class ExpressionError(ValueError):
    """An expression the harness cannot evaluate."""


@dataclass(slots=True)
class Scope:
    """What expressions can read."""

    connection: Mapping[str, str] = field(default_factory=dict[str, str])
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    query: Mapping[str, str] = field(default_factory=dict[str, str])
    body: Any = None
    trigger_body: Any = None
    item: Any = None
    method: str = "GET"


def _lookup(mapping: Mapping[str, str], name: str, default: str | None) -> str:
    lowered = {k.lower(): v for k, v in mapping.items()}
    if name.lower() in lowered:
        return lowered[name.lower()]
    if default is not None:
        return default
    msg = f"no value named {name!r}"
    raise ExpressionError(msg)


def _functions(scope: Scope) -> dict[str, Callable[[list[str]], Any]]:
    return {
        "connectionParameters": lambda a: _lookup(scope.connection, a[0], _at(a, 1)),
        "headers": lambda a: _lookup(scope.headers, a[0], _at(a, 1)),
        "queryParameters": lambda a: _lookup(scope.query, a[0], _at(a, 1)),
        "body": lambda a: scope.body,
        "triggerBody": lambda a: scope.trigger_body,
        "item": lambda a: scope.item,
    }


def _at(args: list[str], index: int) -> str | None:
    return args[index] if len(args) > index else None


def _call(text: str, scope: Scope) -> tuple[Any, int]:
    """The value of the call (with accessors) at the start of `text`, and where it ends."""
    if text.startswith("@Request.OriginalHTTPMethod"):
        return scope.method, len("@Request.OriginalHTTPMethod")
    match = _CALL.match(text)
    if match is None:
        msg = f"{text!r} is not an expression the harness knows"
        raise ExpressionError(msg)
    function = _functions(scope).get(match.group(1))
    if function is None:
        msg = f"@{match.group(1)}() is not simulated"
        raise ExpressionError(msg)
    args = re.findall(r"'([^']*)'", match.group(2))
    value = function(args)
    end = match.end()
    while end < len(text):
        access = _ACCESS.match(text, end)
        if access is None:
            break
        value = _step(value, access)
        end = access.end()
    return value, end


def _step(value: Any, access: re.Match[str]) -> Any:
    name, index, quoted, double = access.groups()
    key = name or quoted or double
    if index is not None:
        items = value if isinstance(value, list) else None
        if items is None or int(index) >= len(items):
            msg = f"no item [{index}]"
            raise ExpressionError(msg)
        return items[int(index)]
    if isinstance(value, dict) and key in value:
        return cast("dict[str, Any]", value)[key]
    msg = f"no property {key!r}"
    raise ExpressionError(msg)


def evaluate(text: str, scope: Scope) -> Any:
    """The value of a policy value string (see the module docstring)."""
    stripped = text.strip()
    if stripped.startswith("@") and not stripped.startswith("@{"):
        try:
            value, end = _call(stripped, scope)
        except ExpressionError:
            value, end = MISSING, -1
        if end == len(stripped):
            return value
    return interpolate(text, scope)


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))


def interpolate(text: str, scope: Scope) -> str:
    """`text` with every embedded expression replaced by its value as text."""

    def braced(match: re.Match[str]) -> str:
        inner = match.group(1)
        expression = ("@" + inner) if inner is not None else match.group(2)
        value, end = _call(expression.strip(), scope)
        if end != len(expression.strip()):
            msg = f"cannot read {expression!r}"
            raise ExpressionError(msg)
        return _text(value)

    def bare(match: re.Match[str]) -> str:
        value, _ = _call(match.group(0), scope)
        return _text(value)

    return _BARE.sub(bare, _BRACED.sub(braced, text))


def evaluate_json(text: str, scope: Scope) -> Any:
    """Like `evaluate`, but a text result that is JSON (`[{...}]`) is parsed."""
    value = evaluate(text, scope)
    if isinstance(value, str) and value[:1] in ("[", "{"):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value
