"""A misspelt command, option, choice or connector class gets the nearest known name."""

from __future__ import annotations

from pathlib import Path

from tests.cli.kit import ROOT, run_here

SAMPLE = ROOT / "tests" / "authoring" / "sample.py"


def test_a_misspelt_command() -> None:
    outcome = run_here("biuld", "x")
    assert outcome.code == 2
    assert "invalid choice: 'biuld'; did you mean 'build'?" in outcome.err


def test_a_misspelt_option_of_a_command() -> None:
    outcome = run_here("validate", "--fromat", "json", "x")
    assert outcome.code == 2
    assert "unrecognized arguments: --fromat; did you mean '--format'?" in outcome.err
    assert "usage: connector-dsl validate" in outcome.err


def test_a_misspelt_option_with_its_value_attached() -> None:
    outcome = run_here("build", "x:Y", "--indnet=4")
    assert outcome.code == 2
    assert "did you mean '--indent'?" in outcome.err


def test_a_misspelt_choice() -> None:
    outcome = run_here("validate", "x", "--format", "jsn")
    assert outcome.code == 2
    assert "invalid choice: 'jsn'; did you mean 'json'?" in outcome.err


def test_nothing_close_gives_no_guess() -> None:
    outcome = run_here("zzzzzz")
    assert outcome.code == 2
    assert "did you mean" not in outcome.err
    assert "choose from build, convert, validate" in outcome.err


def test_a_misspelt_class_name() -> None:
    outcome = run_here("validate", f"{SAMPLE}:Taks")
    assert outcome.code == 2
    assert "no Connector subclass named 'Taks'; did you mean 'Tasks'?" in outcome.err


def test_a_class_name_in_the_wrong_case() -> None:
    outcome = run_here("validate", "aps_connectors.acc:Acc")
    assert outcome.code == 2
    assert "named 'Acc'; did you mean 'ACC'?" in outcome.err


def test_a_class_name_far_from_any_lists_the_connectors() -> None:
    outcome = run_here("validate", "aps_connectors.acc:Zebra")
    assert outcome.code == 2
    assert "named 'Zebra'; it has ACC" in outcome.err


def test_a_module_without_connectors_says_so() -> None:
    outcome = run_here("validate", "tests.cli.kit:Kit")
    assert outcome.code == 2
    assert "tests.cli.kit has no Connector subclass named 'Kit'; it defines none" in outcome.err


def test_a_misspelt_rule_to_disable() -> None:
    outcome = run_here("validate", "x", "--disable", "HostNameNotValdi", "--disable", "Nope")
    assert outcome.code == 2
    assert outcome.out == ""
    assert (
        "File \"--disable\": error [validate-unknown-rule] 'HostNameNotValdi' is not a validator "
        "rule; did you mean 'HostNameNotValid'?" in outcome.err
    )
    assert "'Nope' is not a validator rule (the ids are in docs/validator-rules.md)" in outcome.err


def test_a_misspelt_option_before_the_command() -> None:
    outcome = run_here("--colr", "never", "validate", "x")
    assert outcome.code == 2
    assert outcome.out == ""
    assert "connector-dsl: error: unrecognized arguments: --colr; did you mean '--color'?" in (
        outcome.err
    )
    assert "invalid choice" not in outcome.err


def test_a_misspelt_option_before_the_command_with_its_value_attached() -> None:
    outcome = run_here("--colr=never", "validate", "x")
    assert outcome.code == 2
    assert "unrecognized arguments: --colr=never; did you mean '--color'?" in outcome.err


def test_a_misspelt_flag_alone() -> None:
    outcome = run_here("--verison")
    assert outcome.code == 2
    assert "unrecognized arguments: --verison; did you mean '--version'?" in outcome.err


def test_a_command_option_before_the_command_says_where_it_goes() -> None:
    outcome = run_here("--format", "json", "validate", "x")
    assert outcome.code == 2
    assert "--format is an option of a command: put it after the command" in outcome.err


def test_known_options_and_prefixes_before_the_command_still_work(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing")
    for argv in (["--color", "never"], ["--color=never"], ["--col", "never"]):
        outcome = run_here(*argv, "validate", missing)
        assert outcome.code == 2, argv
        assert "[input-unreadable]" in outcome.err, argv
        assert "unrecognized" not in outcome.err, argv
