"""Photos through the harness, with and without their download links."""

from __future__ import annotations

from connector_dsl.harness import Harness
from tests.aps.construction_fake import PROJECT, ConstructionFake


def test_list_photos_with_download_links(harness: Harness, fake: ConstructionFake) -> None:
    plain = harness.call("ListPhotos", projectId=PROJECT)
    linked = harness.call("ListPhotos", projectId=PROJECT, include="signedUrls")

    assert plain.ok and linked.ok, (plain.findings, linked.findings)
    assert "signedUrls" not in plain.body["results"][0]
    assert linked.body["results"][0]["signedUrls"]["fileUrl"].endswith("photo-1.jpg")
    assert [r.method + " " + r.path for r in fake.seen] == [
        f"POST /construction/photos/v1/projects/{PROJECT}/photos:filter"
    ] * 2
    assert fake.seen[1].query == {"include": "signedUrls"}
