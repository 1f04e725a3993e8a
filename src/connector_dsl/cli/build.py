"""`connector-dsl build MODULE:CLASS [-o DIR]`: the swagger, or the whole package."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from connector_dsl.authoring.loading import load_connector
from connector_dsl.cli.output import emit, write_files
from connector_dsl.dump import dumps


def register(subparsers: Any) -> None:
    """Add the `build` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "build",
        help="build a connector written in Python",
        description="Print the connector's swagger, or write its files with -o.",
    )
    parser.add_argument("connector", metavar="MODULE:CLASS", help="e.g. aps_connectors.acc:ACC")
    parser.add_argument("-o", "--output", type=Path, help="write the connector files here")
    parser.add_argument("--indent", type=int, choices=(2, 4), default=2)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build; write nothing unless everything succeeded."""
    connector = load_connector(args.connector)
    data = dumps(connector.build(), indent=args.indent)
    if args.output is None:
        emit(data)
    else:
        write_files(args.output, {"apiDefinition.swagger.json": data})
    return 0
