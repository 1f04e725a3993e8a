"""Running a connector's `script.csx` for one request, as Power Platform runs custom code.

The request the connector would send (after auth and policies) becomes `Context.Request`;
`Context.SendAsync` sends to the real endpoint (the harness's base URL); what `ExecuteAsync`
returns is the answer. The host program prints every request the script sent, so the harness
reports the one that reached the service. One host process serves a runner's calls (Mono
starts once); `close()` stops it.
"""

from __future__ import annotations

import base64
import contextlib
import json
import queue
import re
import subprocess
import threading
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx

from connector_dsl.errors import Diagnostic, Place
from connector_dsl.harness.findings import HarnessError
from connector_dsl.harness.request import OutboundRequest
from connector_dsl.harness.script.compiler import (
    INSTALL,
    Toolchain,
    compile_script,
    find_toolchain,
    missing_reason,
    reachable_namespaces,
)
from connector_dsl.harness.script.limits import TIME_LIMIT, check_limits, check_qualified

GRACE = 30.0
"""Seconds past the time limit before the host process is killed (Mono start-up, JIT)."""


@dataclass(frozen=True, slots=True)
class Sent:
    """One request the script sent through `Context.SendAsync`."""

    method: str
    url: str
    headers: list[tuple[str, str]]
    content: bytes | None


@dataclass(slots=True)
class ScriptOutcome:
    """What running the script gave: the answer (or None), what it sent, and findings."""

    status: int | None = None
    reason: str = ""
    headers: list[tuple[str, str]] = field(default_factory=list[tuple[str, str]])
    content: bytes = b""
    sent: list[Sent] = field(default_factory=list[Sent])
    findings: list[Diagnostic] = field(default_factory=list[Diagnostic])


class ScriptRunner:
    """Compiles a script once (checked against the documented limits) and runs it per call."""

    def __init__(
        self, path: Path, toolchain: Toolchain | None = None, *, time_limit: float = TIME_LIMIT
    ) -> None:
        self.path = path
        self.time_limit = time_limit
        self._toolchain = toolchain
        self._program: Path | None = None
        self._process: _Host | None = None
        self._refused: HarnessError | None = None
        self.notes: list[Diagnostic] = []

    def close(self) -> None:
        """Stop the host process, if it runs."""
        self._stop()

    def _host(self, mono: str, program: Path) -> _Host:
        if self._process is None or not self._process.alive():
            try:
                self._process = _Host([mono, "--debug", str(program)])
            except OSError as error:
                msg = f"mono cannot be started: {error.strerror or error} (Debian: {INSTALL})"
                place = Place(file=str(self.path))
                raise HarnessError([Diagnostic("harness-script", msg, place)]) from None
        return self._process

    def _stop(self) -> None:
        if self._process is not None:
            self._process.stop()
            self._process = None

    def prepare(self) -> Path:
        """The compiled host; `HarnessError` with every limit broken and compile error."""
        if self._program is not None:
            return self._program
        if self._refused is not None:
            raise self._refused
        try:
            return self._compile()
        except HarnessError as error:
            self._refused = error  # reported again for each call, compiled once
            raise

    def _compile(self) -> Path:
        toolchain = self._toolchain or find_toolchain()
        try:
            data = self.path.read_bytes()
        except OSError as error:
            msg = f"the script cannot be read: {error.strerror or error}; fix the path"
            raise HarnessError(
                [Diagnostic("script-compile", msg, Place(file=str(self.path)))]
            ) from None
        problems = check_limits(self.path, data)
        if toolchain is None:
            msg = f"{missing_reason()} not found: install them (Debian: {INSTALL})"
            raise HarnessError([Diagnostic("harness-script", msg, Place(file=str(self.path)))])
        program, errors = compile_script(self.path, data, toolchain)
        if program is not None:
            errors += check_qualified(self.path, data, reachable_namespaces(toolchain, program))
        problems = _unique([*problems, *errors])
        if any(p.severity == "error" for p in problems) or program is None:
            raise HarnessError(problems)
        self._toolchain = toolchain
        self._program = program
        self.notes = problems
        return program

    def run(self, request: OutboundRequest, operation_id: str) -> ScriptOutcome:
        """Run `ExecuteAsync` for this request."""
        program = self.prepare()
        toolchain = cast("Toolchain", self._toolchain)
        try:
            built = _as_httpx(request)
        except (httpx.InvalidURL, ValueError, TypeError) as error:
            msg = f"the request cannot be built: {error}; fix the URL and inputs"
            return ScriptOutcome(findings=[Diagnostic("harness-input", msg, Place())])
        payload = {
            "operationId": operation_id,
            "correlationId": str(uuid.uuid4()),
            "limitMs": int(self.time_limit * 1000),
            "request": {
                "method": built.method,
                "url": str(built.url),
                "headers": [[k, v] for k, v in built.headers.multi_items()],
                "body": base64.b64encode(built.content).decode() if built.content else None,
            },
        }
        outcome = ScriptOutcome(findings=list(self.notes))
        place = Place(file=str(self.path))
        host = self._host(toolchain.mono, program)
        answer = host.ask(json.dumps(payload), self.time_limit + GRACE)
        if answer is None:
            self._stop()
            outcome.findings.append(_timeout(self.time_limit, place))
            return outcome
        try:
            result = cast("dict[str, Any]", json.loads(answer))
        except ValueError:
            text = (host.errors() or answer).strip()[-600:] or "no output"
            self._stop()
            msg = f"the script's host stopped without an answer: {text}"
            outcome.findings.append(Diagnostic("script-exception", msg, place))
            return outcome
        outcome.sent = [_sent(item) for item in result.get("sent") or []]
        for entry in result.get("logs") or []:
            msg = f"{operation_id} logged ({entry.get('level')}): {entry.get('message')}"
            outcome.findings.append(Diagnostic("script-log", msg, place, severity="info"))
        failure = result.get("error")
        if isinstance(failure, dict):
            outcome.findings.append(self._failure(cast("dict[str, Any]", failure), operation_id))
            return outcome
        response = cast("dict[str, Any]", result.get("response") or {})
        outcome.status = int(response.get("status", 0)) or None
        outcome.reason = str(response.get("reason") or "")
        outcome.headers = [(str(k), str(v)) for k, v in response.get("headers") or []]
        body = response.get("body")
        outcome.content = base64.b64decode(body) if isinstance(body, str) else b""
        return outcome

    def _failure(self, error: dict[str, Any], operation_id: str) -> Diagnostic:
        if error.get("kind") == "timeout":
            return _timeout(self.time_limit, Place(file=str(self.path)))
        line = _script_line(str(error.get("trace") or ""), self.path.name)
        msg = (
            f"ExecuteAsync for {operation_id} threw {error.get('type')}: {error.get('message')}; "
            "Power Platform answers the flow with an error: handle it in the script"
        )
        return Diagnostic("script-exception", msg, Place(file=str(self.path), line=line))


