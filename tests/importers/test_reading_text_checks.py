"""The JSON text tells when `check_values` and `check_refs` need not walk the data.

A "maybe" from the text (or the number hooks) leads to the full walk, so what is
reported is the same as walking every file; these tests pin both sides.
"""

from __future__ import annotations

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers.limits import MAX_DEPTH, json_text_within_limits

from .reading_kit import read_json


def _nested(levels: int) -> str:
    return "[" * levels + "]" * levels


def test_plain_text_is_within_limits() -> None:
    text = '{"a": [1, {"b": "[[[[ \\\\ud800 ]]]]"}], "c": "\\ud83d\\ude00"}'
    assert json_text_within_limits('{"a": [1, {"b": "[[[[ ]]]]"}]}')
    assert not json_text_within_limits(text)
    assert not json_text_within_limits('{"a": "\ud800"}')


@pytest.mark.parametrize(("levels", "within"), [(MAX_DEPTH - 1, True), (MAX_DEPTH, False)])
def test_depth_from_brackets_outside_strings(levels: int, within: bool) -> None:
    text = '{"a": ' + _nested(levels) + ', "b": "' + "[" * 100 + '"}'
    assert json_text_within_limits(text) is within


def test_deepest_allowed_nesting_reads() -> None:
    assert read_json('{"a": ' + _nested(MAX_DEPTH - 1) + "}").data["a"] != []


def test_too_deep_is_still_reported() -> None:
    with pytest.raises(InputError) as caught:
        read_json('{"a": ' + _nested(MAX_DEPTH) + "}")
    [found] = caught.value.diagnostics
    assert found.code == "input-value"
    assert found.place.pointer == "/a" + "/0" * (MAX_DEPTH - 1)


@pytest.mark.parametrize(
    ("text", "pointer"),
    [
        ('{"a": {"b": "x\\ud800"}}', "/a/b"),
        ('{"a": {"b": "x\\uDBFF"}}', "/a/b"),
        ('{"a": [1, -9223372036854775809]}', "/a/1"),
        ('{"a": [1, 18446744073709551616]}', "/a/1"),
        ('{"a": [1.5, 1e999]}', "/a/1"),
        ('{"a": [NaN]}', "/a/0"),
    ],
)
def test_values_past_the_limits_are_still_reported(text: str, pointer: str) -> None:
    with pytest.raises(InputError) as caught:
        read_json(text)
    assert [(d.code, d.place.pointer) for d in caught.value.diagnostics] == [
        ("input-value", pointer)
    ]


def test_numbers_at_the_limits_read() -> None:
    text = '{"a": [-9223372036854775808, 18446744073709551615, 1.5e308, "\\ud83d\\ude00"]}'
    assert read_json(text).data["a"] == [-(2**63), 2**64 - 1, 1.5e308, "\U0001f600"]


@pytest.mark.parametrize(
    "text",
    [
        '{"a": {"$ref": "other.json"}}',
        '{"a": {"$ref" :\n "other.json"}}',
        '{"a": {"\\u0024ref": "other.json"}}',
        '{"a": {"$re\\u0066": "other.json"}}',
    ],
)
def test_refs_outside_are_found_however_the_key_is_written(text: str) -> None:
    loaded = read_json(text)
    assert loaded.may_refer_outside
    [found] = loaded.external_refs()
    assert (found.code, found.place.pointer) == ("input-external-ref", "/a/$ref")


@pytest.mark.parametrize(
    ("text", "maybe"),
    [
        ('{"a": {"$ref": "#/definitions/A"}, "b": "$ref", "c": ["$ref"]}', False),
        ('{"a": {"$ref": "\\u0023/definitions/A"}}', False),  # orjson's rewrite shows the '#'
        ('{"a": {"$ref": "\\u0023/definitions/A"}, "b": [1, 2,]}', True),  # repaired: the text
        ('{"a": {"example": {"$ref": "other.json"}}}', True),
    ],
)
def test_local_refs_give_nothing(text: str, maybe: bool) -> None:
    loaded = read_json(text)
    assert loaded.may_refer_outside is maybe
    assert loaded.external_refs() == []
