"""`connector-dsl diff OLD NEW`: sides, formats, exit status, allowed rules."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.cli import main

OLD: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Items", "version": "1.0"},
    "host": "api.example.com",
    "paths": {
        "/items": {
            "get": {
                "operationId": "ListItems",
                "summary": "List items",
                "parameters": [{"name": "folder", "in": "query", "type": "string"}],
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
}


def _new() -> dict[str, Any]:
    new = json.loads(json.dumps(OLD))
    new["paths"]["/items"]["get"]["parameters"] = []
    return new


@pytest.fixture
def files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(OLD, indent=2), encoding="utf-8")
    new.write_text(json.dumps(_new(), indent=2), encoding="utf-8")
    return old, new


def test_breaking_change_exits_1_with_both_places(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(files[0]), str(files[1])]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("breaking input-removed: input 'folder' was removed")
    assert f"  old: {files[0]}:14#/paths/~1items/get/parameters/0" in out
    assert out.endswith("1 breaking, 0 warning, 0 info\n")


def test_same_file_exits_0(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(files[0]), str(files[0])]) == 0
    assert capsys.readouterr().out == "0 breaking, 0 warning, 0 info\n"


def test_json_format(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", str(files[0]), str(files[1]), "--format", "json"])
    [row] = json.loads(capsys.readouterr().out)
    assert row["rule"] == "input-removed"
    assert row["severity"] == "breaking"
    assert row["operation"] == "ListItems"
    assert row["old"]["pointer"] == "/paths/~1items/get/parameters/0"
    assert row["new"] is None


def test_github_format(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", str(files[0]), str(files[1]), "--format", "github"])
    line = capsys.readouterr().out
    assert line.startswith(f"::error file={files[0]},line=14,title=input-removed::input 'folder'")


def test_markdown_format(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    main(["diff", str(files[0]), str(files[1]), "--format", "markdown"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "**connector-dsl diff**: 1 breaking, 0 warning, 0 info"
    assert lines[4].startswith(
        "| breaking | `input-removed` | `#/paths/~1items/get/parameters/0` |"
    )


def test_allow_on_the_command_line(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(files[0]), str(files[1]), "--allow", "input-removed"]) == 0
    assert capsys.readouterr().out == "0 breaking, 0 warning, 0 info\n"


def test_allow_in_pyproject(files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    Path("pyproject.toml").write_text(
        '[tool.connector-dsl.diff]\nallow = ["input-removed"]\n', encoding="utf-8"
    )
    assert main(["diff", str(files[0]), str(files[1])]) == 0


def test_unknown_allowed_rule_is_refused(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(files[0]), str(files[1]), "--allow", "no-such-rule"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        "[diff-unknown-rule] 'no-such-rule' is not a diff rule; see docs/diff-rules.md for the ids"
        in captured.err
    )


def test_a_misspelt_allowed_rule_gets_the_nearest_rule(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(files[0]), str(files[1]), "--allow", "input-remove"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert (
        "File \"--allow\": error [diff-unknown-rule] 'input-remove' is not a diff rule; "
        "did you mean 'input-removed'? (the ids are in docs/diff-rules.md)" in captured.err
    )


def test_a_misspelt_rule_in_pyproject_gets_the_nearest_rule(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    Path("pyproject.toml").write_text(
        '[tool.connector-dsl.diff]\nallow = ["Host-Changed"]\n', encoding="utf-8"
    )
    assert main(["diff", str(files[0]), str(files[1])]) == 2
    err = capsys.readouterr().err
    assert "'Host-Changed' is not a diff rule; did you mean 'host-changed'?" in err
    assert "#/tool/connector-dsl/diff/allow" in err


def test_unknown_rule_in_pyproject_is_refused(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    Path("pyproject.toml").write_text(
        '[tool.connector-dsl.diff]\nallow = ["nope"]\n', encoding="utf-8"
    )
    assert main(["diff", str(files[0]), str(files[1])]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err
    assert "#/tool/connector-dsl/diff/allow" in err


def test_unreadable_sides_are_all_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["diff", "missing-old.json", "missing-new.json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("[diff-side]") == 2


def test_git_revision_side(
    files: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    folder = tmp_path / "connector"
    folder.mkdir()
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(OLD), encoding="utf-8")
    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "v1")
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(_new()), encoding="utf-8")
    assert main(["diff", "HEAD:connector", "connector"]) == 1
    out = capsys.readouterr().out
    assert (
        "  old: HEAD:connector/apiDefinition.swagger.json:1#/paths/~1items/get/parameters/0" in out
    )


def test_python_sides_give_python_places(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "tests.diff.versions:ItemsV1", "tests.diff.versions:ItemsBroken"]) == 1
    out = capsys.readouterr().out
    assert (
        "  old: tests/diff/versions.py:26 (ListItems.folder)#/paths/~1items/get/parameters/0" in out
    )


def test_python_revision_is_not_breaking(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "tests.diff.versions:ItemsV1", "tests.diff.versions:ItemsV2"]) == 0
    assert "info operation-superseded" in capsys.readouterr().out
