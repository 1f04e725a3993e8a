"""`connector-dsl new NAME [-o DIR]`: a ready project for one connector.

Exit status: 0 when the project was written, 2 when NAME cannot name a project or DIR
exists and is not empty (nothing is written), 1 when writing failed (nothing is left).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from connector_dsl.cli.console import say
from connector_dsl.cli.exits import EXIT_OK, EXIT_USAGE
from connector_dsl.cli.output import write_package
from connector_dsl.errors import Diagnostic, Place
from connector_dsl.scaffold import TEMPLATES, ProjectNames, project_files, project_names


def register(subparsers: Any) -> None:
    """Add the `new` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "new",
        help="write a ready project for one connector",
        description=(
            "Write a project for one connector: a module with one typed action, a pytest "
            "test that drives it through the harness, pyproject.toml, and a GitHub Actions "
            "workflow that validates, tests, builds and uploads the connector package. "
            "NAME is normalised (lower case, `-`, `.` and spaces become `_`) and must then "
            "be a Python identifier: my-service gives the module my_service and the class "
            "MyService. A bad NAME or a folder that is not empty exits 2 and writes nothing."
        ),
    )
    parser.add_argument("name", metavar="NAME", help="the connector's name, e.g. my-service")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR",
        help="the project folder, new or empty (default: NAME with `-` between words)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Write the project, or report every reason it cannot be written and write nothing."""
    names = project_names(args.name)
    folder: Path | None = args.output
    problems: list[Diagnostic] = []
    if isinstance(names, Diagnostic):
        problems.append(names)
    elif folder is None:
        folder = Path(names.project)
    if folder is not None:
        problems += _folder_problems(folder)
    if problems or not isinstance(names, ProjectNames) or folder is None:
        for problem in problems:
            say(f"connector-dsl new: {problem}")
        return EXIT_USAGE
    write_package(folder, project_files(names))
    say(f"connector-dsl new: wrote {len(TEMPLATES)} files into {folder}")
    say(
        f"next: cd {folder} && python -m pip install -e '.[test]' && "
        f"connector-dsl validate {names.module}.py:{names.connector} && python -m pytest"
    )
    return EXIT_OK


def _folder_problems(folder: Path) -> list[Diagnostic]:
    """Why the project cannot go into `folder`: it is a file, or a folder that holds files."""
    if not folder.exists():
        return []
    if not folder.is_dir():
        msg = "this is a file; give a new or empty folder for the project (-o DIR)"
        return [Diagnostic("new-folder-not-empty", msg, Place(file=str(folder)))]
    try:
        held = sorted(entry.name for entry in folder.iterdir())
    except OSError as error:
        msg = f"cannot list this folder ({error.strerror}); give a new or empty folder (-o DIR)"
        return [Diagnostic("new-folder-not-empty", msg, Place(file=str(folder)))]
    if not held:
        return []
    shown = ", ".join(held[:3]) + (", ..." if len(held) > 3 else "")
    msg = (
        f"this folder is not empty ({shown}); nothing was written: give a new or empty "
        "folder with -o DIR, or another NAME"
    )
    return [Diagnostic("new-folder-not-empty", msg, Place(file=str(folder)))]
