"""A misspelt command, option, choice or connector class gets the nearest known name."""

from __future__ import annotations

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
