"""The `connector-dsl diff` examples in docs/diff.md print exactly what the page shows.

`UPDATE_DOCS=1 pytest tests/docs` rewrites the outputs.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from connector_dsl.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "diff.md"
_CONSOLE = re.compile(r"```console\n\$ (?P<command>[^\n]*)\n(?P<output>.*?)```", re.DOTALL)


def examples() -> list[tuple[str, str]]:
    """(command, output) of every console block of the page."""
    text = PAGE.read_text(encoding="utf-8")
    return [(m["command"], m["output"]) for m in _CONSOLE.finditer(text)]


def test_page_shows_three_examples() -> None:
    commands = [command for command, _ in examples()]
    assert len(commands) == 3
    assert all(shlex.split(c)[:2] == ["connector-dsl", "diff"] for c in commands)
    assert all(shlex.split(c)[2].startswith("../shared/history/") for c in commands)


@pytest.mark.parametrize("index", range(3))
def test_console_block(
    index: int, shared: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    command, output = examples()[index]
    monkeypatch.chdir(ROOT)
    argv = shlex.split(command)[1:]
    argv = [a.replace("../shared", str(shared)) for a in argv]
    status = main(argv)
    printed = capsys.readouterr().out.replace(str(shared), "../shared")
    if os.environ.get("UPDATE_DOCS") and printed != output:
        text = PAGE.read_text(encoding="utf-8")
        PAGE.write_text(text.replace(f"$ {command}\n{output}", f"$ {command}\n{printed}"))
        output = printed
    assert printed == output
    breaking = "::error" in output or re.search(r"^[1-9][0-9]* breaking", output, re.MULTILINE)
    assert status == (1 if breaking else 0)
