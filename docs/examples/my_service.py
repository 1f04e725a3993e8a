"""The My Service connector: one action that gets an item by its ID.

Build it with `connector-dsl build my_service.py:MyService -o package/`; check it with
`connector-dsl validate my_service.py:MyService`.
"""

# --8<-- [start:module]
from typing import Annotated

from connector_dsl import Action, Connector, ConnectorInfo, NoAuth, Path, Route, Ui
from pydantic import BaseModel


class Item(BaseModel):
    """One item of the service."""

    id: Annotated[str, Ui(summary="Item ID", description="The item's unique ID.")]
    name: Annotated[str, Ui(summary="Name", description="The item's display name.")]


class GetItem(Action[Item]):
    """Returns one item by its ID."""

    route = Route(method="GET", path="/items/{item_id}", summary="Get an item")
    item_id: Annotated[str, Path(summary="Item ID", description="The item to get.")]


class MyService(Connector):
    """The My Service connector."""

    info = ConnectorInfo(
        title="My Service",
        description="Gets items from the My Service API by their ID.",
        host="api.example.com",
        base_path="/v1",
    )
    security = NoAuth()
    operations = (GetItem,)


# --8<-- [end:module]

# The test `connector-dsl new` writes beside it, in tests/test_my_service.py.
from connector_dsl.harness.fixture import FakeFactory, HarnessFactory  # noqa: E402


# --8<-- [start:test]
def test_item(connector_fake: FakeFactory, connector_harness: HarnessFactory) -> None:
    fake = connector_fake(MyService)
    harness = connector_harness(MyService, base_url=fake.url)
    result = harness.call("GetItem", item_id="42")
    assert result.ok, result.findings
    assert result.url.endswith("/v1/items/42")
    assert sorted(result.body) == ["id", "name"]


# --8<-- [end:test]
