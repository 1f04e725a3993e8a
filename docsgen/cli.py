"""The command-line reference page, read from `connector_dsl.cli.parser()`."""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator

WIDTH = "100"
"""Columns argparse wraps usage lines at, so the page does not depend on the terminal."""


def _subcommands(top: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _summaries(top: argparse.ArgumentParser) -> dict[str, str]:
    """Each subcommand's one-line `help`, as `connector-dsl --help` lists it."""
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: a.help or "" for a in action._get_subactions()}
    return {}


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    if not action.help or action.help == argparse.SUPPRESS:
        return ""
    values = {**vars(action), "prog": parser.prog}
    for key, value in list(values.items()):
        if isinstance(value, list | tuple):
            values[key] = ", ".join(map(str, value))
    try:
        return action.help % values
    except (KeyError, TypeError, ValueError):
        return action.help


def _name(action: argparse.Action) -> str:
    if action.option_strings:
        names = ", ".join(f"`{option}`" for option in action.option_strings)
        if action.nargs != 0:
            metavar = action.metavar or action.dest.upper()
            if isinstance(metavar, tuple):
                metavar = " ".join(metavar)
            names += f" `{metavar}`"
        return names
    metavar = action.metavar or action.dest
    return f"`{metavar if isinstance(metavar, str) else ' '.join(metavar)}`"


def _default(action: argparse.Action) -> str:
    default = action.default
    if (
        not action.option_strings
        or default in (None, False, argparse.SUPPRESS)
        or default == []
        or action.nargs == 0
    ):
        return ""
    return f"`{default}`"


def _rows(parser: argparse.ArgumentParser) -> Iterator[str]:
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        choices = ""
        if action.choices is not None and not isinstance(action, argparse._SubParsersAction):
            choices = ", ".join(f"`{choice}`" for choice in action.choices)
        cells = (_name(action), _cell(_help(parser, action)), choices, _default(action))
        yield "| " + " | ".join(cells) + " |"


def markdown(top: argparse.ArgumentParser | None = None) -> str:
    """`cli.md`: every command's usage, description and arguments with their defaults."""
    if top is None:
        from connector_dsl.cli import parser

        top = parser()
    saved = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = WIDTH
    try:
        lines = [
            "# Command line",
            "",
            "<!-- Generated from connector_dsl.cli.parser() when the site is built. -->",
            "",
            _cell(top.description or ""),
            "",
            "```text",
            top.format_usage().rstrip(),
            "```",
        ]
        summaries = _summaries(top)
        lines += ["", "| command | what it does |", "|---|---|"]
        lines += [
            f"| [`{name}`](#{name}) | {_cell(summaries.get(name, ''))} |"
            for name in _subcommands(top)
        ]
        for name, sub in _subcommands(top).items():
            lines += ["", f"## `{name}`", ""]
            described = sub.description or summaries.get(name, "")
            if described:
                lines += [_cell(described[:1].upper() + described[1:]), ""]
            lines += ["```text", sub.format_usage().rstrip(), "```", ""]
            lines += ["| argument | meaning | choices | default |", "|---|---|---|---|"]
            lines += list(_rows(sub))
    finally:
        if saved is None:
            del os.environ["COLUMNS"]
        else:
            os.environ["COLUMNS"] = saved
    return "\n".join(lines) + "\n"
