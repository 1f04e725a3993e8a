"""The clean connector passes both profiles: every other test breaks one thing."""

from __future__ import annotations

import pytest

from tests.validate.connectors import run


@pytest.mark.parametrize("profile", ["custom", "certification"])
def test_clean_connector_has_no_findings(profile: str) -> None:
    assert [str(f) for f in run(profile=profile)] == []  # type: ignore[arg-type]
