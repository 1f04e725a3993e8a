"""`validate` over many inputs: every readable one is reported; the exit status is the worst."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.kit import connector_folder, run_here


@pytest.fixture(autouse=True)
def _here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def _unreadable_properties(folder: Path) -> Path:
    (folder / "apiProperties.json").write_text("{ nope", encoding="utf-8")
    return folder


def test_a_mix_reports_every_readable_input_and_exits_2() -> None:
    connector_folder(Path("clean"))
    connector_folder(Path("bad"), host="https://bad.contoso.com")
    _unreadable_properties(connector_folder(Path("props"), host="https://props.contoso.com"))
    Path("broken.json").write_text("[1,", encoding="utf-8")
    outcome = run_here(
        "validate", "clean", "bad", "props", "broken.json", "missing", "--format", "json"
    )
    assert outcome.code == 2
    rows = json.loads(outcome.out)
    hosts = sorted(row["file"] for row in rows if row["rule"] == "HostNameNotValid")
    assert hosts == ["bad/apiDefinition.swagger.json", "props/apiDefinition.swagger.json"]
    lines = outcome.err.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith('connector-dsl validate: File "props/apiProperties.json", line 1')
    assert "[input-syntax]" in lines[0]
    assert lines[1].startswith('connector-dsl validate: File "broken.json"')
    assert lines[2].startswith('connector-dsl validate: File "missing"')
    assert "[input-unreadable]" in lines[2]
    assert lines[3] == (
        "connector-dsl validate: 3 of 5 inputs could not be read in whole (see above); "
        "the findings of what could be read are reported"
    )


def test_an_unreadable_properties_file_alone_still_checks_its_swagger() -> None:
    _unreadable_properties(connector_folder(Path("props"), host="https://props.contoso.com"))
    outcome = run_here("validate", "props")
    assert outcome.code == 2
    assert "props/apiDefinition.swagger.json:" in outcome.out
    assert "HostNameNotValid" in outcome.out
    assert outcome.out.endswith("1 error(s), 0 warning(s)\n")
    assert "could not be read in whole" not in outcome.err  # one input: the error says it all


def test_findings_without_unreadable_inputs_exit_1() -> None:
    connector_folder(Path("clean"))
    connector_folder(Path("bad"), host="https://bad.contoso.com")
    outcome = run_here("validate", "clean", "bad")
    assert (outcome.code, outcome.err) == (1, "")
    assert outcome.out.endswith("1 error(s), 0 warning(s)\n")


def test_an_unreadable_input_beside_clean_ones_exits_2_with_their_report() -> None:
    connector_folder(Path("clean"))
    outcome = run_here("validate", "clean", "missing")
    assert outcome.code == 2
    assert outcome.out == "0 error(s), 0 warning(s)\n"
    assert 'File "missing"' in outcome.err


def test_nothing_readable_prints_no_report() -> None:
    outcome = run_here("validate", "missing", "gone")
    assert outcome.code == 2
    assert outcome.out == ""
    assert "2 of 2 inputs could not be read" in outcome.err
