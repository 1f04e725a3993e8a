"""Every command in a ```console block of docs/ runs, and prints what the page shows.

A block is a terminal session: `$ command` lines (a trailing `\\` continues one), each
followed by the output it prints (stdout, then stderr). A command with no output shown
must still succeed; `# exit status N` at the end of a command says it exits with N. In an
output line `...` stands for any text, and a line that is only `...` for any lines.

The blocks of one page run in order in one empty folder holding links to the project's
`docs/` and `aps_connectors/`, so a page can build a package in one block and validate it
in the next. `connector-dsl` and `python -m pytest` run in this process (fast); anything
else (`python FILE`, `ls`) as a subprocess. `export NAME=VALUE` sets a variable for the
rest of the page, and `cd DIR` the folder the next commands run in. The few commands that
cannot run here (installs, Microsoft's tools, calls to a real service) are listed in
`NOT_RUN` with the reason; a new one fails until it is listed.

`UPDATE_DOCS=1 pytest tests/docs/test_console_blocks.py` rewrites the shown outputs.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from connector_dsl.cli import main
from connector_dsl.testing.oracles import shared_dir

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
COVERED_ELSEWHERE = {"diff.md": "tests/docs/test_diff_page.py"}
"""Pages whose console blocks another test runs."""
PAGES = sorted(
    p for p in DOCS.rglob("*.md") if "examples" not in p.parts and p.name not in COVERED_ELSEWHERE
)
LINKED = ("docs", "aps_connectors")

_BLOCK = re.compile(r"^```console\n(?P<body>.*?)^```", re.DOTALL | re.MULTILINE)
_EXIT = re.compile(r"#\s*exit status (?P<status>\d+)\s*$")

NOT_RUN: dict[str, str] = {
    'python -m pip install "connector_dsl-0.1.0-py3-none-any.whl"': "installs into the environment",
    'python -m pip install "connector-dsl @ git+https://github.com/OWNER/connector-dsl"': (
        "installs from a repository over the network"
    ),
    "python -m pip install .": "installs into the environment",
    "python -m pip install -e '.[test]'": "installs into the environment",
    "python -m pip install paconn": "installs Microsoft's tool from the network",
    "paconn login": "Microsoft's tool, signs in to Power Platform",
    "paconn create --settings petstore/settings.json": "Microsoft's tool, needs a sign-in",
    "paconn update --settings petstore/settings.json": "Microsoft's tool, needs a sign-in",
    "pac auth create --environment https://contoso.crm.dynamics.com": (
        "Microsoft's tool, signs in to Power Platform"
    ),
    "pac connector create --api-definition-file petstore/apiDefinition.swagger.json "
    "--api-properties-file petstore/apiProperties.json": "Microsoft's tool, needs a sign-in",
    "python bench/validator_rate.py": "reads all of ../shared's corpus and history (minutes)",
    "python bench/validator_rate.py --cases": "reads all of ../shared's corpus and history",
    "export CONNECTOR_TOKEN=...": "needs a real token for Autodesk's service",
    "connector-dsl values aps_connectors.acc:ACC ListProjects hub_id": "calls Autodesk's service",
    "connector-dsl call aps_connectors.acc:ACC ListProjects -p hub_id=b.1234 --json": (
        "calls Autodesk's service"
    ),
    "connector-dsl trigger aps_connectors.acc:ACC WhenVersionAdded -p hubId=b.1234 "
    "-p projectId=b.5678 -p scope/folder=urn:... --wait 60": "calls Autodesk's service",
}
"""Commands shown but not run here, each with the reason."""


@dataclass
class Command:
    """One `$ ...` line of a block and the output shown under it."""

    text: str
    output: list[str] = field(default_factory=list)

    @property
    def status(self) -> int:
        match = _EXIT.search(self.text)
        return 0 if match is None else int(match["status"])


def commands(body: str) -> list[Command]:
    """The commands of one block with their shown output."""
    found: list[Command] = []
    continued = False
    for line in body.splitlines():
        if continued:
            found[-1].text = found[-1].text[:-1].rstrip() + " " + line.strip()
        elif line.startswith("$ "):
            found.append(Command(line[2:].strip()))
        elif found:
            found[-1].output.append(line)
        else:
            pytest.fail(f"a console block starts with output, not a command: {line!r}")
        continued = line.endswith("\\")
    return found


def blocks(page: Path) -> list[list[Command]]:
    return [commands(m["body"]) for m in _BLOCK.finditer(page.read_text(encoding="utf-8"))]


def _bare(text: str) -> str:
    """The command without its trailing comment and spaces."""
    return shlex.join(shlex.split(text, comments=True))


def _matches(shown: list[str], printed: list[str]) -> bool:
    pattern = "".join(
        "(?:.*\n)*?" if line == "..." else ".*".join(map(re.escape, line.split("..."))) + "\n"
        for line in shown
    )
    return re.fullmatch(pattern, "".join(line + "\n" for line in printed)) is not None


@dataclass
class Session:
    """The folder and variables a page's commands share."""

    folder: Path
    capsys: pytest.CaptureFixture[str]
    env: dict[str, str]

    def run(self, command: Command) -> tuple[int, list[str]]:
        argv = shlex.split(command.text, comments=True)
        redirect = None
        if len(argv) >= 2 and argv[-2] == ">":
            redirect, argv = self.folder / argv[-1], argv[:-2]
        if argv[0] == "export":
            name, _, value = argv[1].partition("=")
            self.env[name] = value
            return 0, []
        if argv[0] == "cd":
            self.folder = (self.folder / argv[1]).resolve()
            os.chdir(self.folder)  # undone with the test's monkeypatch.chdir
            return 0, []
        if argv[0] == "connector-dsl":
            self.capsys.readouterr()
            status = main(argv[1:])
            out, err = self.capsys.readouterr()
        elif argv[:3] == ["python", "-m", "pytest"]:  # in this process: a second is dear
            self.capsys.readouterr()
            status = int(pytest.main(argv[3:]))
            out, err = self.capsys.readouterr()
        else:
            if argv[0] == "python":
                argv[0] = sys.executable
            done = subprocess.run(
                argv, cwd=self.folder, env=self.env, capture_output=True, text=True, check=False
            )
            status, out, err = done.returncode, done.stdout, done.stderr
        if redirect is not None:
            redirect.write_text(out, encoding="utf-8")
            out = ""
        text = (out + err).replace(f"{self.folder}{os.sep}", "")
        shared = shared_dir()
        if shared is not None:
            text = text.replace(str(shared), "../shared")
        return status, text.splitlines()


