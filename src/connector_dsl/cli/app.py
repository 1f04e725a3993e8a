"""The `connector-dsl` command line: `main` and the whole parser.

Each subcommand lives in its own module with `register(subparsers)`, which adds
its parser and sets `run`, a function of the parsed arguments that returns the
exit code (`connector_dsl.cli.exits`). `parser()` builds the whole parser (the docs
generate the CLI reference from it). Errors of the `ConnectorError` family are
printed without a traceback; stdout carries only the result. Any other exception is
a bug: one line on stderr and exit 70, or the traceback with `CONNECTOR_DSL_DEBUG=1`.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import importlib
import os
import sys
from collections.abc import Sequence

from connector_dsl.cli.console import COLOR_CHOICES, configure, say
from connector_dsl.cli.exits import (
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_USAGE,
    exit_code_table,
)
from connector_dsl.cli.parsing import CommandParser, parse
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
    "connector_dsl.cli.new",
)
"""Modules that each register one subcommand, in the order `--help` lists them."""

_COLOR_HELP = (
    "colour in messages and text output: auto colours a terminal unless NO_COLOR is set; "
    "always and never override NO_COLOR"
)


def parser() -> CommandParser:
    """The argument parser with every subcommand (an `argparse.ArgumentParser`)."""
    from connector_dsl import __version__

    top = CommandParser(
        prog="connector-dsl",
        description="Build, import, validate and try Power Platform custom connectors.",
        epilog=exit_code_table(),
    )
    top.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}", help="print the version"
    )
    top.add_argument("--color", choices=COLOR_CHOICES, default="auto", help=_COLOR_HELP)
    subparsers = top.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands"
    )
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    for command in top.subcommands().values():
        _finish(command)
    return top


def _finish(command: argparse.ArgumentParser) -> None:
    """What every subcommand has: `--color` (also after the command) and the exit codes."""
    command.add_argument(
        "--color",
        choices=COLOR_CHOICES,
        default=argparse.SUPPRESS,
        help=f"{_COLOR_HELP} (default: auto)",
    )
    if command.epilog is None:
        command.epilog = exit_code_table()


DEBUG_VARIABLE = "CONNECTOR_DSL_DEBUG"
"""Set to 1 to let an unexpected exception end in its traceback instead of one line."""

_MESSAGE_CHARACTERS = 500
"""The most characters of an unexpected exception's message that its one line shows."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code (70 for a bug in connector-dsl)."""
    try:
        return _run(argv)
    except Exception as error:
        if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
            raise
        say(internal_error_line(error))
        return EXIT_INTERNAL


def internal_error_line(error: BaseException) -> str:
    """The one line that reports an unexpected exception (its type and message)."""
    message = " ".join(str(error).split())
    if len(message) > _MESSAGE_CHARACTERS:
        message = message[: _MESSAGE_CHARACTERS - 1] + "…"
    what = f"{type(error).__name__}: {message}" if message else type(error).__name__
    return (
        f"connector-dsl: internal error: {what} — please report it, with the command "
        f"({DEBUG_VARIABLE}=1 shows the traceback)"
    )


def _run(argv: Sequence[str] | None) -> int:
    args = parse(parser(), argv)
    configure(args.color)
    try:
        code: int = args.run(args)
        sys.stdout.flush()
    except ConnectorError as error:
        say(f"connector-dsl {args.command}: {error}")
        return EXIT_USAGE if _unreadable(error) else EXIT_FINDINGS
    except OSError as error:
        if error.errno not in _STDOUT_ERRORS:
            raise
        _silence_stdout()
        reason = error.strerror or type(error).__name__
        say(
            f'connector-dsl {args.command}: File "<stdout>": error [output-unwritable] '
            f"the output was not written whole ({reason}); write it to a file instead"
        )
        return EXIT_FINDINGS
    except KeyboardInterrupt:  # pragma: no cover
        return EXIT_INTERRUPTED
    finally:
        configure("auto")
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
