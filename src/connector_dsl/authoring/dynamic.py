"""Dropdowns and schemas that the designer fills by calling another operation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from connector_dsl.authoring.places import caller_place
from connector_dsl.errors import Place

if TYPE_CHECKING:
    from connector_dsl.authoring.operations import Operation


@dataclass(frozen=True, slots=True)
class ParamRef:
    """A reference to a parameter of the operation that shows the dropdown.

    `ParamRef("hub_id")` names a parameter by its wire name; `ParamRef("issue/title")`
    names a property inside a body parameter, as a path string.
    """

    path: str


DynamicInput = ParamRef | str | int | float | bool
"""What a dynamic call passes to one input of the target operation: a reference or a literal."""


@dataclass(frozen=True, slots=True)
class DynamicValues:
    """A dropdown filled by `operation`; emits `x-ms-dynamic-values` and `x-ms-dynamic-list`.

    `collection`, `value` and `title` are path strings into the response
    (`data`, `id`, `attributes/name`); no `collection` means the response is the list.
    """

    operation: type[Operation[Any]]
    value: str
    title: str | None = None
    collection: str | None = None
    parameters: Mapping[str, DynamicInput] = field(default_factory=dict)
    place: Place = field(default_factory=caller_place, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DynamicSchema:
    """A schema fetched from `operation`; emits `x-ms-dynamic-schema` and `-properties`.

    `path` is the path string of the schema in the response; none means its root.
    """

    operation: type[Operation[Any]]
    path: str | None = None
    parameters: Mapping[str, DynamicInput] = field(default_factory=dict)
    place: Place = field(default_factory=caller_place, compare=False, repr=False)
