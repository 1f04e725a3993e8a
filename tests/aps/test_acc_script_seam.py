"""The Python stand-in for acc.csx (the seam until the harness runs the script)."""

from __future__ import annotations

from tests.aps import world
from tests.aps.acc_script import design_urn, drop_pickers, flatten, rewrite_path


def test_b_prefix_off_for_construction_on_for_data() -> None:
    assert rewrite_path(f"/construction/issues/v1/projects/{world.PROJECT}/issues") == (
        f"/construction/issues/v1/projects/{world.PROJECT_GUID}/issues"
    )
    assert rewrite_path(f"/construction/admin/v1/accounts/{world.HUB}/projects") == (
        f"/construction/admin/v1/accounts/{world.ACCOUNT}/projects"
    )
    assert rewrite_path(f"/data/v1/projects/{world.PROJECT_GUID}/items/x") == (
        f"/data/v1/projects/{world.PROJECT}/items/x"
    )
    assert rewrite_path(f"/data/v1/projects/{world.PROJECT}/items/x") == (
        f"/data/v1/projects/{world.PROJECT}/items/x"
    )


def test_version_urns_become_design_urns_once() -> None:
    encoded = "urn%253Aadsk.wipprod%253Afs.file%253Avf.hC6k4hndRWaeIVhIjvHu8w%253Fversion%253D3"
    assert design_urn(encoded) == world.DERIVATIVE
    assert design_urn(world.DERIVATIVE) == world.DERIVATIVE
    path = f"/modelderivative/v2/designdata/{encoded}/manifest"
    assert rewrite_path(path) == f"/modelderivative/v2/designdata/{world.DERIVATIVE}/manifest"


def test_pickers_are_dropped() -> None:
    assert drop_pickers("hub_id=b.1&filter%5Btype%5D=items&item_id=x") == "filter%5Btype%5D=items"


def test_nested_lists_are_flattened() -> None:
    types = {"results": [{"id": "t1", "subtypes": [{"id": "s1"}, {"id": "s2"}]}, {"id": "t2"}]}
    assert flatten(types, "subtypes") == {"results": [{"id": "s1"}, {"id": "s2"}]}
    causes = {"results": [{"id": "c1", "rootCauses": [{"id": "r1"}]}]}
    assert flatten(causes, "rootcauses") == {"results": [{"id": "r1"}]}
