"""Try the quickstart connector against a fake service on this machine, with pytest."""

# --8<-- [start:test]
from __future__ import annotations

from pathlib import Path

from connector_dsl import load_connector
from connector_dsl.harness.fixture import FakeFactory, HarnessFactory

PET_STORE = load_connector(f"{Path(__file__).parents[1] / 'quickstart.py'}:PetStore")


def test_get_pet(connector_fake: FakeFactory, connector_harness: HarnessFactory) -> None:
    fake = connector_fake(PET_STORE)
    harness = connector_harness(PET_STORE, base_url=fake.url)
    result = harness.call("GetPet", pet_id=7)
    assert result.ok, result.findings
    assert result.url == f"{fake.url}/pets/7"
    assert set(result.body) == {"id", "name"}


# --8<-- [end:test]
