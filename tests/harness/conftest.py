"""Fixtures: the local APS fake, and the harness pytest plugin when it is not installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.harness import aps_fake
from tests.harness.server import Scripted, scripted


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("connector_dsl"):
        from connector_dsl.harness import fixture

        config.pluginmanager.register(fixture, "connector_dsl")


@pytest.fixture
def aps() -> Iterator[aps_fake.ApsFake]:
    """A fake of the APS endpoints on 127.0.0.1."""
    fake = aps_fake.start()
    try:
        yield fake
    finally:
        fake.close()


@pytest.fixture
def api() -> Iterator[Scripted]:
    """A scripted HTTP server on 127.0.0.1."""
    with scripted() as server:
        yield server