def _update(page: Path, command: Command, printed: list[str]) -> None:
    text = page.read_text(encoding="utf-8")
    old = "".join(line + "\n" for line in command.output)
    new = "".join(line + "\n" for line in printed)
    head = f"$ {command.text}\n"
    assert text.count(head + old) == 1, f"cannot find the output of {command.text!r} to rewrite"
    page.write_text(text.replace(head + old, head + new), encoding="utf-8")


PAGES_WITH_BLOCKS = [page for page in PAGES if blocks(page)]


@pytest.mark.parametrize("page", PAGES_WITH_BLOCKS, ids=lambda p: str(p.relative_to(DOCS)))
def test_console_blocks_of_page(
    page: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for name in LINKED:
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    path = os.pathsep.join(
        filter(None, [str(ROOT / "src"), str(ROOT), os.environ.get("PYTHONPATH")])
    )
    session = Session(tmp_path, capsys, {**os.environ, "PYTHONPATH": path, "NO_COLOR": "1"})
    for block in blocks(page):
        for command in block:
            if _bare(command.text) in {_bare(c) for c in NOT_RUN}:
                continue
            if "../shared" in command.text:
                shared = shared_dir()
                if shared is None:
                    pytest.skip("../shared is not beside the project")
                command = Command(command.text.replace("../shared", str(shared)), command.output)
            status, printed = session.run(command)
            if not command.output:  # no output shown: only the exit status is checked
                printed = []
            if os.environ.get("UPDATE_DOCS") and not _matches(command.output, printed):
                _update(page, command, printed)
                command.output = printed
            assert _matches(command.output, printed), (
                f"{page.name}: `{command.text}` printed:\n" + "\n".join(printed)
            )
            assert status == command.status, f"{page.name}: `{command.text}` exited {status}"


def test_every_command_not_run_is_shown_and_has_a_reason() -> None:
    shown = {_bare(c.text) for page in PAGES for block in blocks(page) for c in block}
    assert sorted(_bare(c) for c in NOT_RUN if _bare(c) not in shown) == []
    assert all(reason for reason in NOT_RUN.values())


def test_console_blocks_are_found() -> None:
    names = {page.name for page in PAGES_WITH_BLOCKS}
    assert {"getting-started.md", "validate-ci.md", "convert.md", "import.md"} <= names


def test_wildcards() -> None:
    assert _matches(["1 passed in ..."], ["1 passed in 0.12s"])
    assert _matches(["a", "...", "z"], ["a", "b", "c", "z"])
    assert not _matches(["a", "z"], ["a", "b", "z"])
    assert not _matches(["1 passed in ..."], ["1 failed in 0.12s"])
