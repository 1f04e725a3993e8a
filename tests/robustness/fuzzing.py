"""A fuzzing campaign over the command line: mutated real inputs, hostile values, failing disks.

Each input is a mutation of a seed (corpus swaggers, APS OpenAPI 3 specs and Postman
collections from `../shared`, and small built-in documents when it is absent). Every
input goes through `convert` (stdout and `-o`), `validate` and `import`; a module
`import` wrote is then built with `build`. Each input also makes one `call` to a
misbehaving server on 127.0.0.1 (echoing, bad JSON, redirects, huge bodies) with a
random secret, which must not be printed in any form. Some `convert -o` runs fail on purpose
part way (a write or the swap raising `ENOSPC`), and the folder must then hold the
old package untouched.

An outcome is a success (exit 0), a clean error (exit 1 or 2 with findings, or a
message naming its place), an unplaced error (a message without a place), a
traceback (a bug: any exception out of `main`, or `main`'s own report of one, exit 70
with its "internal error" line) or a timeout (`TIMEOUT` seconds).
`python -m tests.robustness.fuzzing --inputs N` prints the counts per command and
the peak memory; `nox -s fuzz` runs a longer campaign.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import copy
import errno
import json
import os
import random
import resource
import shutil
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import yaml

from connector_dsl.cli import output
from connector_dsl.cli.exits import EXIT_INTERNAL
from connector_dsl.testing.oracles import shared_dir
from tests.robustness.drip import misbehaving
from tests.robustness.kit import BASE, Outcome, run

TIMEOUT = 20
"""Seconds one command may take on one input."""

HOSTILE_VALUES: list[Any] = [
    None,
    True,
    0,
    -1,
    5,
    2**63,
    2**64,
    -(2**63) - 1,
    1.5,
    1e308,
    "",
    "x",
    "\ud800",
    "a\udfffb",
    "\x00\x01\r\n\x7f",
    "\u202e\u0000'\"<script>{{x}}${x}",
    "é" * 40,
    [],
    {},
    ["query"],
    [["a"]],
    {"$ref": "#/definitions/Nope"},
    {"$ref": "http://example.com/x.json"},
    {"$ref": "#/definitions"},
    {"type": ["string", "null"]},
    {"in": ["query"], "name": {"a": 1}},
    "#/definitions/X",
]
"""Values put in place of real ones: wrong types, limits, surrogates, control characters."""


@dataclass
class Tally:
    """Counts per command."""

    inputs: Counter[str] = field(default_factory=Counter[str])
    success: Counter[str] = field(default_factory=Counter[str])
    clean: Counter[str] = field(default_factory=Counter[str])
    unplaced: Counter[str] = field(default_factory=Counter[str])
    tracebacks: Counter[str] = field(default_factory=Counter[str])
    timeouts: Counter[str] = field(default_factory=Counter[str])
    broken_packages: int = 0
    leaks: int = 0
    failures: list[tuple[str, str, str]] = field(default_factory=list[tuple[str, str, str]])

    def table(self) -> str:
        """The counts, one line per command."""
        head = f"{'command':<16}{'inputs':>8}{'success':>9}{'clean':>8}{'unplaced':>10}"
        head += f"{'traceback':>11}{'timeout':>9}"
        lines = [head]
        for command in sorted(self.inputs):
            lines.append(
                f"{command:<16}{self.inputs[command]:>8}{self.success[command]:>9}"
                f"{self.clean[command]:>8}{self.unplaced[command]:>10}"
                f"{self.tracebacks[command]:>11}{self.timeouts[command]:>9}"
            )
        return "\n".join(lines)


class _Timeout(Exception):
    pass


@contextlib.contextmanager
def _deadline(seconds: int) -> Iterator[None]:
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise _Timeout

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- seeds -------------------------------------------------------------------------------


def seeds(limit: int = 40, rng: random.Random | None = None) -> list[tuple[str, str, Any]]:
    """(kind, suffix, data) of real inputs from `../shared`, or built-in ones."""
    rng = rng or random.Random(0)
    found: list[tuple[str, str, Any]] = [("swagger", ".json", copy.deepcopy(BASE))]
    found.append(("openapi3", ".json", _small_openapi()))
    found.append(("postman", ".json", _small_postman()))
    shared = shared_dir()
    if shared is None:
        return found
    swaggers = sorted(shared.glob("corpus/*/*/apiDefinition.swagger.json"))
    for path in rng.sample(swaggers, min(limit, len(swaggers))):
        with contextlib.suppress(ValueError, OSError):
            found.append(("swagger", ".json", json.loads(path.read_text(encoding="utf-8-sig"))))
    for path in sorted(shared.glob("aps/openapi/**/*.yaml")):
        with contextlib.suppress(yaml.YAMLError, OSError):
            found.append(("openapi3", ".json", yaml.safe_load(path.read_text(encoding="utf-8"))))
    for path in sorted(shared.glob("aps/postman/*.json")):
        with contextlib.suppress(ValueError, OSError):
            found.append(("postman", ".json", json.loads(path.read_text(encoding="utf-8"))))
    return found


def _small_openapi() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Small", "version": "1"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": {
            "/a/{id}": {
                "post": {
                    "operationId": "PostA",
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/S"}}
                        }
                    },
                    "responses": {"200": {"description": "OK"}},
                }
            }
        },
        "components": {
            "schemas": {"S": {"type": "object", "properties": {"n": {"type": "integer"}}}},
            "securitySchemes": {
                "o": {
                    "type": "oauth2",
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": "https://x/a",
                            "tokenUrl": "https://x/t",
                            "scopes": {"r": "read"},
                        }
                    },
                }
            },
        },
    }


def _small_postman() -> dict[str, Any]:
    return {
        "info": {
            "name": "Small",
            "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json",
        },
        "item": [
            {
                "name": "Get thing",
                "request": {"method": "GET", "url": "{{baseUrl}}/things/:id?q=1"},
                "event": [{"listen": "test", "script": {"exec": ["pm.test('x')"]}}],
            },
            {
                "name": "Add thing",
                "request": {
                    "method": "POST",
                    "url": "{{baseUrl}}/things",
                    "body": {"mode": "raw", "raw": '{"a": 1}'},
                },
            },
        ],
        "variable": [{"key": "baseUrl", "value": "https://api.example.com"}],
    }


# --- mutations ---------------------------------------------------------------------------


def _slots(data: Any) -> list[tuple[Any, Any]]:
    """(container, key) of every value in `data`."""
    found: list[tuple[Any, Any]] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, child in value.items():
                found.append((value, key))
                stack.append(child)
        elif isinstance(value, list):
            for index, child in enumerate(value):
                found.append((value, index))
                stack.append(child)
    return found


def _nested(levels: int) -> Any:
    value: Any = {"type": "string"}
    for _ in range(levels):
        value = {"type": "object", "properties": {"p": value}}
    return value


def mutate(data: Any, rng: random.Random) -> Any:
    """A copy of `data` with 1 to 4 values swapped, deleted, nested or duplicated."""
    data = copy.deepcopy(data)
    slots = _slots(data)
    if not slots:
        return data
    for _ in range(rng.randint(1, 4)):
        container, key = rng.choice(slots)
        move = rng.random()
        if move < 0.55:
            container[key] = copy.deepcopy(rng.choice(HOSTILE_VALUES))
        elif move < 0.7 and isinstance(container, dict):
            container.pop(key, None)
        elif move < 0.8:
            container[key] = _nested(rng.choice([10, 30, 31, 33, 40]))
        elif move < 0.9 and isinstance(container, dict):
            container[str(rng.choice(HOSTILE_VALUES))[:20]] = container.get(key)
        else:
            container[key] = [copy.deepcopy(container[key])] * rng.randint(1, 3)
        slots = _slots(data) or slots
    return data


def encode(data: Any, rng: random.Random) -> bytes:
    """JSON text of `data`; now and then damaged at the byte level."""
    text = json.dumps(data, ensure_ascii=rng.random() < 0.5, allow_nan=True)
    raw = text.encode("utf-8", "surrogatepass")
    if rng.random() < 0.15 and raw:
        at = rng.randrange(len(raw))
        raw = raw[:at] + bytes([rng.choice(b'{}[],:"\\\x00\xff9e')]) + raw[at + 1 :]
    if rng.random() < 0.05:
        raw = raw[: rng.randrange(len(raw) + 1)]
    return raw


# --- running -----------------------------------------------------------------------------


INTERNAL_ERROR = "connector-dsl: internal error: "
"""How `main` starts the line that reports a bug (an unexpected exception)."""


def is_internal_error(outcome: Outcome) -> bool:
    """Whether `main` caught an unexpected exception: exit 70 and its internal-error line."""
    return outcome.code == EXIT_INTERNAL and INTERNAL_ERROR in outcome.stderr


def _classify(tally: Tally, command: str, call: Callable[[], Outcome], source: Path) -> Outcome:
    tally.inputs[command] += 1
    try:
        with _deadline(TIMEOUT):
            outcome = call()
    except _Timeout:
        tally.timeouts[command] += 1
        tally.failures.append((command, str(source), "timeout"))
        return Outcome(-1, b"", "")
    except BaseException as error:
        if isinstance(error, KeyboardInterrupt):
            raise
        tally.tracebacks[command] += 1
        tally.failures.append((command, str(source), traceback.format_exc(limit=-4)))
        return Outcome(-1, b"", "")
    if outcome.code == 0:
        tally.success[command] += 1
    elif "Traceback" in outcome.stderr or is_internal_error(outcome):
        tally.tracebacks[command] += 1
        tally.failures.append((command, str(source), outcome.stderr[-2000:]))
    elif outcome.stdout.strip() or (
        outcome.stderr.strip() and "<unknown place>" not in outcome.stderr
    ):
        tally.clean[command] += 1
    else:
        tally.unplaced[command] += 1
        tally.failures.append((command, str(source), "unplaced: " + outcome.stderr[-500:]))
    return outcome


def run_input(tally: Tally, raw: bytes, folder: Path, index: int, rng: random.Random) -> None:
    """Every command on one input."""
    source = folder / f"in{index}.json"
    source.write_bytes(raw)
    _classify(tally, "convert", lambda: run("convert", str(source)), source)
    _classify(tally, "validate", lambda: run("validate", str(source)), source)
    package = folder / f"pkg{index}"
    convert_o = _classify(
        tally, "convert -o", lambda: run("convert", str(source), "-o", str(package)), source
    )
    if convert_o.code == 0 and rng.random() < 0.5:
        _failing_rewrite(tally, source, package, rng)
    module = folder / f"generated_{index}.py"
    imported = _classify(
        tally, "import", lambda: run("import", str(source), "-o", str(module)), source
    )
    if imported.code == 0:
        spec = f"{module}:ImportedConnector"
        built = folder / f"built{index}"
        _classify(tally, "build", lambda: run("build", spec, "-o", str(built)), module)
        sys.modules.pop(module.stem, None)


def _failing_rewrite(tally: Tally, source: Path, package: Path, rng: random.Random) -> None:
    """Write the package again with a failure injected; the old package must stay whole."""
    before = {p.name: p.read_bytes() for p in package.iterdir()}
    fail_at = rng.randint(1, 3)
    calls = [0]
    original_write, original_swap = output._write_all, output._swap

    def write_all(handle: Any, data: bytes) -> None:
        calls[0] += 1
        if calls[0] == fail_at:
            raise OSError(errno.ENOSPC, "No space left on device")
        original_write(handle, data)

    def swap(staging: Path, directory: Path) -> None:
        raise OSError(errno.EIO, "Input/output error")

    output._write_all = write_all
    if rng.random() < 0.5:
        output._swap = swap
    try:
        _classify(
            tally,
            "convert -o fail",
            lambda: run("convert", str(source), "-o", str(package)),
            source,
        )
    finally:
        output._write_all, output._swap = original_write, original_swap
    after = {p.name: p.read_bytes() for p in package.iterdir()}
    if after != before:
        tally.broken_packages += 1
        tally.failures.append(("convert -o fail", str(source), "package changed"))


_SECRET_ALPHABET = "abcXYZ0189+/=%&?# ~-_.:;@!$'\"<>éü€\t"


def _secret(rng: random.Random) -> str:
    body = "".join(rng.choice(_SECRET_ALPHABET) for _ in range(rng.randint(8, 24)))
    return "S3c" + body + "9z"


def run_harness(tally: Tally, folder: Path, url: str, rng: random.Random) -> None:
    """Call the misbehaving server with a random secret; no form of it may be printed."""
    from tests.robustness.test_harness_hostile import HEADER_KEY, OAUTH, QUERY_KEY, _connector

    scheme = rng.choice([QUERY_KEY, HEADER_KEY, OAUTH])
    route = rng.choice(["echo", "echo", "invalid", "redirect", "huge", "ok"])
    secret = _secret(rng)
    variable = "CONNECTOR_TOKEN" if scheme is OAUTH else "CONNECTOR_API_KEY"
    connector = _connector(folder, scheme)
    argv = ["call", str(connector), route, "--base-url", url, "--timeout", "5"]
    if rng.random() < 0.5:
        argv.append("--json")
    previous = os.environ.get(variable)
    os.environ[variable] = secret
    try:
        outcome = _classify(tally, "call", lambda: run(*argv), connector)
    finally:
        if previous is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = previous
    printed = outcome.stdout.decode("utf-8", "replace") + outcome.stderr
    leaked = [form for form in _forms(secret) if form in printed]
    if leaked:
        tally.leaks += 1
        tally.failures.append(("call", route, f"leaked {leaked[0]!r}"))


def _forms(secret: str) -> list[str]:
    raw = secret.encode()
    return [
        secret,
        quote(raw, safe=""),
        quote_plus(raw),
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(raw)[2:-1],
        base64.b64encode(raw).decode(),
    ]


def campaign(
    inputs: int, seed: int = 1, seed_files: int = 40, keep: Path | None = None
) -> tuple[Tally, float, int]:
    """Run `inputs` mutated inputs; the tally, the seconds taken and the peak RSS in KiB.

    Inputs that gave a traceback or a timeout are copied into `keep` when it is given."""
    rng = random.Random(seed)
    sources = seeds(seed_files, rng)
    tally = Tally()
    started = time.monotonic()
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    with (
        tempfile.TemporaryDirectory(prefix="connector-dsl-fuzz-") as tmp,
        misbehaving() as (url, _),
    ):
        folder = Path(tmp)
        sys.path.insert(0, str(folder))
        try:
            for index in range(inputs):
                _, _, data = rng.choice(sources)
                raw = encode(mutate(data, rng), rng)
                failed = len(tally.failures)
                run_input(tally, raw, folder, index, rng)
                run_harness(tally, folder, url, rng)
                if keep is not None and len(tally.failures) > failed:
                    keep.mkdir(parents=True, exist_ok=True)
                    (keep / f"in{index}.json").write_bytes(raw)
                for leftover in folder.iterdir():
                    if leftover.is_dir():
                        shutil.rmtree(leftover, ignore_errors=True)
                    else:
                        leftover.unlink(missing_ok=True)
        finally:
            sys.path.remove(str(folder))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return tally, time.monotonic() - started, peak


def main(argv: list[str] | None = None) -> int:
    """Run a campaign and print its figures; exit 1 on any traceback or timeout."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--inputs", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seed-files", type=int, default=40)
    parser.add_argument("--keep", type=Path, help="copy failing inputs into this folder")
    args = parser.parse_args(argv)
    tally, seconds, peak = campaign(args.inputs, args.seed, args.seed_files, args.keep)
    print(tally.table())
    print(f"packages changed by a failed write: {tally.broken_packages}")
    print(f"secrets printed in any form: {tally.leaks}")
    print(f"inputs: {args.inputs}, seconds: {seconds:.0f}, peak memory: {peak / 1024:.0f} MiB")
    for command, source, detail in tally.failures[:20]:
        print(f"--- {command} {source}\n{detail}")
    bad = sum(tally.tracebacks.values()) + sum(tally.timeouts.values())
    bad += tally.broken_packages + tally.leaks
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
