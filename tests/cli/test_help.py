"""Help text for every command and option, with its default; `-o` explained where it differs."""

from __future__ import annotations

import argparse

from connector_dsl.cli import parser
from tests.cli.kit import run_here


def test_every_command_has_a_description_and_every_option_help() -> None:
    commands = parser().subcommands()
    assert {"build", "convert", "validate", "diff", "import", "call", "values", "trigger"} <= set(
        commands
    )
    for name, command in commands.items():
        assert command.description, name
        for action in command._actions:
            if not isinstance(action, argparse._HelpAction):
                assert action.help, (name, action.dest)


def test_validate_help_describes_the_command_and_its_options() -> None:
    outcome = run_here("validate", "--help")
    assert outcome.code == 0
    text = " ".join(outcome.out.split())
    assert "Check each PATH offline with the rules of Microsoft's connector certification" in text
    assert "which rules run: custom:" in text
    assert "github: GitHub Actions annotations" in text
    assert "(default: text)" in text


def test_defaults_are_shown() -> None:
    call = " ".join(run_here("call", "--help").out.split())
    assert "holding the OAuth access token (default: CONNECTOR_TOKEN)" in call
    assert "(default: 30.0)" in call
    build = " ".join(run_here("build", "--help").out.split())
    assert "spaces per level in the JSON (default: 2)" in build
    assert "--force" in build
    assert "(default: False)" not in build  # a flag's default says nothing


def test_dash_o_is_a_folder_for_build_and_convert_and_a_file_for_import() -> None:
    assert "-o DIR, --output DIR" in run_here("build", "--help").out
    assert "-o DIR, --output DIR" in run_here("convert", "--help").out
    imported = run_here("import", "--help").out
    assert "-o FILE.py, --output FILE.py" in imported
    assert "their -o names a folder" in " ".join(imported.split())


def test_color_is_documented_on_every_command() -> None:
    for name, command in parser().subcommands().items():
        assert "NO_COLOR" in command.format_help(), name
