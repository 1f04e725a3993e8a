"""Folders become tags; nested folder names are joined with ` / `."""

from __future__ import annotations

from .postman_kit import collection, convert, folder, only_operation, operations, request


def test_nested_folders_join_their_names() -> None:
    data = collection(folder("Issues", folder("Comments", request("List comments"))))
    document, _ = convert(data)
    assert only_operation(document)["tags"] == ["Issues / Comments"]
    assert document["tags"] == [{"name": "Issues / Comments"}]


def test_folder_description_describes_the_tag() -> None:
    data = collection(folder("Issues", request("List issues"), description="Issue calls."))
    document, _ = convert(data)
    assert document["tags"] == [{"name": "Issues", "description": "Issue calls."}]


def test_top_level_requests_have_no_tag() -> None:
    document, _ = convert(collection(request("List items")))
    assert "tags" not in only_operation(document)
    assert "tags" not in document


def test_each_tag_is_listed_once_in_order() -> None:
    data = collection(
        folder("B", request("One", url="{{baseUrl}}/one"), request("Two", url="{{baseUrl}}/two")),
        folder("A", request("Three", url="{{baseUrl}}/three")),
    )
    document, _ = convert(data)
    assert [t["name"] for t in document["tags"]] == ["B", "A"]
    assert sorted(op["tags"][0] for _, _, op in operations(document)) == ["A", "B", "B"]
