"""The `connector-dsl` command line.

Each subcommand lives in its own module with `register(subparsers)`, which adds
its parser and sets `run`, a function of the parsed arguments that returns the
exit code. Errors of the `ConnectorError` family are printed without a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from connector_dsl.errors import ConnectorError, InputError

COMMANDS = (
    "connector_dsl.cli.build",
    "connector_dsl.cli.convert",
    "connector_dsl.cli.validate",
    "connector_dsl.cli.diff",
    "connector_dsl.cli.importing",
    "connector_dsl.cli.call",
    "connector_dsl.cli.values",
    "connector_dsl.cli.trigger",
)
"""Modules that each register one subcommand, in the order `--help` lists them."""

EXIT_ERROR = 1
EXIT_UNREADABLE = 2


def parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand."""
    top = argparse.ArgumentParser(
        prog="connector-dsl",
        description="Build, import, validate and try Power Platform custom connectors.",
    )
    subparsers = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = parser().parse_args(argv)
    try:
        code: int = args.run(args)
    except ConnectorError as error:
        print(f"connector-dsl {args.command}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE if _unreadable(error) else EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    return code


def _unreadable(error: ConnectorError) -> bool:

    return isinstance(error, InputError)
