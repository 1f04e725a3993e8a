"""The dropdown and trigger walk on a sample of real connectors, against generated fakes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.corpus_walk import walk

pytestmark = pytest.mark.slow  # fakes of a sample of corpus connectors

SAMPLE = {
    "Adobe Creative Cloud Libraries": (),
    "Azure Communication Services SMS Events": (),
    "Cradl AI": (),
    "Gratavid": (),
    "MoreApp Forms": ("which it does not declare (declared: none)",),
    "OutlookTasks": (),
    "SAS Decisioning": (),
    "Telephony-Xtended-Service": (),
    "WooCommerce": (),
    "FreeAgent": (),
    "Philips HUE": (),
}
"""Every tenth connector with dynamic values, and the findings each is known to give:
MoreApp's webhooks declare no responses, which the harness rightly reports."""


def _folder(shared: Path, name: str) -> Path:
    found = sorted(shared.glob(f"corpus/*/{name}/apiDefinition.swagger.json"))
    if not found:
        pytest.skip(f"{name} is not in the corpus")
    return found[0].parent


@pytest.mark.parametrize("name", sorted(SAMPLE))
def test_walk(shared: Path, name: str) -> None:
    result = walk(_folder(shared, name))
    assert result.dropdowns > 0
    expected = SAMPLE[name]
    unexplained = [p for p in result.problems if not any(e in p for e in expected)]
    assert unexplained == []
    if not expected:
        assert result.filled == result.dropdowns
        assert result.calls_ok == result.calls
        assert result.notified == result.webhooks
