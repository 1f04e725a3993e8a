"""Running the command line in-process on hostile inputs, and what a clean failure is."""

from __future__ import annotations

import copy
import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connector_dsl.cli import main

BASE: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Robust", "version": "1.0", "description": "A connector for tests."},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/items": {
            "get": {
                "operationId": "ListItems",
                "summary": "List items",
                "description": "Lists the items.",
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Item"}}
                },
            }
        }
    },
    "definitions": {"Item": {"type": "object", "properties": {"name": {"type": "string"}}}},
}


def swagger(**changes: Any) -> dict[str, Any]:
    """A small valid swagger with top-level keys replaced."""
    data = copy.deepcopy(BASE)
    data.update(changes)
    return data


@dataclass
class Outcome:
    """What a command did: exit code, stdout bytes, stderr text."""

    code: int
    stdout: bytes
    stderr: str


def run(*argv: str, stdin: bytes = b"") -> Outcome:
    """Run `connector-dsl argv...` in this process; never lets an exception escape."""
    out, err = io.BytesIO(), io.StringIO()
    old = sys.stdout, sys.stderr, sys.stdin
    wrapper = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stdout, sys.stderr = wrapper, err
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    finally:
        wrapper.flush()
        wrapper.detach()
        sys.stdout, sys.stderr, sys.stdin = old
    return Outcome(code, out.getvalue(), err.getvalue())


def write(path: Path, data: Any) -> Path:
    """Write `data` as JSON (or bytes/str as they are) and return the path."""
    if isinstance(data, bytes):
        path.write_bytes(data)
    elif isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_text(json.dumps(data), encoding="utf-8")
    return path


def assert_clean(outcome: Outcome, *, file: str, pointer: str | None = None, code: int = 2) -> None:
    """A clean failure: the exit code, nothing on stdout, the file (and pointer) named."""
    assert outcome.code == code, outcome
    assert outcome.stdout == b"", outcome
    assert "Traceback" not in outcome.stderr
    assert f'File "{file}' in outcome.stderr, outcome.stderr
    if pointer is not None:
        assert f"at #{pointer}" in outcome.stderr, outcome.stderr
