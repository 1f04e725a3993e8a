"""Type expressions of generated fields, as small trees: rendered as source, or made live.

`Named("str")`, `ListOf(Named("Pet"))`, `DictOf(Named("Any"))`, `WithField(base,
{"json_schema_extra": {...}})` (`Annotated[base, Field(...)]`). `source()` writes
the expression with literals only; `live(classes)` makes the real type, with the
generated classes taken from `classes` (a `ForwardRef` for one not made yet), so
that the compiler's own schema functions can be run on it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Annotated, Any, ForwardRef, Literal

from pydantic import Field

from connector_dsl.codegen.literals import literal

SCALARS: dict[str, Any] = {
    "str": str,
    "int": int,
    "float": float,
    "bool": bool,
    "bytes": bytes,
    "Any": Any,
}
"""The plain types a generated expression names, by their source name."""


@dataclass(frozen=True, slots=True)
class Named:
    """A plain type (`str`, `Any`, ...) or a generated class, by name."""

    name: str

    def source(self) -> str:
        """The expression's source."""
        return self.name

    def live(self, classes: Mapping[str, type]) -> Any:
        """The real type; a generated class not made yet is a `ForwardRef`."""
        if self.name in SCALARS:
            return SCALARS[self.name]
        made = classes.get(self.name)
        return made if made is not None else ForwardRef(self.name)

    def names(self) -> set[str]:
        """The generated class names the expression uses."""
        return set() if self.name in SCALARS else {self.name}

    def record(self, used: set[str]) -> None:
        """Add to `used` the names of `source()` but keywords and builtins (`used_names`)."""
        used.add(self.name)


@dataclass(frozen=True, slots=True)
class ListOf:
    """`list[item]`."""

    item: TypeNode

    def source(self) -> str:
        """The expression's source."""
        return f"list[{self.item.source()}]"

    def live(self, classes: Mapping[str, type]) -> Any:
        """The real type."""
        return list[self.item.live(classes)]  # type: ignore[misc]

    def names(self) -> set[str]:
        """The generated class names the expression uses."""
        return self.item.names()

    def record(self, used: set[str]) -> None:
        """Add to `used` the names of `source()` but keywords and builtins (`used_names`)."""
        self.item.record(used)


@dataclass(frozen=True, slots=True)
class DictOf:
    """`dict[str, value]`."""

    value: TypeNode

    def source(self) -> str:
        """The expression's source."""
        return f"dict[str, {self.value.source()}]"

    def live(self, classes: Mapping[str, type]) -> Any:
        """The real type."""
        return dict[str, self.value.live(classes)]  # type: ignore[misc]

    def names(self) -> set[str]:
        """The generated class names the expression uses."""
        return self.value.names()

    def record(self, used: set[str]) -> None:
        """Add to `used` the names of `source()` but keywords and builtins (`used_names`)."""
        self.value.record(used)


@dataclass(frozen=True, slots=True)
class WithField:
    """`Annotated[base, Field(**args)]`: schema keys the type itself does not say."""

    base: TypeNode
    args: tuple[tuple[str, Any], ...]
    """`Field` keyword arguments (JSON values), in order."""

    def source(self) -> str:
        """The expression's source."""
        return f"Annotated[{self.base.source()}, {field_source(dict(self.args))}]"

    def live(self, classes: Mapping[str, type]) -> Any:
        """The real type."""
        return Annotated[self.base.live(classes), live_field(dict(self.args))]

    def names(self) -> set[str]:
        """The generated class names the expression uses."""
        return self.base.names()

    def record(self, used: set[str]) -> None:
        """Add to `used` the names of `source()` but keywords and builtins (`used_names`)."""
        self.base.record(used)
        used.add("Annotated")
        record_field(dict(self.args), used)


@dataclass(frozen=True, slots=True)
class LiteralOf:
    """`Literal[v, ...]`: the JSON schema `enum` of those values, with their type."""

    values: tuple[str | int, ...]

    def source(self) -> str:
        """The expression's source."""
        return f"Literal[{', '.join(literal(value) for value in self.values)}]"

    def live(self, classes: Mapping[str, type]) -> Any:
        """The real type."""
        return Literal[self.values]

    def names(self) -> set[str]:
        """The generated class names the expression uses."""
        return set()

    def record(self, used: set[str]) -> None:
        """Add to `used` the names of `source()` but keywords and builtins (`used_names`)."""
        used.add("Literal")  # the values are literals: their only names are builtins


TypeNode = Named | ListOf | DictOf | WithField | LiteralOf
"""A generated type expression."""

ANY = Named("Any")


def field_source(args: Mapping[str, Any]) -> str:
    """`Field(k=v, ...)` with every value a literal."""
    parts = [
        f"{key}={value!r}" if type(value) is str else f"{key}={literal(value)}"
        for key, value in args.items()
    ]
    return f"Field({', '.join(parts)})"


def record_field(args: Mapping[str, Any], used: set[str]) -> None:
    """Add to `used` the names of `field_source(args)`: `Field` and its keywords.

    A literal's only names are builtins (`None`, `True`, `False`, `float`).
    """
    used.add("Field")
    used.update(args)


def live_field(args: Mapping[str, Any]) -> Any:
    """`Field(**args)`, with fresh copies of JSON values (pydantic writes them into schemas)."""
    return Field(**{key: copy.deepcopy(value) for key, value in args.items()})
