"""Shared fixtures: `../shared` (skip when absent) and the document oracles.

An autouse fixture checks every document a test builds from Python classes
against Microsoft's official schema and `openapi-spec-validator`; a test that
builds a deliberately invalid document opts out with `@pytest.mark.invalid_document`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import connector_dsl.compile as compile_module
from connector_dsl.dump import to_data
from connector_dsl.testing.oracles import (
    official_schema_errors,
    shared_dir,
    spec_validator_errors,
)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "invalid_document: the test builds documents the oracles would reject"
    )
    updating = [name for name in _UPDATES if os.environ.get(name)]
    if updating and config.getoption("numprocesses", default=None):
        msg = (
            f"{' and '.join(updating)} rewrite files that several tests share: "
            "run the update without -n (pytest-xdist), then the tests in parallel"
        )
        raise pytest.UsageError(msg)


_UPDATES = ("UPDATE_GOLDEN", "UPDATE_DOCS")
"""Environment variables that make tests rewrite golden files and docs pages."""


@pytest.fixture(scope="session")
def shared() -> Path:
    """`../shared` beside the project; tests that need it skip when it is absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is not beside the project")
    return path


@pytest.fixture(autouse=True)
def _oracle_checks_every_build(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[list[Any]]:
    """Every document built from Python passes both outside validators.

    `connector_dsl.build` and `dumps` call `compile_connector` by its module's name, so
    patching it here checks them too.
    """
    built: list[Any] = []
    if request.node.get_closest_marker("invalid_document") or shared_dir() is None:
        yield built
        return
    original = compile_module.compile_connector

    def checked(connector: Any) -> Any:
        document = original(connector)
        data = to_data(document)
        problems = official_schema_errors(data) + spec_validator_errors(data)
        assert not problems, f"{connector.__name__} builds an invalid document: {problems}"
        built.append(data)
        return document

    monkeypatch.setattr(compile_module, "compile_connector", checked)
    yield built


@pytest.fixture(scope="session")
def mypy_fail() -> Any:
    """mypy --strict over every typing fail file, once: findings by file."""
    from tests.typing.test_typing import FAIL_FILES, FAIL_PYRIGHT_FILES, run_mypy

    return run_mypy(FAIL_FILES + FAIL_PYRIGHT_FILES)


@pytest.fixture(scope="session")
def pyright_fail() -> Any:
    """pyright over every typing fail file, once: findings by file."""
    from tests.typing.test_typing import FAIL_FILES, FAIL_PYRIGHT_FILES, run_pyright

    return run_pyright(FAIL_FILES + FAIL_PYRIGHT_FILES)
