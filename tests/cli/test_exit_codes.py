"""One exit-code table for every command: in `--help`, in the docs, and kept by each command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from connector_dsl.cli import parser
from connector_dsl.cli.exits import EXIT_CODES, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from tests.cli.kit import ROOT, connector_folder, run_child, run_here

SAMPLE = ROOT / "tests" / "authoring" / "sample.py"
INVALID = ROOT / "tests" / "cli" / "invalid_host.py"


def test_the_table_is_0_1_2_70_130() -> None:
    assert (EXIT_OK, EXIT_FINDINGS, EXIT_USAGE) == (0, 1, 2)
    assert [code for code, _ in EXIT_CODES] == [0, 1, 2, 70, 130]


def test_every_help_ends_with_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    top = parser()
    helps = {"connector-dsl": top.format_help()}
    helps.update({name: sub.format_help() for name, sub in top.subcommands().items()})
    assert len(helps) >= 9
    for name, text in helps.items():
        assert "exit status (every command):" in text, name
        for code, meaning in EXIT_CODES:
            assert re.search(rf"^  {code} +{re.escape(meaning)}$", text, re.M), (name, code)


def test_the_docs_page_has_the_same_table() -> None:
    page = (ROOT / "docs" / "command-line.md").read_text(encoding="utf-8")
    for code, meaning in EXIT_CODES:
        assert f"| {code} | {meaning} |" in page


def test_build_0_findings_1_unknown_class_2(tmp_path: Path) -> None:
    assert run_child("build", f"{SAMPLE}:Tasks", "-o", str(tmp_path / "ok")).code == 0
    failed = run_child("build", f"{INVALID}:InvalidHost")
    assert (failed.code, failed.out) == (1, "")
    missing = run_child("build", f"{SAMPLE}:Nope")
    assert (missing.code, missing.out) == (2, "")


def test_validate_0_1_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    clean = connector_folder(tmp_path / "clean")
    bad = connector_folder(tmp_path / "bad", host="https://api.contoso.com")
    assert run_here("validate", str(clean)).code == 0
    assert run_here("validate", str(bad)).code == 1
    assert run_here("validate", str(tmp_path / "missing")).code == 2


def test_usage_errors_exit_2_with_nothing_on_stdout() -> None:
    for argv in (["nope"], ["validate"], ["validate", "x", "--format", "xml"], ["--bogus"]):
        outcome = run_here(*argv)
        assert outcome.code == 2, argv
        assert outcome.out == "", argv
        assert "error:" in outcome.err, argv


def test_diff_breaking_is_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    old = connector_folder(tmp_path / "old")
    new = connector_folder(tmp_path / "new", paths={})
    assert run_here("diff", str(old), str(old)).code == 0
    assert run_here("diff", str(old), str(new)).code == 1
    assert run_here("diff", str(old), str(tmp_path / "missing")).code == 2
