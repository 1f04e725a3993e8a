"""Running the command line in this process or in a child, with stdout and stderr apart."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from connector_dsl.cli import main
from tests.validate.connectors import GOOD_PROPERTIES, good

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Outcome:
    """What a command did: exit code, stdout and stderr text."""

    code: int
    out: str
    err: str


class Terminal(io.StringIO):
    """A text stream that says it is a terminal."""

    def isatty(self) -> bool:
        return True


def run_here(*argv: str, tty_out: bool = False, tty_err: bool = False) -> Outcome:
    """`connector-dsl argv...` in this process; either stream can pretend to be a terminal."""
    out = Terminal() if tty_out else io.StringIO()
    err = Terminal() if tty_err else io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = main(list(argv))
    except SystemExit as stop:
        code = int(stop.code or 0)
    finally:
        sys.stdout, sys.stderr = saved
    return Outcome(code, out.getvalue(), err.getvalue())


def run_child(*argv: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Outcome:
    """`python -m connector_dsl argv...` in a child process, stdout and stderr piped."""
    done = subprocess.run(
        [sys.executable, "-m", "connector_dsl", *argv],
        capture_output=True,
        check=False,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}", **(env or {})},
        text=True,
    )
    return Outcome(done.returncode, done.stdout, done.stderr)


def connector_folder(folder: Path, **changes: Any) -> Path:
    """A connector folder with the validator's clean connector, top-level keys replaced."""
    folder.mkdir(parents=True, exist_ok=True)
    document = good()
    document.update(changes)
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(document), encoding="utf-8")
    (folder / "apiProperties.json").write_text(json.dumps(GOOD_PROPERTIES), encoding="utf-8")
    return folder
