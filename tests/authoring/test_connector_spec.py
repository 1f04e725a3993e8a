"""`connector-spec`: a `MODULE:CLASS` that is malformed or names no `Connector` subclass."""

from __future__ import annotations

import pytest

from connector_dsl import InputError, load_connector


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("aps_connectors.acc", "is not MODULE:CLASS"),
        ("aps_connectors.acc:Nope", "no Connector subclass named 'Nope'"),
        ("aps_connectors.acc:Path", "no Connector subclass named 'Path'"),
    ],
)
def test_spec_problems_have_their_code(spec: str, words: str) -> None:
    with pytest.raises(InputError) as caught:
        load_connector(spec)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "connector-spec"
    assert words in diagnostic.message
