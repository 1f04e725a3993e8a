"""The authoring API under mypy --strict and pyright: what must pass and what must fail.

- `pass/*.py` and `docs/examples/*.py` type-check clean under both checkers.
- `fail/*.py` each hold one mistake outside `Annotated`; both checkers report it.
- `fail_pyright/*.py` each hold one mistake inside `Annotated[...]` metadata, which mypy
  does not check: pyright reports it, and the marker raises `AuthoringError` naming the line.

A fail file marks its mistake with `# error` at the end of the line and says what the
message must contain in a first-line comment `# expect: <substring>`.

Each checker runs once over all pass files and once over all fail files.
"""

from __future__ import annotations

import json
import re
import runpy
import shutil
import subprocess
import textwrap
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from connector_dsl import AuthoringError, Connector, build

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PASS_FILES = sorted((HERE / "pass").glob("*.py")) + sorted(
    (ROOT / "docs" / "examples").glob("*.py")
)
FAIL_FILES = sorted((HERE / "fail").glob("*.py"))
FAIL_PYRIGHT_FILES = sorted((HERE / "fail_pyright").glob("*.py"))

_MYPY_LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+): (?P<severity>error|note): (?P<message>.*)$")


@dataclass(frozen=True, slots=True)
class Finding:
    """One error a checker reported."""

    line: int
    message: str


@dataclass(frozen=True, slots=True)
class Expected:
    """Where a fail file's mistake is and what the message must say."""

    line: int
    text: str


def expected(file: Path) -> Expected:
    """The `# expect:` text and the line marked `# error` of a fail file."""
    lines = file.read_text(encoding="utf-8").splitlines()
    texts = [
        line.removeprefix("# expect:").strip() for line in lines if line.startswith("# expect:")
    ]
    marked = [n for n, line in enumerate(lines, start=1) if line.rstrip().endswith("# error")]
    if len(texts) != 1 or len(marked) != 1:
        pytest.fail(f"{file.name}: needs one '# expect: ...' line and one line ending in '# error'")
    return Expected(marked[0], texts[0])


