"""Python code from a swagger document: readable connector classes, exact by construction.

`generate_module(document)` writes a module in the authoring layer's terms (one
class per operation, models for bodies and responses, markers for parameters).
It builds the generated code and compares the result with the input; every part
that the typed form does not reproduce exactly is written in a raw form
(`connector_dsl.authoring.raw`), so building the module gives the input back.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import types
from typing import Any

from connector_dsl.codegen.compare import refine
from connector_dsl.codegen.module import render
from connector_dsl.codegen.plan import Plan
from connector_dsl.document import SwaggerDocument
from connector_dsl.errors import ConnectorError

__all__ = ["build_source", "format_source", "generate_module"]

_PASSES = 8
_FALLBACKS = ("dynamic", "triggers", "typed", "operations")


def build_source(source: str, class_name: str) -> Any:
    """Execute generated `source` as a fresh module and return its built data."""
    from connector_dsl.dump import to_data

    module = types.ModuleType("connector_dsl_generated")
    sys.modules[module.__name__] = module
    try:
        exec(compile(source, "<generated>", "exec"), module.__dict__)
        connector = module.__dict__[class_name]
        return to_data(connector.build())
    finally:
        sys.modules.pop(module.__name__, None)


def _connector_name(source: str) -> str:
    line = next(line for line in source.splitlines() if line.endswith("(Connector):"))
    return line.removeprefix("class ").split("(", 1)[0]


def generate_module(
    document: SwaggerDocument,
    *,
    class_name: str = "ImportedConnector",
    api_properties: dict[str, Any] | None = None,
    format: bool = True,
) -> str:
    """The Python module for `document`; building its connector class gives `document`.

    `api_properties` is accepted for the connector's properties file; the swagger
    module does not include it yet. `format=False` skips `ruff format`.
    """
    del api_properties
    from connector_dsl.dump import to_data

    data = to_data(document)
    plan = Plan()
    source = ""
    for _ in range(_PASSES):
        source, codes = render(data, plan, class_name)
        try:
            built = build_source(source, _connector_name(source))
        except (ConnectorError, Exception):
            fallback = next((name for name in _FALLBACKS if getattr(plan, name)), None)
            if fallback is None:
                raise
            setattr(plan, fallback, False)
            if fallback == "operations":
                plan.operation_raw.clear()
                plan.exact.clear()
            continue
        exact_before = sum(len(found) for found in plan.exact.values())
        if not refine(data, built, codes, plan):
            break
        exact_after = sum(len(found) for found in plan.exact.values())
        if "definitions" in plan.document_raw or exact_after == exact_before:
            source, _codes = render(data, plan, class_name)
            break
    else:
        source, _codes = render(data, plan, class_name)
    return format_source(source) if format else source


def format_source(source: str) -> str:
    """`source` formatted by `ruff format`, or as it is when ruff is not installed."""
    ruff = shutil.which("ruff")
    if ruff is None:
        return source
    result = subprocess.run(
        [ruff, "format", "--line-length", "100", "-"],
        input=source,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    return result.stdout if result.returncode == 0 and result.stdout else source
