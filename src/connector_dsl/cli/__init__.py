"""The `connector-dsl` command line.

Each subcommand lives in its own module with `register(subparsers)`, which adds
its parser and sets `run`, a function of the parsed arguments that returns the
exit code. Errors of the `ConnectorError` family are printed without a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
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
        sys.stdout.flush()
    except ConnectorError as error:
        print(f"connector-dsl {args.command}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE if _unreadable(error) else EXIT_ERROR
    except OSError as error:
        if error.errno not in _STDOUT_ERRORS:
            raise
        _silence_stdout()
        reason = error.strerror or type(error).__name__
        print(
            f'connector-dsl {args.command}: File "<stdout>": error [output-unwritable] '
            f"the output was not written whole ({reason}); write it to a file instead",
            file=sys.stderr,
        )
        return EXIT_ERROR
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    return code


_STDOUT_ERRORS = frozenset({errno.EPIPE, errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG})
"""Errors of writing stdout (a closed pipe, a full disk): a clean message, exit 1."""


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _unreadable(error: ConnectorError) -> bool:

    return isinstance(error, InputError)
