"""Python code from a swagger document: readable connector classes, exact by construction.

`generate_module(document)` writes a module in the authoring layer's terms (one
class per operation, models for bodies and responses, markers for parameters).
It plans the module and renders it once; every choice is made per node by the
compiler's own functions run on the declarations made as objects: the top-level
keys (`head`), path items (`path_items`), operation keys (`operations`,
`compile.emit.operation_head`), parameters (`parameters`, `compile.emit.parameter`),
responses (`responses`, `compile.emit.response`) and `apiProperties.json`
(`properties`); for the model classes and the operations' body, response and
payload types, the schemas the compiler will write are predicted by its rules
(`schema_rules`), or where those do not settle them, the types are made live and
given to the compiler's own `definitions_for` (`model_check`). Every key they do
not give back is written per key there and then.
No generated module is built here: `verify` (the one place that runs generated code)
is `import`'s check of the result and the tests' oracle.
"""

from __future__ import annotations

import importlib
import shutil
import subprocess
from typing import Any

from connector_dsl.codegen.module import render
from connector_dsl.codegen.plan import Plan
from connector_dsl.codegen.properties import (
    PropertiesPlan,
    secret_pointers,
    without_secrets,
)
from connector_dsl.codegen.verify import build_properties, build_source  # for callers
from connector_dsl.collection import collector_paused
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

__all__ = [
    "build_properties",
    "build_source",
    "find_ruff",
    "format_source",
    "generate",
    "generate_module",
    "try_format",
    "secret_pointers",
    "without_secrets",
]


def generate_module(
    document: SwaggerDocument,
    *,
    class_name: str = "ImportedConnector",
    api_properties: dict[str, Any] | None = None,
    format: bool = True,
) -> str:
    """The Python module for `document`; building its connector class gives `document`.

    With `api_properties` (the data of `apiProperties.json`), the connector class
    also declares it, and its `api_properties()` gives that data back, except
    client secret values, which are never written (see `secret_pointers`).
    `format=False` skips `ruff format`.
    """
    source, _plan = generate(document, class_name=class_name, api_properties=api_properties)
    return format_source(source) if format else source


def generate(
    document: SwaggerDocument,
    *,
    class_name: str = "ImportedConnector",
    api_properties: dict[str, Any] | None = None,
) -> tuple[str, Plan]:
    """The unformatted module for `document` and the plan that chose its raw parts."""

    with collector_paused():
        data = to_data(document)
        plan = Plan()
        clean = without_secrets(api_properties) if api_properties is not None else None
        if isinstance(clean, dict) and isinstance(clean.get("properties"), dict):
            plan.properties = PropertiesPlan(data=clean["properties"])
        source, _codes = render(data, plan, class_name)
    return source, plan


def find_ruff() -> str | None:
    """The ruff executable: the `ruff` package's own binary, else one on `PATH`."""
    try:
        find_ruff_bin = importlib.import_module("ruff.__main__").find_ruff_bin
    except (ImportError, AttributeError):
        return shutil.which("ruff")
    try:
        return str(find_ruff_bin())
    except FileNotFoundError:
        return shutil.which("ruff")


def try_format(source: str) -> tuple[str, str | None]:
    """`source` formatted by `ruff format`, or as it is with the reason it could not be."""
    ruff = find_ruff()
    if ruff is None:
        return source, "ruff is not installed in this environment nor on PATH"
    result = subprocess.run(
        [ruff, "format", "--line-length", "100", "-"],
        input=source,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    if result.returncode != 0 or not result.stdout:
        return source, f"{ruff} format failed: {result.stderr.strip()[:300]}"
    return result.stdout, None


def format_source(source: str) -> str:
    """`source` formatted by `ruff format`, or as it is when that is impossible."""
    return try_format(source)[0]
