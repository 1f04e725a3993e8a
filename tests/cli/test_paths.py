"""Paths in messages are shown as the user typed them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.kit import run_here


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("boom.py").write_text("value = 1 / 0\n", encoding="utf-8")


def test_a_relative_module_file_stays_relative() -> None:
    outcome = run_here("validate", "boom.py:Connector")
    assert outcome.code == 2
    assert outcome.err.startswith(
        'connector-dsl validate: File "boom.py", line 1: error [connector-import] '
        "importing boom.py raised ZeroDivisionError"
    )


def test_an_absolute_module_file_stays_absolute(tmp_path: Path) -> None:
    typed = str(tmp_path / "boom.py")
    outcome = run_here("validate", f"{typed}:Connector")
    assert f'File "{typed}", line 1' in outcome.err


def test_a_dotted_relative_path_is_not_rewritten() -> None:
    outcome = run_here("validate", "./nothing/here.py:Connector")
    assert outcome.code == 2
    assert 'File "./nothing/here.py"' in outcome.err
    assert "cannot import './nothing/here.py': no such file" in outcome.err
    assert "nothing/here.py'" not in outcome.err.replace("./nothing/here.py'", "")


def test_a_syntax_error_names_the_file_as_typed() -> None:
    Path("broken.py").write_text("x = (\n", encoding="utf-8")
    outcome = run_here("validate", "broken.py:Connector")
    assert 'File "broken.py", line 1' in outcome.err
    assert "SyntaxError" in outcome.err


INVALID = Path(__file__).parent / "invalid_host.py"


def test_findings_in_a_connector_file_name_it_as_typed(tmp_path: Path) -> None:
    Path("sub").mkdir()
    Path("sub/invalid_host.py").write_text(INVALID.read_text(encoding="utf-8"), encoding="utf-8")
    relative = run_here("validate", "./sub/invalid_host.py:InvalidHost")
    assert relative.code == 1
    assert "  ./sub/invalid_host.py:13:1: error HostNameNotValid" in relative.out
    typed = str(tmp_path / "sub" / "invalid_host.py")
    absolute = run_here("validate", f"{typed}:InvalidHost")
    assert f"  {typed}:13:1: error HostNameNotValid" in absolute.out


def test_a_module_named_by_import_path_is_shown_relative(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(INVALID.parents[2])
    outcome = run_here("validate", "tests.cli.invalid_host:InvalidHost")
    assert outcome.code == 1
    assert "  tests/cli/invalid_host.py:13:1: error HostNameNotValid" in outcome.out
