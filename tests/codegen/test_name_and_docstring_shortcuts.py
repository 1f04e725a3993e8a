"""The generator's shortcuts give what the long forms give: identifiers and docstring texts."""

from __future__ import annotations

import ast
import inspect

import pytest

from connector_dsl.codegen.literals import docstring
from connector_dsl.codegen.names import IDENTIFIER, is_identifier
from connector_dsl.codegen.schema_rules import _docstring_text

TEXTS = [
    "",
    "a",
    "_",
    "hubId",
    "Project-Id",
    "9lives",
    "naïve",
    "ǅ",
    "x\n",
    "a b",
    "class",
    "\uff41\uff42\uff43",  # full-width letters: identifiers, not ASCII
    "Ω",
    "tab\there",
    "  spaced  ",
    "ends with quote'",
    'say "hi"',
    "back\\slash",
    "Gets the item.",
    "emoji 🙂 text",
]


@pytest.mark.parametrize("text", TEXTS)
def test_is_identifier_matches_the_ascii_pattern(text: str) -> None:
    assert is_identifier(text) == bool(IDENTIFIER.match(text))


@pytest.mark.parametrize("text", TEXTS)
def test_a_plain_docstring_reads_as_python_parses_it(text: str) -> None:
    source = docstring(text) or repr(text)
    parsed = ast.parse(source).body[0]
    assert isinstance(parsed, ast.Expr) and isinstance(parsed.value, ast.Constant)
    value = parsed.value.value
    assert isinstance(value, str)
    assert _docstring_text(source) == inspect.cleandoc(value)


def test_the_plain_form_is_taken_for_plain_text() -> None:
    assert docstring("Gets the item.") == '"""Gets the item."""'
    assert _docstring_text('"""Gets the item."""') == "Gets the item."
    assert _docstring_text('""""""') == ""