class _Host:
    """The host program, kept running: one request a line in, one answer a line out."""

    def __init__(self, command: list[str]) -> None:
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self._answers: queue.Queue[str] = queue.Queue()
        self._errors: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_errors, daemon=True).start()

    def _read(self) -> None:
        stream = self._process.stdout
        assert stream is not None
        for line in stream:
            self._answers.put(line)
        self._answers.put("")  # the host ended

    def _read_errors(self) -> None:
        stream = self._process.stderr
        assert stream is not None
        for line in stream:
            self._errors.append(line)
            del self._errors[:-50]

    def alive(self) -> bool:
        return self._process.poll() is None

    def errors(self) -> str:
        return "".join(self._errors)

    def ask(self, line: str, seconds: float) -> str | None:
        """The answer to one request; None when none came within `seconds`."""
        stream = self._process.stdin
        assert stream is not None
        try:
            stream.write(line + "\n")
            stream.flush()
        except OSError:
            return ""
        try:
            return self._answers.get(timeout=seconds)
        except queue.Empty:
            return None

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            if self._process.stdin is not None:
                self._process.stdin.close()
        try:
            self._process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _timeout(limit: float, place: Place) -> Diagnostic:
    msg = (
        f"the script ran longer than {limit:g} s, Power Platform's limit for custom code, and "
        "was stopped: make it do less, or let the service do the work"
    )
    return Diagnostic("script-timeout", msg, place)


def _script_line(trace: str, name: str) -> int | None:
    for match in re.finditer(r" in (?P<file>[^\n]+?):(?P<line>\d+)\s*$", trace, re.MULTILINE):
        if Path(match["file"]).name == name:
            return int(match["line"])
    return None


def _sent(item: dict[str, Any]) -> Sent:
    body = item.get("body")
    return Sent(
        method=str(item.get("method")),
        url=str(item.get("url")),
        headers=[(str(k), str(v)) for k, v in item.get("headers") or []],
        content=base64.b64decode(body) if isinstance(body, str) else None,
    )


def _as_httpx(request: OutboundRequest) -> httpx.Request:
    """The request as httpx would send it: its URL, headers and body bytes."""
    kwargs: dict[str, Any] = {}
    if request.files:
        kwargs["files"] = [(name, (name, data)) for name, data in request.files]
        kwargs["data"] = dict(request.form)
    elif request.form:
        kwargs["data"] = dict(request.form)
    elif request.has_body:
        kwargs["json"] = request.body
    built = httpx.Request(request.method, request.url(), headers=request.headers, **kwargs)
    built.read()
    return built


def _unique(found: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, str, str]] = set()
    kept: list[Diagnostic] = []
    for item in found:
        key = (item.code, item.message, str(item.place))
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
