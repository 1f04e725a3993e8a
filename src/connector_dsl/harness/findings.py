"""What the harness finds, and the one error it raises.

Findings are the project's `Diagnostic`s: a code, a message that says what to
do, and a place (a JSON pointer into the swagger, the response body or the
notification). `HarnessError` carries them when a call cannot go on.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from connector_dsl.errors import ConnectorError, Diagnostic, Place, Severity

Code = Literal[
    "harness-operation",
    "harness-input",
    "harness-timeout",
    "harness-connect",
    "harness-transport",
    "harness-redirect",
    "harness-too-large",
    "harness-status",
    "harness-undeclared-status",
    "harness-not-json",
    "harness-schema",
    "harness-not-simulated",
    "harness-script",
    "harness-policy",
    "harness-dynamic",
    "harness-webhook",
    "harness-notification",
    "harness-polling",
]


class HarnessError(ConnectorError, RuntimeError):
    """A call could not be made, or its result cannot be used; the findings say why."""


def finding(
    code: Code,
    message: str,
    *,
    pointer: str | None = None,
    python: str | None = None,
    file: str | None = None,
    severity: Severity = "error",
) -> Diagnostic:
    """One harness finding."""
    place = Place(file=file, python=python, pointer=pointer)
    return Diagnostic(code=code, message=message, place=place, severity=severity)


def errors(findings: Iterable[Diagnostic]) -> list[Diagnostic]:
    """The error-level findings."""
    return [f for f in findings if f.severity == "error"]


MIN_SECRET = 4
"""Shorter secrets are not scrubbed: replacing single letters would garble every message."""


def scrub(text: str, secrets: Iterable[str]) -> str:
    """`text` with every secret (of `MIN_SECRET` characters or more) replaced by `***`."""
    for secret in sorted({s for s in secrets if len(s) >= MIN_SECRET}, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def scrub_all(findings: Iterable[Diagnostic], secrets: Iterable[str]) -> list[Diagnostic]:
    """Findings whose messages name no secret."""
    kept = [s for s in secrets if len(s) >= MIN_SECRET]
    return [
        Diagnostic(d.code, scrub(d.message, kept), d.place, d.severity) if kept else d
        for d in findings
    ]
