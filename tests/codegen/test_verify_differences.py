"""`verify.differences`: the JSON pointers where a build differs from its input."""

from __future__ import annotations

from connector_dsl.codegen.verify import differences


def test_equal_values_have_no_difference() -> None:
    assert differences({"a": [1, {"b": "x"}]}, {"a": [1, {"b": "x"}]}) == []


def test_each_differing_leaf_is_named_by_its_pointer() -> None:
    expected = {"info": {"title": "A"}, "paths": {"/a/{id}": {"get": {"x": 1}}}}
    built = {"info": {"title": "B"}, "paths": {"/a/{id}": {"get": {"x": 2}}}}
    assert differences(expected, built) == ["/info/title", "/paths/~1a~1{id}/get/x"]


def test_missing_and_extra_keys_and_list_lengths() -> None:
    assert differences({"a": 1, "b": [1, 2]}, {"b": [1], "c": 3}) == ["/a", "/b", "/c"]


def test_the_whole_document_is_the_empty_pointer() -> None:
    assert differences([1], {"a": 1}) == [""]


def test_at_most_limit_pointers() -> None:
    expected = {str(n): n for n in range(30)}
    assert len(differences(expected, {}, limit=5)) == 5
