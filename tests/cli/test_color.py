"""`--color auto|always|never` and `NO_COLOR`: colour only where it is wanted."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.cli import console
from tests.cli.kit import Terminal, connector_folder, run_child, run_here

ESC = "\x1b["


@pytest.fixture
def bad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    return connector_folder(tmp_path / "bad", host="https://api.contoso.com")


def test_auto_colours_a_terminal(bad: Path) -> None:
    outcome = run_here("validate", str(bad), tty_out=True, tty_err=True)
    assert outcome.code == 1
    assert f"{ESC}1;31merror{ESC}0m HostNameNotValid" in outcome.out
    assert f"{ESC}1;31m1 error(s), 0 warning(s){ESC}0m" in outcome.out


def test_auto_does_not_colour_a_pipe(bad: Path) -> None:
    outcome = run_child("validate", str(bad), "missing")
    assert outcome.code == 2
    assert "error HostNameNotValid" in outcome.out
    assert "[input-unreadable]" in outcome.err
    assert ESC not in outcome.out + outcome.err


def test_no_color_turns_auto_off(bad: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    outcome = run_here("validate", str(bad), "missing", tty_out=True, tty_err=True)
    assert "error HostNameNotValid" in outcome.out
    assert ESC not in outcome.out + outcome.err


def test_an_empty_no_color_does_not(bad: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "")
    assert ESC in run_here("validate", str(bad), tty_out=True).out


def test_never_turns_a_terminal_off(bad: Path) -> None:
    for argv in (
        ("--color", "never", "validate", str(bad)),
        ("validate", "--color=never", str(bad)),
    ):
        outcome = run_here(*argv, tty_out=True, tty_err=True)
        assert outcome.code == 1
        assert ESC not in outcome.out, argv


def test_always_colours_a_pipe_despite_no_color(bad: Path) -> None:
    outcome = run_child("validate", str(bad), "missing", "--color", "always", env={"NO_COLOR": "1"})
    assert f"{ESC}1;31merror{ESC}0m" in outcome.out
    assert f"{ESC}1mconnector-dsl validate:{ESC}0m" in outcome.err
    assert f"{ESC}36m[input-unreadable]{ESC}0m" in outcome.err


def test_a_dumb_terminal_gets_no_colour(bad: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    assert ESC not in run_here("validate", str(bad), tty_out=True).out


def test_json_output_is_never_coloured(bad: Path) -> None:
    outcome = run_here("validate", str(bad), "--format", "json", "--color", "always")
    assert outcome.out.startswith("[")
    assert ESC not in outcome.out


def test_plain_text_is_unchanged_without_colour() -> None:
    text = 'connector-dsl build: File "a.py", line 3: error [code] msg\twith a tab\n'
    console.configure("never")
    try:
        assert console.paint(text, Terminal()) == text
    finally:
        console.configure("auto")
