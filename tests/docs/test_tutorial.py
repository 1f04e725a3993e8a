"""The docs cannot drift from code: every example builds and every snippet is real.

- Each `docs/examples/*.py` builds its connector, and the document passes Microsoft's
  official schema and `openapi-spec-validator`.
- Each fenced python block in `docs/*.md` follows an include comment
  `<!-- include: FILE.py:REGION -->` and is exactly that region of the example file
  (the lines between `# --8<-- [start:REGION]` and `# --8<-- [end:REGION]`, dedented).

`UPDATE_DOCS=1 pytest tests/docs` rewrites the blocks from the example files.
"""

from __future__ import annotations

import os
import re
import runpy
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from connector_dsl import Connector, build, to_data
from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
EXAMPLES = sorted((DOCS / "examples").glob("*.py"))
PAGES = sorted(p for p in DOCS.rglob("*.md") if "examples" not in p.parts)

_MARKER = re.compile(r"^\s*# --8<-- \[(?P<kind>start|end):(?P<name>[\w-]+)\]\s*$")
_BLOCK = re.compile(
    r"(?:<!-- include: (?P<file>[\w./]+):(?P<region>[\w-]+) -->\n)?"
    r"```python\n(?P<code>.*?)```",
    re.DOTALL,
)


def regions(file: Path) -> dict[str, str]:
    """Every marked region of an example, dedented, without the marker lines."""
    open_regions: dict[str, list[str]] = {}
    found: dict[str, str] = {}
    for line in file.read_text(encoding="utf-8").splitlines():
        match = _MARKER.match(line)
        if match is None:
            for lines in open_regions.values():
                lines.append(line)
        elif match["kind"] == "start":
            open_regions[match["name"]] = []
        else:
            lines = open_regions.pop(match["name"])
            found[match["name"]] = textwrap.dedent("\n".join(lines)).strip("\n") + "\n"
    assert not open_regions, f"{file.name}: unclosed regions {sorted(open_regions)}"
    return found


def snippet(file: str, region: str) -> str:
    path = DOCS / "examples" / file
    assert path.is_file(), f"no example {file}"
    found = regions(path)
    assert region in found, f"{file} has no region {region!r}; it has {sorted(found)}"
    return found[region]


def render(page: str) -> str:
    """The page with every included block replaced by its region."""

    def fill(match: re.Match[str]) -> str:
        if match["file"] is None:
            return match[0]
        code = snippet(match["file"], match["region"])
        return f"<!-- include: {match['file']}:{match['region']} -->\n```python\n{code}```"

    return _BLOCK.sub(fill, page)


def connectors(file: Path) -> list[type[Connector]]:
    """The connectors a file defines, run as `python FILE` would: its folder first on the path.

    The tutorial steps import each other as sibling modules (`import tutorial_step1`).
    """
    saved = list(sys.path)
    sys.path.insert(0, str(file.parent))
    try:
        namespace: dict[str, Any] = runpy.run_path(str(file), run_name=f"docs_{file.stem}")
    finally:
        sys.path[:] = saved
    return [
        value
        for value in namespace.values()
        if isinstance(value, type)
        and issubclass(value, Connector)
        and value is not Connector
        and value.__module__ == f"docs_{file.stem}"
    ]


@pytest.mark.parametrize("file", EXAMPLES, ids=lambda f: f.name)
def test_example_builds_a_valid_document(file: Path, shared: Path) -> None:
    found = connectors(file)
    assert found, f"{file.name} defines no connector"
    for connector in found:
        data = to_data(build(connector))
        assert official_schema_errors(data) == []
        assert spec_validator_errors(data) == []


@pytest.mark.parametrize("page", PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_python_block_is_an_included_region(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    if os.environ.get("UPDATE_DOCS"):
        page.write_text(render(text), encoding="utf-8")
        text = page.read_text(encoding="utf-8")
    for match in _BLOCK.finditer(text):
        assert match["file"] is not None, (
            f"{page.name}: a python block has no `<!-- include: FILE.py:REGION -->` line "
            f"above it:\n{match['code'][:200]}"
        )
        assert match["code"] == snippet(match["file"], match["region"]), (
            f"{page.name}: the block for {match['file']}:{match['region']} differs from the "
            "example; run UPDATE_DOCS=1 pytest tests/docs"
        )


def test_tutorial_shows_code() -> None:
    text = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    assert len(_BLOCK.findall(text)) >= 8


@pytest.mark.parametrize("step", [1, 2, 3, 4])
def test_each_tutorial_step_shows_its_imports_and_whole_connector(step: int) -> None:
    """A step's snippets start with the file's imports and end with its complete connector."""
    text = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    shown = [m["region"] for m in _BLOCK.finditer(text) if m["file"] == f"tutorial_step{step}.py"]
    assert shown[0] == "imports"
    assert shown[-1] == "connector"
    assert "class APSTutorial(Connector):" in snippet(f"tutorial_step{step}.py", "connector")


@pytest.mark.parametrize("file", EXAMPLES, ids=lambda f: f.name)
def test_example_regions_are_closed(file: Path) -> None:
    assert regions(file)


@pytest.mark.parametrize("step", [1, 2, 3, 4])
def test_a_steps_snippets_are_its_whole_file(step: int) -> None:
    """Read in order, a step's snippets are its file (less the docstring and blank lines)."""
    text = (DOCS / "tutorial.md").read_text(encoding="utf-8")
    name = f"tutorial_step{step}.py"
    shown = "".join(snippet(name, m["region"]) for m in _BLOCK.finditer(text) if m["file"] == name)
    source = (DOCS / "examples" / name).read_text(encoding="utf-8")
    body = source.split('"""', 2)[2]

    def lines(code: str) -> list[str]:
        return [
            line.strip() for line in code.splitlines() if line.strip() and not _MARKER.match(line)
        ]

    assert lines(shown) == lines(body)
