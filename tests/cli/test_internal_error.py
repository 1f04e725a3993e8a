"""A bug inside connector-dsl ends in one line on stderr and exit 70, not in a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from connector_dsl.cli import validate as validate_command
from connector_dsl.cli.exits import EXIT_INTERNAL
from tests.cli.kit import connector_folder, run_here


def _broken(error: Exception) -> Any:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONNECTOR_DSL_DEBUG", raising=False)
    return connector_folder(tmp_path / "connector")


def test_an_unexpected_exception_is_one_line_and_exit_70(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_command, "validate", _broken(KeyError("rules")))
    outcome = run_here("--color", "never", "validate", str(folder))
    assert EXIT_INTERNAL == 70
    assert outcome.code == 70
    assert outcome.out == ""
    assert outcome.err == (
        "connector-dsl: internal error: KeyError: 'rules' — please report it, with the command "
        "(CONNECTOR_DSL_DEBUG=1 shows the traceback)\n"
    )


def test_a_message_over_several_lines_is_one_line(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_command, "validate", _broken(ValueError("first\n  second\n")))
    outcome = run_here("--color", "never", "validate", str(folder))
    assert outcome.code == 70
    assert outcome.err.count("\n") == 1
    assert outcome.err.startswith("connector-dsl: internal error: ValueError: first second — ")


def test_a_long_message_is_cut(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_command, "validate", _broken(RuntimeError("x" * 5000)))
    outcome = run_here("--color", "never", "validate", str(folder))
    assert outcome.code == 70
    assert "x" * 499 + "… — please report it" in outcome.err
    assert "x" * 500 not in outcome.err


@pytest.mark.parametrize("value", ["1", "yes"])
def test_debug_lets_the_exception_through(
    value: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(validate_command, "validate", _broken(KeyError("rules")))
    monkeypatch.setenv("CONNECTOR_DSL_DEBUG", value)
    with pytest.raises(KeyError, match="rules"):
        run_here("validate", str(folder))


def test_debug_0_is_off(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(validate_command, "validate", _broken(KeyError("rules")))
    monkeypatch.setenv("CONNECTOR_DSL_DEBUG", "0")
    assert run_here("validate", str(folder)).code == 70


def test_usage_errors_and_bad_input_are_not_internal_errors(folder: Path) -> None:
    assert run_here("validate", str(folder / "missing")).code == 2
    assert run_here("validate").code == 2
    assert run_here("validate", str(folder)).code == 0
