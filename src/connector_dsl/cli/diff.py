"""`connector-dsl diff OLD NEW`: the changes between two versions of a connector.

Each side is a swagger file, a connector folder, `MODULE:CLASS`, or `REV:PATH`
(read with `git show`). Exit status: 0 without breaking changes, 1 with some,
2 when a side cannot be read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, cast

from connector_dsl.cli.console import write_result
from connector_dsl.cli.exits import EXIT_FINDINGS, EXIT_OK
from connector_dsl.diff import diff, load_side
from connector_dsl.diff.config import read_allowed, unknown_rule
from connector_dsl.diff.report import FORMATS, Format, render
from connector_dsl.diff.rules import DIFF_RULES
from connector_dsl.errors import InputError, Place
from connector_dsl.suggest import did_you_mean
from connector_dsl.validate.config import find_pyproject


def register(subparsers: Any) -> None:
    """Add the `diff` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "diff",
        help="list the changes between two versions and fail on breaking ones",
        description=(
            "Compare two versions of a connector and list what changed, each change "
            "classed as breaking (flows built on OLD stop working with NEW) or not. "
            "Exit status 1 when a change is breaking."
        ),
    )
    for name in ("old", "new"):
        parser.add_argument(
            name,
            metavar=name.upper(),
            help="swagger file, connector folder, MODULE:CLASS, or REV:PATH (git)",
        )
    parser.add_argument(
        "--format",
        choices=list(FORMATS),
        default="text",
        dest="fmt",
        help="text: one change a line; json: an array of changes; github: GitHub Actions "
        "annotations; markdown: a table for a pull request comment",
    )
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="RULE",
        help="do not report this rule (repeat); also `allow` in [tool.connector-dsl.diff]",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Compare the two sides, print the changes, return the exit status."""
    unknown = [rule for rule in args.allow if rule not in DIFF_RULES]
    if unknown:
        raise InputError(
            [unknown_rule(rule, Place(file="--allow"), _hint(rule)) for rule in unknown]
        )
    allowed = read_allowed(find_pyproject(Path.cwd()), _hint) | set(args.allow)
    problems: list[Any] = []
    sides = []
    for spec in (args.old, args.new):
        try:
            sides.append(load_side(spec))
        except InputError as error:
            problems.extend(error.diagnostics)
    if problems:
        raise InputError(problems)
    changes = diff(sides[0], sides[1], allowed=allowed)
    text = render(changes, cast(Format, args.fmt))
    if args.fmt == "text":
        write_result(text)
    else:
        sys.stdout.write(text)
    return EXIT_FINDINGS if any(c.severity == "breaking" for c in changes) else EXIT_OK


def _hint(rule: str) -> str:
    return did_you_mean(rule, DIFF_RULES)
