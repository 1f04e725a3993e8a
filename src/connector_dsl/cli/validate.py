"""`connector-dsl validate PATH...`: check connectors offline, as certification does.

Exit status: 0 without errors, 1 with error-level findings, 2 when an input cannot
be read (or a `module:Class` cannot be loaded yet).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from connector_dsl.authoring.loading import load_connector
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError, ConnectorError
from connector_dsl.validate import validate
from connector_dsl.validate.config import find_pyproject, read_config
from connector_dsl.validate.finding import Finding
from connector_dsl.validate.inputs import Loaded, load
from connector_dsl.validate.profiles import PROFILES, Profile
from connector_dsl.validate.report import FORMATS, Format, render

if TYPE_CHECKING:
    from connector_dsl.compile.sourcemap import SourceMap

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


def register(subparsers: Any) -> None:
    """Add the `validate` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate", help="check connectors offline the way Microsoft's certification does"
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="swagger file, connector folder, or module:Class"
    )
    parser.add_argument("--profile", choices=list(PROFILES), default=None)
    parser.add_argument("--format", choices=list(FORMATS), default="text", dest="fmt")
    parser.add_argument(
        "--disable", action="append", default=[], metavar="ID", help="turn a rule off (repeat)"
    )
    parser.set_defaults(run=run)


def _is_python_spec(path: str) -> bool:
    if Path(path).exists():
        return False
    head, _, tail = path.rpartition(":")
    return bool(head) and tail.isidentifier()


def _load_python(spec: str) -> tuple[Loaded, SourceMap]:
    """Build a Python connector (swagger and apiProperties) for validation, with its source map."""
    # Imported here, not above: validating swagger files does not load the compiler.
    from connector_dsl.compile import compiled
    from connector_dsl.compile.package import api_properties

    connector = load_connector(spec)
    built = compiled(connector)
    properties = to_data(api_properties(connector))
    loaded = Loaded(to_data(built.document), properties, spec, None, None, None)
    return loaded, built.source_map


def run(args: argparse.Namespace) -> int:
    """Validate every PATH; print findings; return the exit status."""
    config = read_config(find_pyproject(Path.cwd()))
    profile = cast(Profile, args.profile or config.profile or "custom")
    disabled = set(config.disable) | set(args.disable)
    findings: list[Finding] = []
    unreadable = False
    broken = False
    validated = 0
    for path in args.paths:
        source_map: SourceMap | None = None
        try:
            if _is_python_spec(path):
                loaded, source_map = _load_python(path)
            else:
                loaded = load(Path(path))
        except AuthoringError as error:  # the connector's own checks failed: its errors
            print(f"connector-dsl validate: {error}", file=sys.stderr)
            broken = True
            continue
        except ConnectorError as error:
            print(f"connector-dsl validate: {error}", file=sys.stderr)
            unreadable = True
            continue
        validated += 1
        findings += validate(
            loaded.swagger,
            api_properties=loaded.properties,
            profile=profile,
            disabled=disabled,
            severities=config.severity,
            source=loaded.source,
            locate=loaded.locate,
            properties_source=loaded.properties_source,
            locate_properties=loaded.locate_properties,
            python=source_map,
        )
    if validated:
        sys.stdout.write(render(findings, cast(Format, args.fmt)))
    if unreadable:
        return EXIT_UNREADABLE
    has_errors = broken or any(f.severity == "error" for f in findings)
    return EXIT_ERRORS if has_errors else EXIT_OK
