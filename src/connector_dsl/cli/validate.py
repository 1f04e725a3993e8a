"""`connector-dsl validate PATH...`: check connectors offline, as certification does.

Every input that can be read is validated and reported, even when another cannot
be; the exit status is the worst one: 2 when an input cannot be read (or a
`module:Class` cannot be loaded), else 1 with error-level findings, else 0.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from connector_dsl.authoring.loading import load_connector
from connector_dsl.cli.console import Progress, progress_wanted, say, write_result
from connector_dsl.cli.exits import EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError, ConnectorError, Diagnostic, InputError, Place
from connector_dsl.suggest import did_you_mean
from connector_dsl.validate import validate
from connector_dsl.validate.config import find_pyproject, read_config
from connector_dsl.validate.finding import Finding
from connector_dsl.validate.inputs import Loaded, load
from connector_dsl.validate.profiles import PROFILES, Profile
from connector_dsl.validate.registry import RULES
from connector_dsl.validate.report import FORMATS, Format, render

if TYPE_CHECKING:
    from connector_dsl.compile.sourcemap import SourceMap

_FORMAT_HELP = (
    "text: findings grouped by file, then a count; json: an array of findings for "
    "tools; github: GitHub Actions annotations (::error file=...)"
)


def register(subparsers: Any) -> None:
    """Add the `validate` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "validate",
        help="check connectors offline the way Microsoft's certification does",
        description=(
            "Check each PATH offline with the rules of Microsoft's connector certification "
            "(rule ids as its tools name them), and print the findings with file, line and "
            "JSON pointer. A PATH that cannot be read is reported on stderr and the others "
            "are still checked. Settings can also live in pyproject.toml under "
            "[tool.connector-dsl.validate] (profile, disable, severity)."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="a swagger file, a connector folder (apiDefinition.swagger.json and "
        "apiProperties.json), or MODULE:CLASS",
    )
    profiles = "; ".join(f"{name}: {meaning}" for name, meaning in PROFILES.items())
    parser.add_argument(
        "--profile",
        choices=list(PROFILES),
        default=None,
        help=f"which rules run: {profiles} (default: the pyproject.toml profile, else custom)",
    )
    parser.add_argument(
        "--format", choices=list(FORMATS), default="text", dest="fmt", help=_FORMAT_HELP
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="ID",
        help="turn a rule off (repeat); the ids are in docs/validator-rules.md",
    )
    parser.set_defaults(run=run)


def _check_rules(rules: list[str]) -> None:
    """Raise `InputError` for each `--disable` id that is not a rule, with the nearest one."""
    unknown = [rule for rule in rules if rule not in RULES]
    if unknown:
        raise InputError(
            [
                Diagnostic(
                    "validate-unknown-rule",
                    f"{rule!r} is not a validator rule{did_you_mean(rule, RULES)} "
                    "(the ids are in docs/validator-rules.md)",
                    Place(file="--disable"),
                )
                for rule in unknown
            ]
        )


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
    """Validate every PATH; print findings; return the worst exit status."""
    config = read_config(find_pyproject(Path.cwd()))
    profile = cast(Profile, args.profile or config.profile or "custom")
    _check_rules(args.disable)
    disabled = set(config.disable) | set(args.disable)
    findings: list[Finding] = []
    unreadable = 0
    broken = False
    validated = 0
    enabled = progress_wanted(json_output=args.fmt == "json")
    with Progress("validating", len(args.paths), enabled=enabled) as progress:
        for path in args.paths:
            source_map: SourceMap | None = None
            problems: list[InputError] = []
            try:
                if _is_python_spec(path):
                    loaded, source_map = _load_python(path)
                else:
                    loaded = load(Path(path), problems=problems)
            except AuthoringError as error:  # the connector's own checks failed: its errors
                say(f"connector-dsl validate: {error}")
                broken = True
                progress.advance()
                continue
            except ConnectorError as error:
                say(f"connector-dsl validate: {error}")
                unreadable += 1
                progress.advance()
                continue
            for problem in problems:
                say(f"connector-dsl validate: {problem}")
            unreadable += bool(problems)
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
            progress.advance()
    if validated:
        text = render(findings, cast(Format, args.fmt))
        if args.fmt == "text":
            write_result(text)
        else:
            sys.stdout.write(text)
    if unreadable:
        if len(args.paths) > 1:
            say(
                f"connector-dsl validate: {unreadable} of {len(args.paths)} inputs could not "
                "be read in whole (see above); the findings of what could be read are reported"
            )
        return EXIT_USAGE
    has_errors = broken or any(f.severity == "error" for f in findings)
    return EXIT_FINDINGS if has_errors else EXIT_OK
