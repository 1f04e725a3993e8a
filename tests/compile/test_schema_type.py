"""`schema-type`: a type pydantic cannot write as a JSON schema, reported at its field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

import pytest

from connector_dsl import Action, AuthoringError, Connector, ConnectorInfo, Query, Route, build


class Hooked(Action[None]):
    """Takes a function, which has no JSON schema."""

    route = Route(method="GET", path="/hooked", summary="Hooked")
    handler: Annotated[Callable[[], int], Query()]


class HookedConnector(Connector):
    info = ConnectorInfo(title="Hooked", host="example.com")
    operations = (Hooked,)


def test_a_type_without_a_schema_is_reported_at_its_field() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(HookedConnector)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "schema-type"
    assert diagnostic.place.python == "Hooked.handler"
    assert diagnostic.place.file is not None and diagnostic.place.file.endswith(
        "test_schema_type.py"
    )
    assert diagnostic.place.line == 17
    assert "CallableSchema" in diagnostic.message
