"""What the harness finds, and the one error it raises.

Findings are the project's `Diagnostic`s: a code, a message that says what to
do, and a place (a JSON pointer into the swagger, the response body or the
notification). `HarnessError` carries them when a call cannot go on.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import re
from collections.abc import Iterable
from typing import Literal
from urllib.parse import quote, quote_plus

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
    """`text` with every form of every secret (see `secret_forms`) replaced by `***`."""
    for form in secret_forms(tuple(sorted({s for s in secrets if len(s) >= MIN_SECRET}))):
        text = text.replace(form, "***")
    return text


@functools.lru_cache(maxsize=64)
def secret_forms(secrets: tuple[str, ...]) -> tuple[str, ...]:
    """Every way a secret can be printed, longest first: as it is, escaped as Python
    (`repr` of text and of header bytes) and JSON write it, percent-encoded (upper and
    lower hex, `+` for spaces) and base64 (standard and URL-safe, at each alignment)."""
    forms: set[str] = set()
    for secret in secrets:
        forms.update(_forms(secret))
    return tuple(sorted((f for f in forms if len(f) >= MIN_SECRET), key=len, reverse=True))


def _forms(secret: str) -> set[str]:
    raw = secret.encode("utf-8", "surrogatepass")
    found = {secret, repr(secret)[1:-1], json.dumps(secret)[1:-1]}
    found.add(json.dumps(secret, ensure_ascii=False)[1:-1])
    found.add(repr(raw)[2:-1])
    with contextlib.suppress(UnicodeEncodeError):
        found.add(repr(secret.encode("latin-1"))[2:-1])
    for encoded in (quote(raw, safe=""), quote_plus(raw, safe=""), quote(raw, safe="/:@")):
        found.update({encoded, _lower_hex(encoded)})
    for shift in range(3):
        for encode in (base64.b64encode, base64.urlsafe_b64encode):
            full = encode(b"\0" * shift + raw).decode("ascii")
            first = -(-8 * shift // 6)
            last = (8 * (shift + len(raw))) // 6
            middle = full[first:last]
            if len(middle) >= 2 * MIN_SECRET:
                found.add(middle)
    found.add(base64.b64encode(raw).decode("ascii"))
    return found


def _lower_hex(text: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group().lower(), text)


def scrub_all(findings: Iterable[Diagnostic], secrets: Iterable[str]) -> list[Diagnostic]:
    """Findings whose messages name no secret."""
    kept = [s for s in secrets if len(s) >= MIN_SECRET]
    return [
        Diagnostic(d.code, scrub(d.message, kept), d.place, d.severity) if kept else d
        for d in findings
    ]
