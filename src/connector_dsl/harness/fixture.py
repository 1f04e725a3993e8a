"""A pytest plugin for connector authors: `connector_harness` and `connector_fake`.

    def test_hubs(connector_harness, connector_fake):
        fake = connector_fake(MyConnector)
        harness = connector_harness(MyConnector, base_url=fake.url)
        assert harness.call("ListHubs").ok

Registered through the `pytest11` entry point `connector_dsl`; everything started
is closed when the test ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

import pytest

from connector_dsl.harness.client import Harness
from connector_dsl.harness.fake import FakeService, start_fake
from connector_dsl.harness.source import ConnectorLike


class HarnessFactory(Protocol):
    """Makes a `Harness` closed at the end of the test."""

    def __call__(self, connector: ConnectorLike, /, **options: Any) -> Harness: ...


class FakeFactory(Protocol):
    """Starts a generated fake service stopped at the end of the test."""

    def __call__(self, connector: ConnectorLike, /) -> FakeService: ...


@pytest.fixture
def connector_harness() -> Iterator[HarnessFactory]:
    """`connector_harness(Connector, base_url=..., token=...)` -> a `Harness`."""
    made: list[Harness] = []

    def make(connector: ConnectorLike, /, **options: Any) -> Harness:
        harness = Harness(connector, **options)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.close()


@pytest.fixture
def connector_fake() -> Iterator[FakeFactory]:
    """`connector_fake(Connector)` -> a running fake service answering sample payloads."""
    started: list[FakeService] = []

    def start(connector: ConnectorLike, /) -> FakeService:
        fake = start_fake(connector)
        started.append(fake)
        return fake

    yield start
    for fake in started:
        fake.close()
