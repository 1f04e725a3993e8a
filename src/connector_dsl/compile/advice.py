"""Warnings about a connector that builds: what Power Platform accepts but reviewers ask for.

`build` prints them; they never stop a build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from connector_dsl.authoring.places import class_place
from connector_dsl.compile.collect import collect
from connector_dsl.compile.connector_checks import check_operations
from connector_dsl.errors import Diagnostic

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector


def connector_warnings(connector: type[Connector]) -> list[Diagnostic]:
    """Every warning-level finding about `connector`, in operation order."""
    operations, _ = check_operations(connector)
    found: list[Diagnostic] = []
    for cls in operations:
        spec = collect(cls)
        if not spec.description:
            found.append(
                Diagnostic(
                    "operation-no-description",
                    f"{cls.__name__} has no description: write a docstring under "
                    f"`class {cls.__name__}` (or Route(description=...)); certification asks "
                    "for one on every operation",
                    class_place(cls),
                    "warning",
                )
            )
    return found
