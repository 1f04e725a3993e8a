"""Checks of the `Connector` class itself: its `info` and its `operations` list."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from connector_dsl.authoring.connector import ConnectorInfo
from connector_dsl.authoring.operations import Action, Operation, PollingTrigger, WebhookTrigger
from connector_dsl.authoring.places import class_place
from connector_dsl.errors import Diagnostic, Place

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector

_BASES = (Operation, Action, WebhookTrigger, PollingTrigger)


def _describe(entry: object) -> str:
    if isinstance(entry, type) and issubclass(entry, BaseModel):
        return (
            f"the pydantic model {entry.__name__}, not an operation: a model is an operation's "
            "body or response type (or goes in `models`)"
        )
    if isinstance(entry, Operation):
        return (
            f"an instance of {type(entry).__name__}: list the class itself, {type(entry).__name__}"
        )
    if entry in _BASES:
        return f"the base class {entry.__name__} itself, not an operation written with it"
    if isinstance(entry, type):
        return f"the class {entry.__name__}, not an operation"
    return f"{entry!r} ({type(entry).__name__}), not an operation class"


def _operations_place(connector: type[Connector]) -> Place:
    """`Class.operations` where the class sets it, else the class."""
    written = "operations" in connector.__dict__
    return class_place(connector, "operations") if written else class_place(connector)


def check_info(connector: type[Connector]) -> list[Diagnostic]:
    """`info` is a `ConnectorInfo`."""
    info = getattr(connector, "info", None)
    if isinstance(info, ConnectorInfo):
        return []
    name = connector.__name__
    if info is None:
        message = f"{name} has no info: add `info = ConnectorInfo(title=..., host=...)`"
        return [Diagnostic("connector-info", message, class_place(connector))]
    message = (
        f"{name}.info is {type(info).__name__}, not a ConnectorInfo: write "
        "`info = ConnectorInfo(title=..., host=...)`"
    )
    return [Diagnostic("connector-info", message, class_place(connector, "info"))]


def check_operations(
    connector: type[Connector],
) -> tuple[list[type[Operation[Any]]], list[Diagnostic]]:
    """The operation classes `operations` lists, and a diagnostic for every other entry."""
    name = connector.__name__
    listed: object = connector.operations
    if isinstance(listed, type) or not isinstance(listed, Sequence) or isinstance(listed, str):
        shown = listed.__name__ if isinstance(listed, type) else repr(listed)
        message = (
            f"{name}.operations takes a tuple of operation classes: write `operations = ({shown},)`"
        )
        return [], [Diagnostic("operations-entry", message, _operations_place(connector))]
    found: list[type[Operation[Any]]] = []
    problems: list[Diagnostic] = []
    for index, entry in enumerate(listed):
        if isinstance(entry, type) and issubclass(entry, Operation) and entry not in _BASES:
            found.append(entry)
            continue
        message = (
            f"{name}.operations[{index}] is {_describe(entry)}; list subclasses of Action, "
            "WebhookTrigger or PollingTrigger"
        )
        problems.append(Diagnostic("operations-entry", message, _operations_place(connector)))
    raw = connector.raw
    raw_paths = raw is not None and (bool(raw.paths) or "paths" in raw.keys)
    if not listed and not raw_paths:
        message = (
            f"{name} has no operations; Power Platform needs at least one action or trigger: "
            "list them in `operations = (ListThings, ...)`"
        )
        place = _operations_place(connector)
        problems.append(Diagnostic("connector-no-operations", message, place))
    return found, problems
