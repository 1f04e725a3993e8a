"""JSON syntax: trailing commas and raw control characters are forgiven with a
warning; anything else is an InputError with its line and column."""

from __future__ import annotations

import pytest

from connector_dsl.errors import InputError, Place

from .reading_kit import only, read_json


def test_trailing_commas_are_ignored_with_warnings() -> None:
    loaded = read_json('{\n  "a": [1, 2,],\n  "b": {"c": "],}",},\n}\n', file="t.json")
    assert loaded.data == {"a": [1, 2], "b": {"c": "],}"}}
    assert [(w.code, w.place.line, w.place.column) for w in loaded.warnings] == [
        ("input-trailing-comma", 2, 13),
        ("input-trailing-comma", 3, 19),
        ("input-trailing-comma", 3, 21),
    ]
    assert loaded.locator.position("/b/c") == (3, 14)


def test_raw_tab_in_a_string_is_kept_with_a_warning() -> None:
    loaded = read_json('{"a": "x\ty"}')
    assert loaded.data == {"a": "x\ty"}
    assert [(w.code, w.place.column) for w in loaded.warnings] == [("input-control-character", 9)]


@pytest.mark.parametrize(
    ("text", "line", "column", "pointer", "words"),
    [
        ('{\n  "a": 1\n  "b": 2\n}', 3, 3, "", "Expecting ',' delimiter"),
        ('{"a": {"b": nope}}', 1, 13, "/a", "a value is missing"),
        ('{"a": 1}\n{"b": 2}', 2, 1, "", "more text after the end"),
        ("{'a': 1}", 1, 2, "", "double quotes"),
    ],
)
def test_syntax_error_names_line_column_and_pointer(
    text: str, line: int, column: int, pointer: str, words: str
) -> None:
    with pytest.raises(InputError) as caught:
        read_json(text, file="s.json")
    diagnostic = only(caught.value)
    assert diagnostic.code == "input-syntax"
    assert diagnostic.place == Place(file="s.json", line=line, column=column, pointer=pointer)
    assert words in diagnostic.message
    assert "fix the file" in diagnostic.message
    assert str(caught.value).startswith(f'File "s.json", line {line}, column {column}')


def test_truncated_file_says_which_brackets_are_missing() -> None:
    with pytest.raises(InputError) as caught:
        read_json('{\n  "paths": {\n    "/a": [1, 2\n')
    diagnostic = only(caught.value)
    assert diagnostic.place.line == 4
    assert diagnostic.place.pointer == "/paths/~1a"
    assert "opened at line 3, column 11" in diagnostic.message
    assert "add the missing ']}}'" in diagnostic.message


def test_deep_nesting_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_json("[" * 100_000 + "]" * 100_000)
    assert only(caught.value).code == "input-too-large"
