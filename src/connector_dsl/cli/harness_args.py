"""Shared pieces of the harness commands (`call`, `values`, `trigger`).

Credentials come only from the environment and are never printed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from connector_dsl.errors import Diagnostic, InputError, Place


def add_harness_command(
    subparsers: Any,
    name: str,
    *,
    help: str,
    description: str,
    run: Callable[[argparse.Namespace], int],
    target: str = "operation",
    target_help: str | None = None,
) -> argparse.ArgumentParser:
    """Add a harness subcommand: the common options, then its `target` (an operationId).

    The caller adds what is its own to the parser it gets back.
    """
    parser: argparse.ArgumentParser = subparsers.add_parser(
        name, help=help, description=description
    )
    add_common(parser)
    parser.add_argument(target, metavar=target.upper(), help=target_help)
    parser.set_defaults(run=run)
    return parser


def add_common(parser: argparse.ArgumentParser) -> None:
    """The connector, base URL, inputs, credentials and output options."""
    parser.add_argument(
        "connector",
        metavar="MODULE:CLASS",
        help="e.g. aps_connectors.acc:ACC, a swagger file, or a connector folder",
    )
    parser.add_argument("--base-url", help="send here instead of the connector's host")
    parser.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an input; NAME:=JSON for a typed value; body properties as path/to/prop",
    )
    parser.add_argument(
        "--token-env", default="CONNECTOR_TOKEN", metavar="VAR", help="OAuth token variable"
    )
    parser.add_argument(
        "--api-key-env", default="CONNECTOR_API_KEY", metavar="VAR", help="API key variable"
    )
    parser.add_argument("--username-env", default="CONNECTOR_USERNAME", metavar="VAR")
    parser.add_argument("--password-env", default="CONNECTOR_PASSWORD", metavar="VAR")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    parser.add_argument("--json", action="store_true", help="print JSON")


def parse_params(items: list[str]) -> dict[str, Any]:
    """`name=value` (text) and `name:=json` (typed) pairs."""
    found: dict[str, Any] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name:
            msg = f"--param {item!r} is not NAME=VALUE or NAME:=JSON"
            raise InputError([Diagnostic("harness-input", msg, Place())])
        if name.endswith(":"):
            try:
                found[name[:-1]] = json.loads(value)
            except ValueError:
                msg = f"--param {name}= is not JSON: {value[:40]!r}"
                raise InputError([Diagnostic("harness-input", msg, Place())]) from None
        else:
            found[name] = value
    return found


def harness(args: argparse.Namespace) -> Any:
    """The `Harness` the arguments describe."""
    # Loaded here: every command's module is imported to list the commands.
    from connector_dsl.harness import Harness

    return Harness(
        args.connector,
        base_url=args.base_url,
        token=os.environ.get(args.token_env) or None,
        api_key=os.environ.get(args.api_key_env) or None,
        username=os.environ.get(args.username_env) or None,
        password=os.environ.get(args.password_env) or None,
        timeout=args.timeout,
    )


def dump_json(data: Any) -> None:
    """Print JSON data."""
    print(json.dumps(data, indent=2, ensure_ascii=False, default=str))


def show_findings(findings: Any, out: Any = None) -> None:
    """Print findings, one a line."""
    for found in findings:
        print(f"  {found.severity}: [{found.code}] {found.message}", file=out or sys.stdout)


def body_text(body: Any, limit: int = 4000) -> str:
    """A body as indented JSON (or text), cut at `limit` characters."""
    text = body if isinstance(body, str) else json.dumps(body, indent=2, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "\n... (cut; use --json for all)"