def _executable(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def _key(file: str | Path) -> Path:
    path = Path(file)
    return (path if path.is_absolute() else ROOT / path).resolve()


def run_mypy(files: Iterable[Path]) -> dict[Path, list[Finding]]:
    """mypy --strict (settings from pyproject.toml) over the files, in one process."""
    command = [_executable("mypy"), "--config-file", str(ROOT / "pyproject.toml")]
    command += ["--no-error-summary", "--no-pretty", "--show-absolute-path", *map(str, files)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if result.returncode not in (0, 1):
        pytest.fail(f"mypy crashed ({result.returncode}):\n{result.stdout}{result.stderr}")
    found: dict[Path, list[Finding]] = {}
    for line in result.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match and match["severity"] == "error":
            finding = Finding(int(match["line"]), match["message"])
            found.setdefault(_key(match["file"]), []).append(finding)
    return found


def run_pyright(files: Iterable[Path]) -> dict[Path, list[Finding]]:
    """pyright (settings from pyproject.toml) over the files, in one process."""
    command = [_executable("pyright"), "--project", str(ROOT), "--outputjson", *map(str, files)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        pytest.fail(
            f"pyright gave no report ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    found: dict[Path, list[Finding]] = {}
    for diagnostic in report["generalDiagnostics"]:
        if diagnostic["severity"] == "error":
            line = diagnostic["range"]["start"]["line"] + 1
            finding = Finding(line, diagnostic["message"])
            found.setdefault(_key(diagnostic["file"]), []).append(finding)
    return found


_Test = TypeVar("_Test", bound=Callable[..., None])


def runs_type_checkers(test: _Test) -> _Test:
    """Mark a test that reads a mypy or pyright run: `slow`, and in the one xdist group
    `type-checkers`, so that under `-n auto --dist loadgroup` each run happens once."""
    return pytest.mark.slow(pytest.mark.xdist_group("type-checkers")(test))


@pytest.fixture(scope="module")
def mypy_pass() -> dict[Path, list[Finding]]:
    return run_mypy(PASS_FILES)


@pytest.fixture(scope="module")
def pyright_pass() -> dict[Path, list[Finding]]:
    return run_pyright(PASS_FILES)


# `mypy_fail` and `pyright_fail` (each checker over every fail file, once a session) are
# in tests/conftest.py: tests/authoring/test_planted_mistakes.py reads them too.


def _ids(files: list[Path]) -> list[str]:
    return [f"{file.parent.name}/{file.name}" for file in files]


def _assert_only_expected(file: Path, findings: list[Finding], checker: str) -> None:
    want = expected(file)
    at_line = [f for f in findings if f.line == want.line]
    elsewhere = [f for f in findings if f.line != want.line]
    assert at_line, f"{checker} reported nothing on line {want.line} of {file.name}: {findings}"
    assert any(want.text in f.message for f in at_line), (
        f"{checker} on {file.name}:{want.line} does not mention {want.text!r}: {at_line}"
    )
    assert not elsewhere, f"{checker} reported other errors in {file.name}: {elsewhere}"


@runs_type_checkers
@pytest.mark.parametrize("file", PASS_FILES, ids=_ids(PASS_FILES))
def test_pass_file_is_clean_under_mypy(file: Path, mypy_pass: dict[Path, list[Finding]]) -> None:
    assert mypy_pass.get(file.resolve(), []) == []


@runs_type_checkers
@pytest.mark.parametrize("file", PASS_FILES, ids=_ids(PASS_FILES))
def test_pass_file_is_clean_under_pyright(
    file: Path, pyright_pass: dict[Path, list[Finding]]
) -> None:
    assert pyright_pass.get(file.resolve(), []) == []


@runs_type_checkers
@pytest.mark.parametrize("file", FAIL_FILES, ids=_ids(FAIL_FILES))
def test_fail_file_fails_under_mypy(file: Path, mypy_fail: dict[Path, list[Finding]]) -> None:
    _assert_only_expected(file, mypy_fail.get(file.resolve(), []), "mypy")


@runs_type_checkers
@pytest.mark.parametrize(
    "file", FAIL_FILES + FAIL_PYRIGHT_FILES, ids=_ids(FAIL_FILES + FAIL_PYRIGHT_FILES)
)
def test_fail_file_fails_under_pyright(file: Path, pyright_fail: dict[Path, list[Finding]]) -> None:
    _assert_only_expected(file, pyright_fail.get(file.resolve(), []), "pyright")


@runs_type_checkers
@pytest.mark.parametrize("file", FAIL_PYRIGHT_FILES, ids=_ids(FAIL_PYRIGHT_FILES))
def test_mypy_does_not_see_inside_annotated(
    file: Path, mypy_fail: dict[Path, list[Finding]]
) -> None:
    """If mypy starts checking `Annotated` metadata, move the file to `fail/`."""
    assert mypy_fail.get(file.resolve(), []) == []


@pytest.mark.parametrize("file", FAIL_PYRIGHT_FILES, ids=_ids(FAIL_PYRIGHT_FILES))
def test_marker_raises_with_its_line(file: Path) -> None:
    want = expected(file)
    with pytest.raises(AuthoringError) as raised:
        runpy.run_path(str(file))
    (diagnostic,) = raised.value.diagnostics
    assert want.text in diagnostic.message
    assert diagnostic.place.file is not None
    assert _key(diagnostic.place.file) == file.resolve()
    assert diagnostic.place.line == want.line
    assert f'File "{diagnostic.place.file}", line {want.line}' in str(raised.value)


def test_marker_line_with_postponed_annotations(tmp_path: Path) -> None:
    source = textwrap.dedent(
        """\
        from __future__ import annotations

        from typing import Annotated

        from connector_dsl import Action, Query, Route


        class ListHubs(Action[None]):
            route = Route(method="GET", path="/hubs", summary="List hubs")
            region: Annotated[str, Query(visibility="importnat")] = "US"
        """
    )
    file = tmp_path / "postponed.py"
    file.write_text(source, encoding="utf-8")
    with pytest.raises(AuthoringError) as raised:
        runpy.run_path(str(file))
    place = raised.value.diagnostics[0].place
    assert (place.file, place.line) == (str(file), 10)


@pytest.mark.parametrize("file", sorted((HERE / "pass").glob("*.py")), ids=lambda f: f.name)
def test_pass_file_builds(file: Path) -> None:
    """The pass files are real connectors: every one builds without a diagnostic."""
    namespace = runpy.run_path(str(file), run_name=f"typing_pass_{file.stem}")
    connectors = [
        value
        for value in namespace.values()
        if isinstance(value, type) and issubclass(value, Connector) and value is not Connector
    ]
    assert connectors, f"{file.name} defines no connector"
    for connector in connectors:
        assert build(connector).paths


def test_files_are_found() -> None:
    assert len(FAIL_FILES) >= 6
    assert len(FAIL_PYRIGHT_FILES) >= 3
