"""docs/new-project.md shows what `connector-dsl new my-service` writes.

Its console blocks (what `new` prints, the refusals) run in tests/docs/test_console_blocks.py.
"""

from __future__ import annotations

import re
from pathlib import Path

from connector_dsl.scaffold import ProjectNames, project_files, project_names

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "new-project.md"
EXAMPLES = ROOT / "docs" / "examples"


def _names() -> ProjectNames:
    names = project_names("my-service")
    assert isinstance(names, ProjectNames)
    return names


def _generated(path: str) -> str:
    return project_files(_names())[path].decode("utf-8")


def _blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)


def _example() -> tuple[str, str, str]:
    """docs/examples/my_service.py: its docstring, its `module` region and its `test` region."""
    text = (EXAMPLES / "my_service.py").read_text(encoding="utf-8")
    head, rest = text.split("# --8<-- [start:module]\n")
    module, rest = rest.split("# --8<-- [end:module]\n")
    test = rest.split("# --8<-- [start:test]\n")[1].split("# --8<-- [end:test]")[0]
    return head, module, test


def test_the_example_module_is_what_new_writes() -> None:
    head, module, _ = _example()
    assert head + module.rstrip("\n") + "\n" == _generated("my_service.py")


def test_the_example_test_is_what_new_writes() -> None:
    generated = _generated("tests/test_my_service.py")
    assert _example()[2].strip("\n") + "\n" in generated
    assert "from my_service import MyService\n" in generated


def test_the_workflow_block_is_what_new_writes() -> None:
    assert _blocks("yaml") == [_generated(".github/workflows/connector.yml")]


def test_the_tree_lists_every_file() -> None:
    tree = _blocks("text")[0]
    shown = sorted(re.findall(r"[─└├]── (\S+)", tree))
    assert shown == sorted(project_files(_names()))


def test_the_names_table_is_what_new_makes() -> None:
    text = PAGE.read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| `([^`]+)` \| `(\w+)` \| `(\w+)` \| `([\w-]+)` \| ([^|]+) \|$", text, re.M
    )
    assert len(rows) == 3
    for name, module, connector, project, title in rows:
        assert project_names(name) == ProjectNames(module, connector, project, title.strip())
