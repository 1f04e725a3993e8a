"""`connector-dsl trigger MODULE:CLASS TRIGGER [--param ...] [--wait SECONDS]`."""

from __future__ import annotations

import argparse
import time
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
    """Add the `trigger` subcommand."""
    parser = add_harness_command(
        subparsers,
        "trigger",
        help="fire a trigger: register a webhook and wait, or poll",
        description=(
            "A webhook trigger is registered with a callback URL on 127.0.0.1; the first "
            "notification is checked against x-ms-notification-content, then the hook is "
            "deleted. A polling trigger is polled --polls times, keeping its state."
        ),
        run=run,
        target="trigger",
        target_help="the trigger's operationId",
    )
    parser.add_argument("--wait", type=float, default=60.0, help="seconds to wait for an event")
    parser.add_argument("--polls", type=int, default=1, help="polls of a polling trigger")
    parser.add_argument("--interval", type=float, default=0.0, help="seconds between polls")


def run(args: argparse.Namespace) -> int:
    """Register and wait, or poll; exit 1 on error findings."""
    params = parse_params(args.param)
    with harness(args) as tester:
        if tester.is_webhook(args.trigger):
            return _webhook(tester, args, params)
        return _poll(tester, args, params)


def _webhook(tester: Any, args: argparse.Namespace, params: dict[str, Any]) -> int:
    with tester.webhook(args.trigger, wait=args.wait, **params) as hook:
        if not args.json:
            print(f"registered: {hook.registration.status}; waiting up to {args.wait:g} s")
        note = hook.wait()
    deleted = hook.unsubscribed
    if args.json:
        dump_json(
            {
                "registration": hook.registration.to_json(),
                "notification": note.body,
                "findings": [f"[{f.code}] {f.message}" for f in note.findings],
                "unsubscribed": None if deleted is None else deleted.to_json(),
            }
        )
    else:
        print("notification:")
        print(body_text(note.body))
        if note.findings:
            show_findings(note.findings)
        print(f"unsubscribed: {'no' if deleted is None else deleted.status}")
    return EXIT_OK if note.ok and (deleted is None or deleted.ok) else EXIT_FINDINGS


def _poll(tester: Any, args: argparse.Namespace, params: dict[str, Any]) -> int:
    poller = tester.poller(args.trigger, **params)
    code = EXIT_OK
    for index in range(max(args.polls, 1)):
        if index and args.interval:
            time.sleep(args.interval)
        found = poller.poll()
        failed = not found.result.ok and found.result.status != 202
        code = (
            EXIT_FINDINGS if failed or any(f.severity == "error" for f in found.findings) else code
        )
        if args.json:
            dump_json({"items": found.items, "result": found.result.to_json()})
        else:
            print(f"poll {index + 1}: {found.result.status}, {len(found.items)} item(s)")
            show_findings([*found.result.findings, *found.findings])
            for item in found.items:
                print(body_text(item, 1000))
    return code
