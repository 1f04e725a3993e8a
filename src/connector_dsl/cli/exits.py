"""The exit status of every `connector-dsl` command, and its table for `--help` and the docs."""

from __future__ import annotations

EXIT_OK = 0
"""The command did what was asked; a check found nothing at error level."""
EXIT_FINDINGS = 1
"""Findings at error level, a failed check (a breaking change, a failed call), or an
output that could not be written."""
EXIT_USAGE = 2
"""A usage error (an unknown command or option, a bad value) or an input that cannot be
read, loaded or converted."""
EXIT_INTERRUPTED = 130
"""Stopped with Ctrl-C."""
EXIT_INTERNAL = 70
"""A bug in connector-dsl: an unexpected exception, reported in one line (EX_SOFTWARE)."""

EXIT_CODES: tuple[tuple[int, str], ...] = (
    (EXIT_OK, "success; no error-level findings"),
    (EXIT_FINDINGS, "error-level findings or a failed check; or an output that cannot be written"),
    (EXIT_USAGE, "usage error, or an input that cannot be read, loaded or converted"),
    (EXIT_INTERNAL, "internal error: a bug in connector-dsl (please report it)"),
    (EXIT_INTERRUPTED, "interrupted (Ctrl-C)"),
)
"""Each exit status with its meaning, in the order the table lists them."""


def exit_code_table() -> str:
    """The table as the `--help` epilog shows it."""
    rows = "\n".join(f"  {code:<5}{meaning}" for code, meaning in EXIT_CODES)
    return f"exit status (every command):\n{rows}"
