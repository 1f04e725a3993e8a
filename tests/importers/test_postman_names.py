"""Operation ids, summaries and descriptions come from the request."""

from __future__ import annotations

from .postman_kit import codes, collection, convert, only_operation, operations, request


def test_operation_id_is_pascal_case_from_the_name() -> None:
    op = only_operation(convert(collection(request("Step 2.1: get the reviewer's tasks")))[0])
    assert op["operationId"] == "Step21GetTheReviewersTasks"
    assert op["summary"] == "Step 2.1: get the reviewer's tasks"


def test_leading_digit_and_empty_names() -> None:
    data = collection(
        request("01-List hubs", url="{{baseUrl}}/hubs"),
        request("  ", url="{{baseUrl}}/hubs/:hubId/projects"),
    )
    document, _ = convert(data)
    ids = [op["operationId"] for _, _, op in operations(document)]
    assert ids == ["Op01ListHubs", "GetHubsProjects"]


def test_same_names_get_suffixes() -> None:
    data = collection(request("List", url="{{baseUrl}}/a"), request("List", url="{{baseUrl}}/b"))
    ids = [op["operationId"] for _, _, op in operations(convert(data)[0])]
    assert ids == ["List", "List_2"]


def test_long_names_are_cut_to_80_with_a_warning() -> None:
    name = "Retrieve " + "every single thing " * 8
    document, conversion = convert(collection(request(name)))
    summary = only_operation(document)["summary"]
    assert len(summary) <= 80
    assert name.startswith(summary)
    assert codes(conversion) == ["postman-summary-truncated"]
    assert conversion.warnings[0].place.pointer == "/item/0/name"


def test_description_from_a_string_or_an_object() -> None:
    data = collection(
        request("A", url="{{baseUrl}}/a", description="  Lists A. "),
        request("B", url="{{baseUrl}}/b", description={"content": "Lists B.", "type": "text"}),
        request("C", url="{{baseUrl}}/c"),
    )
    ops = [op for _, _, op in operations(convert(data)[0])]
    assert [op.get("description") for op in ops] == ["Lists A.", "Lists B.", None]
