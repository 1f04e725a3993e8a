"""The `connector-dsl` command line.

`main` (the console script) and `parser()` live in `connector_dsl.cli.app` and are
loaded on first use (PEP 562), so that a connector module's `python -m` entry point
(`connector_dsl.cli.swagger.print_swagger`) does not load argparse and every command.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connector_dsl.cli.app import COMMANDS as COMMANDS
    from connector_dsl.cli.app import main as main
    from connector_dsl.cli.app import parser as parser

_LAZY = ("COMMANDS", "main", "parser")
"""Names loaded from `connector_dsl.cli.app` on first use."""


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module("connector_dsl.cli.app"), name)
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
