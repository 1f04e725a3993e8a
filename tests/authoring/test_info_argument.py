"""`info-argument`: a `ConnectorInfo` sequence argument given as one string."""

from __future__ import annotations

from typing import Any, cast

import pytest

from connector_dsl import AuthoringError, ConnectorInfo


def test_a_string_for_a_tuple_is_reported_at_the_call() -> None:
    with pytest.raises(AuthoringError) as caught:
        ConnectorInfo(title="T", host="example.com", schemes=cast(Any, "https"))
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "info-argument"
    assert "write schemes=('https',)" in diagnostic.message
    assert diagnostic.place.file is not None and diagnostic.place.file.endswith(
        "test_info_argument.py"
    )
    assert diagnostic.place.line == 14
