"""`connector-dsl new NAME [-o DIR]`: a project that builds, validates and tests clean."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from connector_dsl.cli import main
from connector_dsl.errors import Diagnostic
from connector_dsl.scaffold import ProjectNames, project_names

ROOT = Path(__file__).resolve().parents[2]

FILES = [
    ".github/workflows/connector.yml",
    ".gitignore",
    "README.md",
    "pyproject.toml",
    "shop_orders.py",
    "tests/test_shop_orders.py",
]


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _new(tmp_path: Path, name: str = "shop-orders") -> Path:
    folder = tmp_path / "project"
    assert main(["new", name, "-o", str(folder)]) == 0
    return folder


def test_new_writes_every_file_with_the_names_filled_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _new(tmp_path)
    assert _files(folder) == FILES
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in FILES}
    assert all("{{" not in text for text in texts.values())
    assert "class ShopOrders(Connector):" in texts["shop_orders.py"]
    assert 'title="Shop Orders"' in texts["shop_orders.py"]
    assert 'name = "shop-orders"' in texts["pyproject.toml"]
    assert "from shop_orders import ShopOrders" in texts["tests/test_shop_orders.py"]
    workflow = texts[".github/workflows/connector.yml"]
    assert "connector-dsl validate shop_orders.py:ShopOrders --format github" in workflow
    assert "connector-dsl build shop_orders.py:ShopOrders -o package" in workflow
    assert "actions/upload-artifact@v4" in workflow
    assert "name: shop-orders-package" in workflow
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"wrote 6 files into {folder}" in captured.err


def test_the_default_folder_is_the_project_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "Shop Orders"]) == 0
    assert _files(tmp_path / "shop-orders") == FILES


def test_the_project_builds_and_validates_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _new(tmp_path, "build-check")
    monkeypatch.chdir(folder)  # validate reads the project's [tool.connector-dsl.validate]
    monkeypatch.setattr(sys, "path", list(sys.path))  # loading the file puts its folder first
    capsys.readouterr()
    spec = "build_check.py:BuildCheck"
    assert main(["validate", spec, "--format", "github"]) == 0
    assert capsys.readouterr().out == ""
    assert main(["validate", spec]) == 0
    assert capsys.readouterr().out == "0 error(s), 0 warning(s)\n"
    assert main(["build", spec, "-o", "package"]) == 0
    assert capsys.readouterr().err == ""
    package = folder / "package"
    written = sorted(p.name for p in package.iterdir())
    assert written == [
        "apiDefinition.swagger.json",
        "apiProperties.json",
        "readme.md",
        "settings.json",
    ]
    swagger = orjson.loads((package / "apiDefinition.swagger.json").read_bytes())
    assert swagger["info"]["title"] == "Build Check"
    assert swagger["host"] == "api.example.com"
    assert swagger["basePath"] == "/v1"
    assert list(swagger["paths"]) == ["/items/{item_id}"]
    assert swagger["paths"]["/items/{item_id}"]["get"]["operationId"] == "GetItem"


def _plugin_options() -> list[str]:
    """Load the harness plugin by hand when connector-dsl's entry point is not installed."""
    installed = importlib.metadata.entry_points(group="pytest11", name="connector_dsl")
    return [] if installed else ["-p", "connector_dsl.harness.fixture"]


def test_the_project_passes_its_own_test(tmp_path: Path) -> None:
    folder = _new(tmp_path, "pytest-check")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(ROOT / "src"), env.get("PYTHONPATH", "")) if p
    )
    env.pop("PYTEST_ADDOPTS", None)
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *_plugin_options()]
    result = subprocess.run(
        command, cwd=folder, env=env, capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_a_folder_that_is_not_empty_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert main(["new", "shop-orders", "-o", str(folder)]) == 2
    assert _files(folder) == ["notes.txt"]
    err = capsys.readouterr().err
    assert f'File "{folder}": error [new-folder-not-empty]' in err
    assert "this folder is not empty (notes.txt); nothing was written" in err


def test_a_file_in_the_way_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "taken"
    target.write_text("mine\n", encoding="utf-8")
    assert main(["new", "shop-orders", "-o", str(target)]) == 2
    assert target.read_text(encoding="utf-8") == "mine\n"
    assert "error [new-folder-not-empty] this is a file" in capsys.readouterr().err


def test_an_empty_folder_is_used(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    assert main(["new", "shop-orders", "-o", str(folder)]) == 0
    assert _files(folder) == FILES


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("1st-service", "is not a Python identifier"),
        ("shop/orders", "is not a Python identifier"),
        ("café", "is not a Python identifier"),
        ("", "is not a Python identifier"),
        ("class", "is a Python keyword"),
        ("json", "would hide the module of the same name"),
        ("connector-dsl", "would hide the module of the same name"),
    ],
)
def test_a_name_that_is_no_module_is_refused(
    name: str, why: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", name, "-o", str(tmp_path / "project")]) == 2
    assert not (tmp_path / "project").exists()
    err = capsys.readouterr().err
    assert "error [new-name] the project name" in err
    assert why in err


def test_every_problem_is_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    assert main(["new", "2fast", "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "[new-name]" in err
    assert "[new-folder-not-empty]" in err


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("my-service", ProjectNames("my_service", "MyService", "my-service", "My Service")),
        ("Acme.CRM v2", ProjectNames("acme_crm_v2", "AcmeCrmV2", "acme-crm-v2", "Acme Crm V2")),
        ("item", ProjectNames("item", "ItemConnector", "item", "Item")),
        ("connector", ProjectNames("connector", "ConnectorConnector", "connector", "Connector")),
    ],
)
def test_names_are_normalised(name: str, expected: ProjectNames) -> None:
    assert project_names(name) == expected


def test_a_refused_name_is_a_diagnostic() -> None:
    found = project_names("9lives")
    assert isinstance(found, Diagnostic)
    assert (found.code, found.severity, found.place.file) == ("new-name", "error", "9lives")


@pytest.mark.slow
def test_the_project_passes_the_type_checkers(tmp_path: Path) -> None:
    folder = _new(tmp_path, "typed-check")
    checkers = {
        "mypy": [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "."],
        "pyright": ["pyright", "--pythonpath", sys.executable, "."],
    }
    for name, command in checkers.items():
        if importlib.util.find_spec(name) is None:
            pytest.skip(f"{name} is not installed")
        result = subprocess.run(
            command, cwd=folder, capture_output=True, text=True, check=False, timeout=600
        )
        assert result.returncode == 0, f"{name}:\n{result.stdout}{result.stderr}"
