"""The verification step of `import`: run a generated module once and compare its build.

This is the only place in `connector_dsl.codegen` that executes generated code.
`differences` names every JSON pointer where two JSON values disagree, so that
`import` can report each one as an error instead of writing a module that does
not give its input back.
"""

from __future__ import annotations

import itertools
import linecache
import sys
import types
from dataclasses import dataclass
from typing import Any

from connector_dsl.compile import build
from connector_dsl.compile.package import api_properties
from connector_dsl.dump import to_data
from connector_dsl.errors import escape_pointer_token

_MODULE = "connector_dsl_generated"
_NUMBERS = itertools.count(1)


@dataclass(frozen=True, slots=True)
class Built:
    """What a generated module's connector class builds."""

    swagger: Any
    """`to_data(build(Connector))`."""
    properties: Any
    """`to_data(api_properties(Connector))`."""


def run_module(source: str, class_name: str) -> types.ModuleType:
    """Execute generated `source` as a fresh module and return it (see `build_module`).

    The source is registered with `linecache` under the module's file name while it
    runs and builds, as a module read from a file is, so that the compiler finds the
    docstrings under fields (`connector_dsl.compile.docstrings`).
    """
    module = types.ModuleType(_MODULE)
    file = f"<{_MODULE}-{next(_NUMBERS)}>"
    module.__file__ = file
    linecache.cache[file] = (len(source), None, source.splitlines(keepends=True), file)
    sys.modules[module.__name__] = module
    try:
        exec(compile(source, file, "exec"), module.__dict__)
    except BaseException:
        linecache.cache.pop(file, None)
        raise
    finally:
        sys.modules.pop(module.__name__, None)
    if not isinstance(module.__dict__.get(class_name), type):
        linecache.cache.pop(file, None)
        msg = f"the generated module has no class {class_name}"
        raise LookupError(msg)
    return module


def build_module(source: str, class_name: str, *, properties: bool = False) -> Built:
    """The swagger (and, with `properties`, the `apiProperties.json`) data `source` builds."""
    module = run_module(source, class_name)
    connector = module.__dict__[class_name]
    sys.modules[module.__name__] = module
    try:
        swagger = to_data(build(connector))
        built = to_data(api_properties(connector)) if properties else None
    finally:
        sys.modules.pop(module.__name__, None)
        linecache.cache.pop(str(module.__file__), None)
    return Built(swagger, built)


def build_source(source: str, class_name: str) -> Any:
    """The swagger data that generated `source` builds."""
    return build_module(source, class_name).swagger


def build_properties(source: str, class_name: str) -> Any:
    """The `apiProperties.json` data that generated `source` builds."""
    return build_module(source, class_name, properties=True).properties


def differences(expected: Any, built: Any, pointer: str = "", limit: int = 20) -> list[str]:
    """JSON pointers (at most `limit`) where `built` differs from `expected`, in input order."""
    found: list[str] = []
    _walk(expected, built, pointer, found, limit)
    return found


def _walk(expected: Any, built: Any, pointer: str, found: list[str], limit: int) -> None:
    if len(found) >= limit:
        return
    if isinstance(expected, dict) and isinstance(built, dict):
        for key in [*expected, *(k for k in built if k not in expected)]:
            here = f"{pointer}/{escape_pointer_token(str(key))}"
            if key not in expected or key not in built:
                found.append(here)
            else:
                _walk(expected[key], built[key], here, found, limit)
            if len(found) >= limit:
                return
        return
    if isinstance(expected, list) and isinstance(built, list) and len(expected) == len(built):
        for index, (want, have) in enumerate(zip(expected, built, strict=True)):
            _walk(want, have, f"{pointer}/{index}", found, limit)
        return
    if expected != built:
        found.append(pointer)
