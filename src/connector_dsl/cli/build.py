"""`connector-dsl build MODULE:CLASS [-o DIR]`: the swagger, or the whole package."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from connector_dsl.authoring.loading import load_connector
from connector_dsl.cli.console import say
from connector_dsl.cli.exits import EXIT_FINDINGS, EXIT_OK
from connector_dsl.cli.output import emit, write_package
from connector_dsl.dump import dumps, to_data
from connector_dsl.validate import validate

if TYPE_CHECKING:
    from connector_dsl.compile.sourcemap import SourceMap


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
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write the whole package into this folder (all files or none) instead of "
        "printing the swagger to stdout",
    )
    parser.add_argument(
        "--indent", type=int, choices=(2, 4), default=2, help="spaces per level in the JSON"
    )
    parser.add_argument(
        "--no-validate", action="store_true", help="write even when validation finds errors"
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that holds other files or another connector's package",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Build; write nothing unless everything succeeded."""
    # Imported here, not above: every command's module is imported to list the
    # commands, and the other commands should not pay for loading the compiler.
    from connector_dsl.compile import compiled
    from connector_dsl.compile.advice import connector_warnings
    from connector_dsl.package import package_files

    connector = load_connector(args.connector)
    for warning in connector_warnings(connector):
        say(f"connector-dsl build: {warning}")
    built = compiled(connector)
    if args.output is None:
        if not args.no_validate and not _valid(to_data(built.document), None, built.source_map):
            return EXIT_FINDINGS
        emit(dumps(built.document, indent=args.indent))
        return EXIT_OK
    files = package_files(connector, indent=args.indent, document=built.document)
    if not args.no_validate:
        swagger = orjson.loads(files["apiDefinition.swagger.json"])
        properties = orjson.loads(files["apiProperties.json"])
        if not _valid(swagger, properties, built.source_map):
            return EXIT_FINDINGS
    write_package(args.output, files, force=args.force)
    return EXIT_OK


def _valid(swagger: Any, properties: Any, source_map: SourceMap) -> bool:
    """Run the `custom` profile; print findings (at their Python place) to stderr.

    False when there are errors.
    """
    findings = validate(swagger, api_properties=properties, profile="custom", python=source_map)
    errors = [f for f in findings if f.severity == "error"]
    for finding in findings:
        say(f"connector-dsl build: {finding}")
    if errors:
        say(
            f"connector-dsl build: {len(errors)} validation error(s); nothing was written "
            "(--no-validate writes anyway)"
        )
    return not errors
