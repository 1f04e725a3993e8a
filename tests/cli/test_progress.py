"""The progress bar: on a terminal's stderr only, never in a pipe or with `--format json`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from connector_dsl.cli import console
from tests.cli.kit import Terminal, connector_folder, run_child, run_here

BAR_PARTS = ("validating", "\x1b[?25l")  # the task's name, and the hidden cursor of a live bar


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TERM", raising=False)
    monkeypatch.setattr(console, "DELAY", 0.0)  # show at once: no waiting in tests
    return [str(connector_folder(tmp_path / f"c{index}")) for index in range(3)]


def test_a_terminal_gets_the_bar(folders: list[str]) -> None:
    outcome = run_here("validate", *folders, tty_err=True)
    assert outcome.code == 0
    assert all(part in outcome.err for part in BAR_PARTS), outcome.err
    assert outcome.out == "0 error(s), 0 warning(s)\n"


def test_a_pipe_gets_none(folders: list[str]) -> None:
    outcome = run_here("validate", *folders)
    assert outcome.code == 0
    assert outcome.err == ""


def test_json_gets_none_even_on_a_terminal(folders: list[str]) -> None:
    outcome = run_here("validate", *folders, "--format", "json", tty_err=True)
    assert outcome.code == 0
    assert outcome.err == ""
    assert outcome.out == "[]\n"


def test_a_child_process_with_piped_stderr_gets_none(folders: list[str]) -> None:
    outcome = run_child("validate", *folders, env={"TERM": "xterm"})
    assert outcome.code == 0
    assert outcome.err == ""


def test_no_bar_before_the_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "DELAY", 3600.0)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with console.Progress("working", 2, enabled=True) as progress:
        progress.advance()
        progress.advance()
    assert terminal.getvalue() == ""


def test_the_bar_of_a_step_shows_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "DELAY", 0.0)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with console.Progress("reading", 2, enabled=True) as progress:
        progress.advance("writing the swagger")
    assert "reading" in terminal.getvalue()
    assert "writing the swagger" in terminal.getvalue()


def test_the_bar_is_gone_before_the_result(folders: list[str]) -> None:
    outcome = run_here("validate", *folders, tty_err=True, tty_out=True)
    assert outcome.out.endswith("0 error(s), 0 warning(s)\x1b[0m\n")
    assert "validating" not in outcome.out
