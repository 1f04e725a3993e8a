"""Shared fixtures: `../shared` (skip when absent) and the document oracles."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.testing.oracles import shared_dir


@pytest.fixture(scope="session")
def shared() -> Path:
    """`../shared` beside the project; tests that need it skip when it is absent."""
    path = shared_dir()
    if path is None:
        pytest.skip("../shared is not beside the project")
    return path
