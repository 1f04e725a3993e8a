"""The argument parser's conventions: help with defaults, the exit-code table, "did you mean".

Every parser of the command line is a `CommandParser`: its help shows each option's
default, keeps preformatted paragraphs (the exit-code table) as written, and a
misspelt command, choice or option gets the nearest known one as a suggestion.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from connector_dsl.suggest import did_you_mean


class HelpFormatter(argparse.HelpFormatter):
    """Shows `(default: X)` for options that have a default worth showing; a paragraph
    with line breaks (a table) is kept as written, the others are wrapped."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        default = action.default
        if "%(default)" in text or default in (None, False, argparse.SUPPRESS, [], ()):
            return text
        if not action.option_strings and action.nargs not in ("?", "*"):
            return text
        return f"{text} (default: %(default)s)" if text else "(default: %(default)s)"

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = text.split("\n\n")
        filled = [
            paragraph
            if "\n" in paragraph
            else super(HelpFormatter, self)._fill_text(paragraph, width, indent)
            for paragraph in paragraphs
        ]
        return "\n\n".join(filled)


class CommandParser(argparse.ArgumentParser):
    """An `ArgumentParser` with the `HelpFormatter` and suggestions for misspellings."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(choice) for choice in choices]
        hint = did_you_mean(str(value), names)
        listed = ", ".join(names)
        msg = f"invalid choice: {value!r}{hint} (choose from {listed})"
        raise argparse.ArgumentError(action, msg)

    def option_strings(self) -> list[str]:
        """Every option string this parser takes (`--format`, `-o`, ...)."""
        return [name for action in self._actions for name in action.option_strings]

    def option_values(self) -> dict[str, bool]:
        """Each option string and whether it takes a value (`--color never`, not `--version`)."""
        return {
            name: action.nargs != 0 for action in self._actions for name in action.option_strings
        }

    def subcommand(self, name: str | None) -> CommandParser | None:
        """The parser of the subcommand `name`, if there is one."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                choices: dict[str, Any] = action.choices  # pyright: ignore[reportUnknownMemberType]
                found = choices.get(name or "")
                return found if isinstance(found, CommandParser) else None
        return None

    def subcommands(self) -> dict[str, CommandParser]:
        """Every subcommand's parser by name, in the order `--help` lists them."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                choices: dict[str, Any] = action.choices  # pyright: ignore[reportUnknownMemberType]
                return {k: v for k, v in choices.items() if isinstance(v, CommandParser)}
        return {}


def parse(top: CommandParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse `argv`; an unknown option exits 2 with the nearest known option suggested."""
    words = list(sys.argv[1:] if argv is None else argv)
    _check_before_command(top, words)
    args, extras = top.parse_known_args(words)
    if extras:
        target = top.subcommand(getattr(args, "command", None)) or top
        known = [*target.option_strings(), *top.option_strings()]
        unknown = [item for item in extras if item.startswith("-") and item != "-"]
        hint = did_you_mean(unknown[0].partition("=")[0], known) if unknown else ""
        target.error(f"unrecognized arguments: {' '.join(extras)}{hint}")
    return args


def _check_before_command(top: CommandParser, words: list[str]) -> None:
    """Refuse an unknown option before the command, with the nearest known one suggested.

    Without this, argparse takes the option's value as the command
    (`--colr never validate` would be "invalid choice: 'never'").
    """
    takes_value = top.option_values()
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--" or not word.startswith("-") or word == "-":
            return
        name, equals, _ = word.partition("=")
        prefixed = [option for option in takes_value if option.startswith(name)]
        option = name if name in takes_value else None
        if option is None and name.startswith("--") and len(prefixed) == 1:
            option = prefixed[0]  # argparse takes a unique prefix of a long option
        if option is not None:
            index += 1 if equals or not takes_value[option] else 2
            continue
        hint = did_you_mean(name, takes_value)
        if not hint and any(name in sub.option_strings() for sub in top.subcommands().values()):
            hint = f"; {name} is an option of a command: put it after the command"
        top.error(f"unrecognized arguments: {word}{hint}")
