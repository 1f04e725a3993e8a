"""Connection parameters an author adds beside authentication (host, region, ...)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, TypeAlias

from connector_dsl import properties
from connector_dsl.errors import AuthoringError, Diagnostic

if TYPE_CHECKING:
    from connector_dsl.properties.parameters import (
        ConnectionParameter,
        Constraints,
        UiDefinition,
    )

PrimitiveType: TypeAlias = Literal["string", "securestring", "int", "bool"]
_NAME = re.compile(r"^[0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?\Z")


def ui_definition(
    display_name: str | None,
    description: str | None,
    tooltip: str | None = None,
    constraints: Constraints | None = None,
) -> UiDefinition:
    """A `uiDefinition` with only the keys that are given."""
    ui = properties.UiDefinition()
    if display_name is not None:
        ui.display_name = display_name
    if description is not None:
        ui.description = description
    if tooltip is not None:
        ui.tooltip = tooltip
    if constraints is not None:
        ui.constraints = constraints
    return ui


def check_parameter_name(name: str, owner: str) -> None:
    """Fail unless `name` is a valid connection parameter key (`host`, `token:host`)."""
    if not _NAME.match(name):
        msg = (
            f"{owner}: connection parameter name {name!r} must be letters, digits and"
            " underscores (optionally `prefix:name`)"
        )
        raise AuthoringError([Diagnostic("connection-parameter-name", msg)])


@dataclass(frozen=True, slots=True, kw_only=True)
class ConnectionField:
    """One more thing the user fills in when connecting, e.g. the instance host.

    Refer to its value in policies as `@connectionParameters('name')`.
    """

    name: str
    display_name: str
    description: str
    type: PrimitiveType = "string"
    tooltip: str | None = None
    required: bool = True
    hidden: bool = False
    default: str | None = None
    choices: Mapping[str, str] = field(default_factory=dict[str, str])
    """A dropdown: stored value -> shown text."""
    tab_index: int | None = None
    clear_text: bool | None = None
    depends_on: Mapping[str, Sequence[str]] = field(default_factory=dict[str, Sequence[str]])
    """Show this field only while another parameter has one of the given values."""

    def __post_init__(self) -> None:
        check_parameter_name(self.name, f"ConnectionField({self.name!r})")

    def to_parameter(self) -> ConnectionParameter:
        """The `connectionParameters` entry."""
        constraints = properties.Constraints(required="true" if self.required else "false")
        if self.hidden:
            constraints.hidden = "true"
        if self.tab_index is not None:
            constraints.tab_index = self.tab_index
        if self.clear_text is not None:
            constraints.clear_text = self.clear_text
        if self.choices:
            constraints.allowed_values = [
                properties.DropdownChoice(value=value, text=text)
                for value, text in self.choices.items()
            ]
        if self.depends_on:
            constraints.dependencies = {
                other: properties.Dependency(values=list(values))
                for other, values in self.depends_on.items()
            }
        parameter = properties.ConnectionParameter(
            type=self.type,
            ui_definition=ui_definition(
                self.display_name, self.description, self.tooltip, constraints
            ),
        )
        if self.default is not None:
            parameter.default_value = self.default
        return parameter
