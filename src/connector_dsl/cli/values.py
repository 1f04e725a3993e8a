"""`connector-dsl values MODULE:CLASS OPERATION PARAM [--param ...]`: a dropdown's choices."""

from __future__ import annotations

import argparse
from typing import Any

from connector_dsl.cli.exits import EXIT_OK
from connector_dsl.cli.harness_args import add_harness_command, dump_json, harness, parse_params


def register(subparsers: Any) -> None:
    """Add the `values` subcommand."""
    parser = add_harness_command(
        subparsers,
        "values",
        help="list the choices of a dropdown (dynamic values)",
        description=(
            "Call the operation behind an input's x-ms-dynamic-list / x-ms-dynamic-values "
            "with the inputs already chosen, and print the (value, title) pairs; "
            "--schema resolves x-ms-dynamic-properties / x-ms-dynamic-schema instead."
        ),
        run=run,
        target_help="the operationId of the action whose input it is",
    )
    parser.add_argument(
        "parameter", metavar="PARAM", help="the input (a body property as path/to/prop)"
    )
    parser.add_argument("--schema", action="store_true", help="resolve a dynamic schema")


def run(args: argparse.Namespace) -> int:
    """Print the choices (or the schema)."""
    chosen = parse_params(args.param)
    with harness(args) as tester:
        if args.schema:
            dump_json(tester.schema(args.operation, args.parameter, **chosen))
            return EXIT_OK
        pairs = tester.values(args.operation, args.parameter, **chosen)
    if args.json:
        dump_json([{"value": value, "title": title} for value, title in pairs])
    else:
        for value, title in pairs:
            print(f"{value}\t{title}")
    return EXIT_OK
