"""`connector-dsl import SOURCE -o connector.py`: any connector as connector-dsl Python.

SOURCE is a swagger 2.0 file (or a connector folder), an OpenAPI 3 spec or a
Postman collection; the format is seen from the content. Warnings go to stderr
with their place; the output file is written whole or not at all.

`apiProperties.json` (beside a swagger file, or made by the OpenAPI 3 / Postman
conversion) is declared on the connector class too. A client secret value in it
is never written into the generated code: it is left out with a warning naming
the file and JSON pointer.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

from connector_dsl.cli.console import Progress, progress_wanted, say
from connector_dsl.cli.exits import EXIT_OK
from connector_dsl.cli.output import write_atomic
from connector_dsl.document import SwaggerDocument
from connector_dsl.errors import ConnectorError, Diagnostic, InputError, Place
from connector_dsl.importers.misfits import misfits, settle_type_lists


def register(subparsers: Any) -> None:
    """Add the `import` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help="turn a swagger, OpenAPI 3 spec or Postman collection into Python",
        description="Write a connector-dsl module that builds the same connector.",
    )
    parser.add_argument(
        "source",
        type=Path,
        metavar="SOURCE",
        help="a swagger 2.0, OpenAPI 3 or Postman file (JSON or YAML), or a connector folder",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="FILE.py",
        help="the Python module to write (one file, so -o names a file here; build and "
        "convert write several files, so their -o names a folder)",
    )
    parser.add_argument(
        "--class-name",
        default="ImportedConnector",
        metavar="NAME",
        help="the name of the generated Connector class",
    )
    parser.add_argument(
        "--environment",
        type=Path,
        metavar="ENV.json",
        help="a Postman environment whose variables fill in the collection",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Read, convert when needed, generate; write nothing unless everything succeeded."""
    # Loaded here: every command's module is imported to list the commands.
    from connector_dsl.codegen import generate_module, try_format

    with Progress(f"reading {args.source}", 4, enabled=progress_wanted()) as progress:
        document, warnings, properties = read_source(args.source, args.environment)
        progress.advance("generating Python")
        definition = str(_definition_file(args.source))
        warnings.extend(settle_type_lists(document, definition))
        wrong = misfits(document, definition)
        if wrong:
            raise InputError(wrong)
        warnings.extend(secret_warnings(properties, _properties_file(args.source)))
        source = generate_module(
            document, class_name=args.class_name, api_properties=properties, format=False
        )
        progress.advance("formatting")
        source, unformatted = try_format(source)
        if unformatted is not None:
            message = f"the module is written unformatted ({unformatted}): run `ruff format` on it"
            place = Place(file=str(args.output))
            warnings.append(Diagnostic("import-unformatted", message, place, "warning"))
        for warning in warnings:
            say(f"connector-dsl import: {warning}")
        progress.advance("checking that the module builds the same connector")
        problems = verify(source, args.class_name, document, properties, args.source)
        if problems:
            raise ConnectorError(problems)
        write_atomic(args.output, source.encode("utf-8"))
    return EXIT_OK


def _definition_file(source: Path) -> Path:
    return source / "apiDefinition.swagger.json" if source.is_dir() else source


def verify(
    source: str,
    class_name: str,
    document: SwaggerDocument,
    properties: dict[str, Any] | None,
    input_path: Path,
) -> list[Diagnostic]:
    """One error per JSON pointer where the generated module's build differs from the input.

    The module is run once; the swagger is compared with the document read, and
    `apiProperties.json` (without client secret values) with the one read.
    """
    # Loaded here: every command's module is imported to list the commands.
    from connector_dsl.codegen import without_secrets
    from connector_dsl.codegen.verify import build_module, differences
    from connector_dsl.dump import to_data

    built = build_module(source, class_name, properties=properties is not None)
    message = (
        "the generated module builds a different value here than the input has, so"
        " nothing was written: this is a connector-dsl bug, please report it with this file"
    )
    swagger_file = input_path / "apiDefinition.swagger.json" if input_path.is_dir() else input_path
    pairs = [(str(swagger_file), to_data(document), built.swagger)]
    if properties is not None:
        expected = without_secrets(properties)
        pairs.append((_properties_file(input_path), expected, built.properties))
    return [
        Diagnostic("import-not-exact", message, Place(file=file, pointer=pointer))
        for file, expected, have in pairs
        for pointer in differences(expected, have)
    ]


def _properties_file(source: Path) -> str:
    folder = source if source.is_dir() else source.parent
    return str(folder / "apiProperties.json")


def secret_warnings(properties: dict[str, Any] | None, file: str) -> list[Diagnostic]:
    """One warning per client secret value that the generated code leaves out."""
    from connector_dsl.codegen import secret_pointers  # loaded on use, as in `run`

    if properties is None:
        return []
    message = (
        "a client secret was found and is not written into the generated code: give it to"
        " the platform when creating the connector (paconn create --secret)"
    )
    return [
        Diagnostic("import-secret-dropped", message, Place(file=file, pointer=pointer), "warning")
        for pointer in secret_pointers(properties)
    ]


def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def _unavailable(kind: str, file: str) -> InputError:
    msg = f"this is a {kind}, and this installation has no converter for it"
    return InputError([Diagnostic("input-format", msg, Place(file=file))])


def read_source(
    path: Path, environment: Path | None = None
) -> tuple[SwaggerDocument, list[Diagnostic], dict[str, Any] | None]:
    """The document of any supported input, with warnings and `apiProperties.json` data."""
    from connector_dsl.importers.reading import read_file  # loaded on use, as in `run`

    target = path / "apiDefinition.swagger.json" if path.is_dir() else path
    loaded = read_file(target)
    swagger = _module("connector_dsl.importers.swagger")
    kind = swagger.detect_format(loaded.data, file=loaded.file) if swagger else _guess(loaded.data)
    if kind == "swagger2":
        if swagger is not None:
            imported = swagger.import_swagger(loaded)
            return imported.document, list(imported.warnings), imported.api_properties
        document = SwaggerDocument.model_validate(loaded.data, context={"lenient": True})
        return document, list(loaded.warnings), None
    if kind == "openapi3":
        module = _module("connector_dsl.importers.openapi3")
        if module is None:
            kind_name = "OpenAPI 3 document"
            raise _unavailable(kind_name, loaded.file)
        conversion = module.convert_openapi3(loaded.data, source=loaded.file)
    else:
        module = _module("connector_dsl.importers.postman")
        if module is None:
            kind_name = "Postman collection"
            raise _unavailable(kind_name, loaded.file)
        env = read_file(environment).data if environment is not None else None
        conversion = module.convert_postman(loaded.data, source=loaded.file, environment=env)
    warnings = [*loaded.warnings, *conversion.warnings]
    return conversion.document, warnings, conversion.api_properties


def _guess(data: Any) -> str:
    if isinstance(data, dict) and "openapi" in data:
        return "openapi3"
    if isinstance(data, dict) and "item" in data:
        return "postman"
    return "swagger2"
