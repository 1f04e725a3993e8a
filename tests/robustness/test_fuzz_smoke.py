"""A short fuzzing run in the default test suite: no traceback, no timeout, no broken package.

`nox -s fuzz` runs the same campaign longer (see `tests/robustness/fuzzing.py`).
"""

from __future__ import annotations

import pytest

from tests.robustness.fuzzing import campaign


@pytest.mark.slow  # every command on mutated inputs
@pytest.mark.invalid_document  # mutated inputs build documents the outside oracles reject
def test_short_campaign_is_clean() -> None:
    tally, _, _ = campaign(inputs=8, seed=7, seed_files=3)
    assert sum(tally.inputs.values()) >= 8 * 4
    assert dict(tally.tracebacks) == {}, tally.failures
    assert dict(tally.timeouts) == {}, tally.failures
    assert tally.broken_packages == 0, tally.failures
    assert tally.leaks == 0, tally.failures
    assert tally.inputs["call"] == 8
