"""`connector-dsl convert SOURCE [-o DIR] [--environment ENV.json]`.

Reads a swagger 2.0 file or connector folder, an OpenAPI 3 spec or a Postman
collection, and prints the connector's swagger, or writes its files with -o.
Warnings go to stderr, one a line, each with its place.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from connector_dsl.cli.console import Progress, progress_wanted, say
from connector_dsl.cli.exits import EXIT_OK, EXIT_USAGE
from connector_dsl.cli.output import emit, write_package
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import dumps
from connector_dsl.errors import Diagnostic, InputError, Place
from connector_dsl.importers.reading import Loaded, read_file
from connector_dsl.importers.swagger import (
    DEFINITION_FILE,
    PROPERTIES_FILE,
    detect_format,
    import_swagger,
    read_swagger,
)
from connector_dsl.package.secrets import without_client_secrets


def register(subparsers: Any) -> None:
    """Add the `convert` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "convert",
        help="import a swagger 2.0, OpenAPI 3 or Postman file as a connector",
        description=(
            "Print the connector's swagger, or write apiDefinition.swagger.json "
            "(and apiProperties.json) into DIR with -o."
        ),
    )
    parser.add_argument(
        "source",
        metavar="SOURCE",
        type=Path,
        help="a swagger 2.0, OpenAPI 3 or Postman file (JSON or YAML), or a connector folder",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="write apiDefinition.swagger.json (and apiProperties.json) into this folder "
        "(all files or none) instead of printing the swagger to stdout",
    )
    parser.add_argument(
        "--environment",
        type=Path,
        metavar="ENV.json",
        help="a Postman environment whose variables fill in the collection",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that holds other files or another connector's package",
    )
    parser.set_defaults(run=run)


Imported = tuple[SwaggerDocument, dict[str, Any] | None, list[Diagnostic]]
"""The swagger document, apiProperties.json data when there is some, and the warnings."""


def run(args: argparse.Namespace) -> int:
    """Convert; write nothing unless everything succeeded."""
    with Progress(f"converting {args.source}", 2, enabled=progress_wanted()) as progress:
        imported = _import(args.source, args.environment)
        if imported is None:
            return EXIT_USAGE
        progress.advance("writing the swagger")
        document, properties, warnings = imported
        properties_file = _properties_file(args.source)
        properties, dropped = without_client_secrets(properties)
        warnings.extend(_secret_warning(properties_file, where) for where in dropped)
        _report(warnings)
        files = {DEFINITION_FILE: dumps(document)}
        if properties is not None:
            files[PROPERTIES_FILE] = dumps(properties)
    # The bar is gone before the output starts: stdout may be the same terminal.
    if args.output is None:
        emit(files[DEFINITION_FILE])
    else:
        modes = {PROPERTIES_FILE: _kept_mode(Path(properties_file))}
        write_package(args.output, files, force=args.force, modes=modes)
    return EXIT_OK


def _properties_file(source: Path) -> str:
    folder = source if source.is_dir() else source.parent
    return str(folder / PROPERTIES_FILE)


def _secret_warning(file: str, where: str) -> Diagnostic:
    msg = (
        "a client secret was found and is not written to the output: give it to the "
        "platform when creating the connector (paconn create --secret)"
    )
    return Diagnostic("convert-secret-dropped", msg, Place(file=file, pointer=where), "warning")


def _kept_mode(source: Path) -> int:
    """The new file's mode, no more open than the input's (a 0600 file stays 0600)."""
    mask = os.umask(0)
    os.umask(mask)
    mode = 0o666 & ~mask
    try:
        return mode & source.stat().st_mode & 0o777
    except OSError:
        return mode


def _import(source: Path, environment_file: Path | None) -> Imported | None:
    if source.is_dir():
        connector = read_swagger(source)
        return connector.document, connector.api_properties, connector.warnings
    loaded = read_file(source)
    kind = detect_format(loaded.data, file=loaded.file)
    if kind == "swagger2":
        connector = import_swagger(loaded)
        return connector.document, connector.api_properties, connector.warnings
    refs = loaded.external_refs()
    if refs:
        raise InputError(refs)
    converter = _converter(kind)
    if converter is None:
        say(
            f"connector-dsl convert: {source}: {kind} documents cannot be converted yet "
            f"(connector_dsl.importers.{kind} is not installed); convert it to swagger 2.0 "
            "with another tool first"
        )
        return None
    environment = _environment(environment_file)
    conversion = _convert(converter, kind, loaded, environment)
    properties: dict[str, Any] | None = getattr(conversion, "api_properties", None)
    located = [_locate(warning, loaded) for warning in conversion.warnings]
    return conversion.document, properties, [*loaded.warnings, *located]


def _locate(warning: Diagnostic, loaded: Loaded) -> Diagnostic:
    """Add the line and column of a converter's warning that names only a source pointer."""
    place = warning.place
    if place.pointer is None or place.line is not None or place.file not in (None, loaded.file):
        return warning
    located = loaded.place(place.pointer)
    return replace(warning, place=replace(located, python=place.python))


def _converter(kind: str) -> Callable[..., Any] | None:
    module_name = f"connector_dsl.importers.{kind}"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return None
    function: Callable[..., Any] | None = getattr(module, f"convert_{kind}", None)
    return function


def _convert(
    converter: Callable[..., Any],
    kind: str,
    loaded: Loaded,
    environment: dict[str, Any] | None,
) -> Any:
    if kind == "postman":
        return converter(loaded.data, source=loaded.file, environment=environment)
    return converter(loaded.data, source=loaded.file)


def _environment(path: Path | None) -> dict[str, Any] | None:
    if path is None:
        return None
    loaded = read_file(path)
    if not isinstance(loaded.data, dict):
        msg = "a Postman environment must be a JSON object; export it again from Postman"
        place = Place(file=loaded.file, line=1, column=1, pointer="")
        raise InputError([Diagnostic(code="input-format", message=msg, place=place)])
    _report(loaded.warnings)
    data: dict[str, Any] = loaded.data  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    return data


def _report(warnings: Iterable[Diagnostic]) -> None:
    for warning in warnings:
        say(f"connector-dsl convert: {warning}")
