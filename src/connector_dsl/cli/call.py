"""`connector-dsl call MODULE:CLASS OPERATION --base-url URL [--param name=value ...]`."""

from __future__ import annotations

import argparse
from typing import Any

from connector_dsl.cli.exits import EXIT_FINDINGS, EXIT_OK
from connector_dsl.cli.harness_args import (
    add_harness_command,
    body_text,
    dump_json,
    harness,
    parse_params,
    show_findings,
)


def register(subparsers: Any) -> None:
    """Add the `call` subcommand."""
    add_harness_command(
        subparsers,
        "call",
        help="call one operation against a live URL",
        description=(
            "Build the request as Power Platform would (parameters, encoding, auth, policy "
            "templates), send it, and check the answer against the declared responses. "
            "The token is read from --token-env and never printed."
        ),
        run=run,
        target_help="the operationId",
    )


def run(args: argparse.Namespace) -> int:
    """Call; exit 1 when the answer is not 2xx or has error findings."""
    params = parse_params(args.param)
    with harness(args) as tester:
        result = tester.call_with(args.operation, params)
    if args.json:
        dump_json(result.to_json())
    else:
        print(f"{result.method} {result.url}")
        status = "no answer" if result.status is None else f"{result.status} {result.reason}"
        print(f"-> {status}")
        if result.findings:
            print("findings:")
            show_findings(result.findings)
        if result.body is not None:
            print(body_text(result.body))
    return EXIT_OK if result.ok else EXIT_FINDINGS
