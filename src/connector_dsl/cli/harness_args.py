"""Shared pieces of the harness commands (`call`, `values`, `trigger`).

Credentials come only from the environment and are never printed.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import sys
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from connector_dsl.errors import Diagnostic, InputError, Place
from connector_dsl.importers.limits import check_values, parse_int


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
    parser.add_argument(
        "--base-url", metavar="URL", help="send here instead of the connector's host"
    )
    parser.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="an input; NAME:=JSON for a typed value; body properties as path/to/prop",
    )
    parser.add_argument(
        "--token-env",
        default="CONNECTOR_TOKEN",
        metavar="VAR",
        help="the environment variable holding the OAuth access token",
    )
    parser.add_argument(
        "--api-key-env",
        default="CONNECTOR_API_KEY",
        metavar="VAR",
        help="the environment variable holding the API key",
    )
    parser.add_argument(
        "--username-env",
        default="CONNECTOR_USERNAME",
        metavar="VAR",
        help="the environment variable holding the basic-auth user name",
    )
    parser.add_argument(
        "--password-env",
        default="CONNECTOR_PASSWORD",
        metavar="VAR",
        help="the environment variable holding the basic-auth password",
    )
    parser.add_argument(
        "--timeout",
        type=timeout_seconds,
        default=30.0,
        help="seconds for each whole request, headers and body included",
    )
    parser.add_argument("--json", action="store_true", help="print the result as JSON")


MAX_TIMEOUT = 24 * 3600.0
"""The longest `--timeout` taken, in seconds (a day)."""


def timeout_seconds(text: str) -> float:
    """An argparse type: a finite number of seconds above 0 and at most `MAX_TIMEOUT`."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not 0 < value <= MAX_TIMEOUT:
        msg = f"{text!r} is not a number of seconds above 0 and at most {MAX_TIMEOUT:.0f}"
        raise argparse.ArgumentTypeError(msg)
    return value


def check_base_url(url: str | None) -> None:
    """Raise `InputError` unless `url` is an absolute http(s) URL with a host."""
    if url is None:
        return
    reason = "it needs http:// or https://, a host, and no spaces or control characters"
    try:
        parts = urlsplit(url)
        usable = parts.scheme in ("http", "https") and bool(parts.hostname)
        usable = usable and parts.port != -1 and url.isprintable() and " " not in url
    except ValueError as error:
        usable, reason = False, str(error)
    if not usable:
        msg = f"{url[:80]!r} is not a URL the harness can send to ({reason}): fix it"
        raise InputError([Diagnostic("harness-input", msg, Place(python="--base-url"))])


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
                found[name[:-1]] = json.loads(value, parse_int=parse_int)
            except (ValueError, RecursionError):
                msg = f"--param {name}= is not JSON: {value[:40]!r}"
                raise InputError([Diagnostic("harness-input", msg, Place())]) from None
            check_values(found[name[:-1]], functools.partial(_param_place, f"--param {name}="))
        else:
            found[name] = value
    return found


def _param_place(option: str, pointer: str) -> Place:
    return Place(python=option, pointer=pointer)


def harness(args: argparse.Namespace) -> Any:
    """The `Harness` the arguments describe."""
    # Loaded here: every command's module is imported to list the commands.
    from connector_dsl.harness import Harness

    check_base_url(args.base_url)
    variables = (args.token_env, args.api_key_env, args.username_env, args.password_env)
    check_credentials(variables)
    made = Harness(
        args.connector,
        base_url=args.base_url,
        token=os.environ.get(args.token_env) or None,
        api_key=os.environ.get(args.api_key_env) or None,
        username=os.environ.get(args.username_env) or None,
        password=os.environ.get(args.password_env) or None,
        timeout=args.timeout,
    )
    if made.script_off is not None:
        print(f"connector-dsl: {made.script_off}", file=sys.stderr)
    return made


def check_credentials(variables: tuple[str, ...]) -> None:
    """Raise `InputError` for each credential variable holding a control character; the
    message names the variable and the character, never the value."""
    found: list[Diagnostic] = []
    for variable in variables:
        value = os.environ.get(variable) or ""
        bad = next((c for c in value if c < " " or c == "\x7f"), None)
        if bad is not None:
            hint = " (a file saved with Windows line endings ends in one)" if bad == "\r" else ""
            msg = (
                f"the value holds a control character (U+{ord(bad):04X}){hint}; nothing was "
                "sent: remove it from the variable"
            )
            found.append(Diagnostic("harness-input", msg, Place(python=f"${variable}")))
    if found:
        raise InputError(found)


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
