"""`connector-dsl --version` and `connector_dsl.__version__`, from the package metadata."""

from __future__ import annotations

import importlib.metadata

import pytest

import connector_dsl
from tests.cli.kit import run_child, run_here


def test_version_is_the_installed_distributions() -> None:
    installed = importlib.metadata.version("connector-dsl")
    outcome = run_here("--version")
    assert outcome.code == 0
    assert outcome.out == f"connector-dsl {installed}\n"
    assert outcome.err == ""
    assert connector_dsl.__version__ == installed


def test_version_from_the_console_exits_0_on_stdout() -> None:
    outcome = run_child("--version")
    assert outcome.code == 0
    assert outcome.out.startswith("connector-dsl ")
    assert outcome.out.split()[1][0].isdigit()


def test_version_without_an_installed_distribution(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    monkeypatch.delitem(vars(connector_dsl), "__version__", raising=False)
    assert connector_dsl.__version__ == "0+unknown"
    monkeypatch.delitem(vars(connector_dsl), "__version__")
    assert run_here("--version").out == "connector-dsl 0+unknown\n"
