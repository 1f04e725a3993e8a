"""The location tree: listed, and offered as the dropdown for issues' `locationId`."""

from __future__ import annotations

from aps_connectors.acc.locations import LOCATIONS, ListLocations
from connector_dsl.harness import Harness
from tests.aps.construction_fake import FLOOR, PROJECT, ROOT, ConstructionFake


def test_list_locations_reads_the_default_tree(harness: Harness, fake: ConstructionFake) -> None:
    nodes = harness.call("ListLocations", projectId=PROJECT)

    assert nodes.ok, nodes.findings
    assert [(n["id"], n["parentId"]) for n in nodes.body["results"]] == [
        (ROOT, None),
        (FLOOR, ROOT),
    ]
    assert fake.seen[-1].path == (
        f"/construction/locations/v2/projects/{PROJECT}/trees/default/nodes"
    )


def test_the_dropdown_lists_every_location_by_name() -> None:
    assert LOCATIONS.operation is ListLocations
    assert (LOCATIONS.collection, LOCATIONS.value, LOCATIONS.title) == ("results", "id", "name")
