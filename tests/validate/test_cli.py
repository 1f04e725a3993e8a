"""`connector-dsl validate`: exit codes 0, 1 and 2, formats, --disable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.cli import main
from tests.validate.connectors import GOOD_PROPERTIES, good


def write(folder: Path, document: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(document), encoding="utf-8")
    (folder / "apiProperties.json").write_text(json.dumps(GOOD_PROPERTIES), encoding="utf-8")
    return folder


@pytest.fixture(autouse=True)
def _no_project_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def test_clean_connector_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = write(tmp_path / "ok", good())
    assert main(["validate", str(folder), "--profile", "certification"]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_errors_exit_1_with_position(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = good()
    document["host"] = "https://api.contoso.com"
    folder = write(tmp_path / "bad", document)
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "HostNameNotValid" in out
    assert "apiDefinition.swagger.json:1:" in out


def test_disable_on_the_command_line(tmp_path: Path) -> None:
    document = good()
    document["host"] = "https://api.contoso.com"
    folder = write(tmp_path / "bad", document)
    assert main(["validate", str(folder), "--disable", "HostNameNotValid"]) == 0


def test_json_and_github_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = good()
    document["host"] = "https://api.contoso.com"
    file = write(tmp_path / "bad", document) / "apiDefinition.swagger.json"
    assert main(["validate", str(file), "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["rule"] == "HostNameNotValid"
    assert rows[0]["pointer"] == "/host"
    assert main(["validate", str(file), "--format", "github"]) == 1
    assert capsys.readouterr().out.startswith("::error file=")


def test_unreadable_input_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{ nope", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert main(["validate", str(tmp_path / "missing.json")]) == 2


def test_python_spec_that_cannot_load_exits_2() -> None:
    assert main(["validate", "no_such_module_here:Connector"]) == 2


def test_config_in_pyproject_is_used(tmp_path: Path) -> None:
    document = good()
    document["info"]["title"] = "A title that is far too long to use"
    folder = write(tmp_path / "long", document)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.connector-dsl.validate]\nprofile = "certification"\n', encoding="utf-8"
    )
    assert main(["validate", str(folder)]) == 1


def test_python_connector_whose_build_fails_exits_1_with_its_problems(
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = Path(__file__).parent.parent / "compile" / "broken.py"
    assert main(["validate", f"{broken}:UnboundConnector"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "path-template-unbound" in captured.err


def test_python_connector_is_validated_with_its_api_properties(
    capsys: pytest.CaptureFixture[str],
) -> None:
    sample = Path(__file__).parent.parent / "authoring" / "sample.py"
    assert main(["validate", f"{sample}:Tasks", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) is not None
