"""Warnings about a connector that builds: what Power Platform accepts but should not get.

`build` prints them; they never stop a build.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from connector_dsl.authoring.places import class_place
from connector_dsl.compile.collect import collect
from connector_dsl.compile.connector_checks import check_operations
from connector_dsl.compile.field_checks import check_body_on_get, designer_calls
from connector_dsl.errors import Diagnostic

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector


def connector_warnings(connector: type[Connector]) -> list[Diagnostic]:
    """Every warning-level finding about `connector`, in operation order."""
    operations, _ = check_operations(connector)
    specs = [collect(cls) for cls in operations]
    called = designer_calls(specs, connector.test_connection)
    found: list[Diagnostic] = []
    for spec in specs:
        cls = spec.cls
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
        found.extend(d for d in check_body_on_get(spec, called) if d.severity == "warning")
    return found
