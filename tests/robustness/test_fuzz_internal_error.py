"""The fuzzer counts a bug that `main` reports as an internal error (exit 70) as a traceback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.cli import validate as validate_command
from tests.robustness.fuzzing import Tally, _classify, is_internal_error
from tests.robustness.kit import BASE, Outcome, run


def _raise(*args: Any, **kwargs: Any) -> Any:
    msg = "a bug"
    raise RuntimeError(msg)


def test_a_bug_in_a_command_is_a_traceback_for_the_fuzzer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CONNECTOR_DSL_DEBUG", raising=False)
    monkeypatch.setattr(validate_command, "validate", _raise)
    source = tmp_path / "in.json"
    source.write_text(json.dumps(BASE), encoding="utf-8")
    tally = Tally()
    outcome = _classify(tally, "validate", lambda: run("validate", str(source)), source)
    assert outcome.code == 70
    assert "Traceback" not in outcome.stderr
    assert tally.tracebacks == {"validate": 1}
    assert tally.clean == {}
    assert tally.failures == [
        (
            "validate",
            str(source),
            "connector-dsl: internal error: RuntimeError: a bug — please report it, with the "
            "command (CONNECTOR_DSL_DEBUG=1 shows the traceback)\n",
        )
    ]


def test_exit_70_alone_or_the_line_alone_is_not_an_internal_error() -> None:
    line = "connector-dsl: internal error: KeyError: 'x' — please report it, with the command\n"
    assert is_internal_error(Outcome(70, b"", line))
    assert not is_internal_error(Outcome(70, b"", "connector-dsl build: File ...: error [x]\n"))
    assert not is_internal_error(Outcome(1, b"", line))


def test_a_clean_error_is_still_clean(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text("{", encoding="utf-8")
    tally = Tally()
    _classify(tally, "validate", lambda: run("validate", str(source)), source)
    assert tally.clean == {"validate": 1}
    assert tally.tracebacks == {}
