"""orjson reads a JSON text only when that is certainly what `json.loads` reads.

Repeated keys, integers orjson would turn into floats, and nesting past the limit
go to the standard library parser and the limit checks, as before.
"""

from __future__ import annotations

import json

import orjson
import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers.limits import MAX_DEPTH, indented_json_within_depth
from connector_dsl.importers.reading import _plain_json  # pyright: ignore[reportPrivateUsage]

from .reading_kit import read_json


def test_plain_text_is_read_as_json_loads_reads_it() -> None:
    text = (
        '{"a": [1, -0, 2.5e-3, 1e15, 18446744073709551615, -9223372036854775808],'
        ' "b": "x:\\"y\\\\ \\u00e9 \\ud83d\\ude00 [{", "c": {"d": null, "e": true}}'
    )
    plain = _plain_json(text)
    assert plain is not None
    data = plain.data
    assert data == json.loads(text)
    assert repr(data) == repr(json.loads(text))


@pytest.mark.parametrize(
    "text",
    [
        '{"a": 1, "a": 2}',
        '{"a": {"x": "1:2"}, "b": 0, "a": 3}',
        '{"a": [1, 2,]}',
        '{"a": 18446744073709551616}',
        '{"a": -9223372036854775809}',
        '{"a": 1e16, "b": 18446744073709551615}',
        '{"a": 1e999}',
        '{"a": NaN}',
        '{"a": "\\ud800"}',
        '{"a": "tab\there"}',
        '{"a": "colon\\u003a"}',
        "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1),
    ],
)
def test_anything_else_goes_the_careful_way(text: str) -> None:
    assert _plain_json(text) is None


def test_a_repeated_key_is_still_reported() -> None:
    loaded = read_json('{"a": {"x": "1:2"},\n "a": 3}')
    assert loaded.data == {"a": 3}
    assert [(w.code, w.place.pointer) for w in loaded.warnings] == [("input-duplicate-key", "/a")]


def test_an_escaped_colon_without_repeats_reads_the_same() -> None:
    loaded = read_json('{"a": "x\\u003ay"}')
    assert loaded.data == {"a": "x:y"}
    assert loaded.warnings == []


def test_a_large_float_is_no_integer() -> None:
    assert read_json('{"a": 1.8446744073709552e19}').data == {"a": 1.8446744073709552e19}
    assert read_json('{"a": 1e16, "b": 18446744073709551615}').data == {"a": 1e16, "b": 2**64 - 1}
    with pytest.raises(InputError) as caught:
        read_json('{"a": 1.5e19, "b": 18446744073709551616}')
    assert [d.place.pointer for d in caught.value.diagnostics] == ["/b"]


@pytest.mark.parametrize(
    ("value", "within"),
    [
        ({"s": "[[[[" * 40, "t": '\\"]]' * 40}, True),
        (["[" * 100], True),
        ([[["\\"]]], True),
    ],
)
def test_depth_ignores_brackets_in_strings(value: object, within: bool) -> None:
    assert indented_json_within_depth(orjson.dumps(value, option=orjson.OPT_INDENT_2)) is within


@pytest.mark.parametrize(("levels", "within"), [(MAX_DEPTH, True), (MAX_DEPTH + 1, False)])
def test_depth_counts_levels(levels: int, within: bool) -> None:
    value: object = "x"
    for level in range(levels):
        value = [value] if level % 2 else {"k": value}
    assert indented_json_within_depth(orjson.dumps(value, option=orjson.OPT_INDENT_2)) is within


def _nested(levels: int, inner: object) -> object:
    value = inner
    for level in range(levels):
        value = [value] if level % 2 else {"k": value}
    return value


@pytest.mark.parametrize(
    ("value", "within"),
    [
        (_nested(MAX_DEPTH - 1, []), True),
        (_nested(MAX_DEPTH - 1, {}), True),
        (_nested(MAX_DEPTH, []), False),
        (_nested(MAX_DEPTH, {}), False),
        (_nested(MAX_DEPTH - 1, {'k": [': "[{", "x": '": {'}), True),
        (_nested(MAX_DEPTH - 1, ["[", "{", '\\": [']), True),
        (_nested(MAX_DEPTH - 1, {'k\\": [': 1}), True),
    ],
)
def test_depth_at_the_limit_counts_only_objects_and_arrays(value: object, within: bool) -> None:
    dumped = orjson.dumps(value, option=orjson.OPT_INDENT_2)
    assert indented_json_within_depth(dumped) is within
    assert (_plain_json(dumped.decode()) is not None) is within
