"""Fixtures of the ACC tests: the construction fake and a harness pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from aps_connectors.acc import ACC
from connector_dsl.harness import Harness
from tests.aps.construction_fake import TOKEN, ConstructionFake, construction_fake


@pytest.fixture
def fake() -> Iterator[ConstructionFake]:
    """The construction fake on 127.0.0.1."""
    with construction_fake() as server:
        yield server


@pytest.fixture
def harness(fake: ConstructionFake) -> Iterator[Harness]:
    """The ACC connector in the harness, calling the fake; the swagger's own requests.

    acc.csx is not run here (tests/harness/test_script_acc.py runs it under Mono), so
    these tests see what the swagger sends, whether or not Mono is installed.
    """
    with Harness(ACC, base_url=fake.url, token=TOKEN, timeout=5, run_script=False) as opened:
        yield opened
