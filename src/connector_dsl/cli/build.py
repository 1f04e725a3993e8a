"""`connector-dsl build MODULE:CLASS [-o DIR]`: the swagger, or the whole package."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from connector_dsl.authoring.loading import load_connector
from connector_dsl.cli.output import emit, write_files
from connector_dsl.dump import dumps, to_data


def register(subparsers: Any) -> None:
    """Add the `build` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "build",
        help="build a connector written in Python",
        description=(
            "Print the connector's swagger, or write its whole package (swagger, "
            "apiProperties.json, settings.json, readme.md, icon, script) with -o. "
            "The `custom` validation profile runs first; errors stop the build."
        ),
    )
    parser.add_argument(
        "connector", metavar="MODULE:CLASS", help="e.g. aps_connectors.acc:ACC or path/file.py:ACC"
    )
    parser.add_argument("-o", "--output", type=Path, help="write the connector package here")
    parser.add_argument("--indent", type=int, choices=(2, 4), default=2)
    parser.add_argument(
        "--no-validate", action="store_true", help="write even when validation finds errors"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build; write nothing unless everything succeeded."""
    connector = load_connector(args.connector)
    if args.output is None:
        document = connector.build()
        if not args.no_validate and not _valid(to_data(document), None):
            return 1
        emit(dumps(document, indent=args.indent))
        return 0
    files = connector.files(indent=args.indent)
    if not args.no_validate:
        import orjson

        swagger = orjson.loads(files["apiDefinition.swagger.json"])
        properties = orjson.loads(files["apiProperties.json"])
        if not _valid(swagger, properties):
            return 1
    write_files(args.output, files)
    return 0


def _valid(swagger: Any, properties: Any) -> bool:
    """Run the `custom` profile; print findings to stderr; False when there are errors."""
    try:
        from connector_dsl.validate import validate
    except ImportError:  # pragma: no cover - the validator ships with the package
        return True
    findings = validate(swagger, api_properties=properties, profile="custom")
    errors = [f for f in findings if f.severity == "error"]
    for finding in findings:
        print(f"connector-dsl build: {finding}", file=sys.stderr)
    if errors:
        print(
            f"connector-dsl build: {len(errors)} validation error(s); nothing was written "
            "(--no-validate writes anyway)",
            file=sys.stderr,
        )
    return not errors
