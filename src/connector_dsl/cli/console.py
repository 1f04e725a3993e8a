"""Colour and progress on the terminal, with rich, only where they help.

- Colour: `--color auto` (the default) colours a stream only when it is a terminal,
  `NO_COLOR` is not set (https://no-color.org) and `TERM` is not `dumb`; `always` and
  `never` override both. Text written without colour is exactly the plain text.
- Progress: a bar on stderr that appears once work has taken `DELAY` seconds, only when
  stderr is a terminal and the command's output is not JSON; it is erased when done.
"""

from __future__ import annotations

import io
import os
import re
import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING, Literal, TextIO

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

ColorChoice = Literal["auto", "always", "never"]
COLOR_CHOICES: tuple[ColorChoice, ...] = ("auto", "always", "never")

DELAY = 1.0
"""Seconds of work before a progress bar appears."""

_choice: list[ColorChoice] = ["auto"]
"""The `--color` of the running command (one item, set by `configure`)."""


def configure(color: ColorChoice) -> None:
    """Set the `--color` choice of the command being run."""
    _choice[0] = color


def is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is an interactive terminal (not a pipe or a file)."""
    try:
        return bool(stream.isatty()) and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError, OSError):
        return False


def use_color(stream: TextIO) -> bool:
    """Whether to colour what is written to `stream` (see the module doc)."""
    choice = _choice[0]
    if choice != "auto":
        return choice == "always"
    return not os.environ.get("NO_COLOR") and is_terminal(stream)


_STYLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^connector-dsl [\w-]+:", re.MULTILINE), "bold"),
    (re.compile(r'File "[^"\n]*"(?:, line \d+(?:, column \d+)?)?'), "bold"),
    (re.compile(r"(?:^|(?<=: ))(?:error|breaking)(?= \[| [\w.-]+: )", re.M), "bold red"),
    (re.compile(r"(?:^|(?<=: ))warning(?= \[| [\w.-]+: )", re.M), "yellow"),
    (re.compile(r"(?:^|(?<=: ))info(?= \[| [\w.-]+: )", re.M), "blue"),
    (re.compile(r"(?<=error )\[[\w.-]+\]|(?<=warning )\[[\w.-]+\]"), "cyan"),
    (re.compile(r"^[1-9]\d* error\(s\), \d+ warning\(s\)$", re.MULTILINE), "bold red"),
    (re.compile(r"^0 error\(s\), \d+ warning\(s\)$", re.MULTILINE), "bold green"),
)
"""What is coloured in messages and text reports: the command, places, severities, codes."""


def paint(text: str, stream: TextIO) -> str:
    """`text` with colour for `stream` when `use_color(stream)`, else `text` unchanged."""
    if not use_color(stream) or not text:
        return text
    # rich is loaded only when colour or a progress bar is shown: pipes do not pay for it.
    from rich.console import Console
    from rich.text import Text

    styled = Text(text)
    for pattern, style in _STYLES:
        styled.highlight_regex(pattern, style)
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=True,
        no_color=False,  # `--color always` overrides NO_COLOR, which rich reads itself
        color_system="standard",
        soft_wrap=True,
        markup=False,
        highlight=False,
        emoji=False,
        width=1 << 16,
    )
    console.print(styled, end="")
    return buffer.getvalue()


def say(message: str) -> None:
    """Write one message line to stderr (coloured when stderr takes colour)."""
    sys.stderr.write(paint(message, sys.stderr) + "\n")


def write_result(text: str) -> None:
    """Write a text result to stdout (coloured only when stdout is a terminal that takes it)."""
    sys.stdout.write(paint(text, sys.stdout))


def progress_wanted(*, json_output: bool = False) -> bool:
    """Whether a progress bar may be shown: stderr is a terminal and the output is not JSON."""
    return not json_output and is_terminal(sys.stderr)


class Progress:
    """A transient progress bar on stderr, shown only when work lasts over `DELAY` seconds.

    Use it as a context manager; `advance` moves it one step (and can rename the step).
    When `enabled` is false it does nothing at all.
    """

    def __init__(self, description: str, total: int | None, *, enabled: bool) -> None:
        self._description = description
        self._total = total
        self._enabled = enabled
        self._lock = threading.Lock()
        self._bar: RichProgress | None = None
        self._task: TaskID | None = None
        self._done = 0
        self._closed = False
        self._timer: threading.Timer | None = None

    def __enter__(self) -> Progress:
        if self._enabled and DELAY <= 0:
            self._show()
        elif self._enabled:
            self._timer = threading.Timer(DELAY, self._show)
            self._timer.daemon = True
            self._timer.start()
        return self

    def _show(self) -> None:
        with self._lock:
            if self._closed:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, SpinnerColumn, TextColumn
            from rich.progress import Progress as RichProgress

            console = Console(file=sys.stderr, no_color=not use_color(sys.stderr))
            columns = (
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
            )
            self._bar = RichProgress(
                *columns, console=console, transient=True, redirect_stdout=False
            )
            self._task = self._bar.add_task(
                self._description, total=self._total, completed=self._done
            )
            self._bar.start()

    def advance(self, description: str | None = None) -> None:
        """One step done; `description` names the next one."""
        with self._lock:
            self._done += 1
            if description is not None:
                self._description = description
            if self._bar is not None and self._task is not None:
                self._bar.update(self._task, completed=self._done, description=self._description)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
            if self._bar is not None:
                self._bar.stop()
