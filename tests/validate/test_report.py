"""Text, JSON and GitHub formats."""

from __future__ import annotations

import json

from connector_dsl.errors import Diagnostic, Place
from connector_dsl.validate.finding import Finding
from connector_dsl.validate.report import render

FINDINGS = [
    Finding(
        Diagnostic(
            "FieldLengthExceeded",
            "Too long, really: yes",
            Place(file="a/api.json", line=3, column=5, pointer="/info/title"),
            "error",
        )
    ),
    Finding(Diagnostic("OperationIdSanitized", "Plain ids", Place(pointer="/paths"), "warning")),
]


def test_text_groups_by_file_with_positions() -> None:
    text = render(FINDINGS, "text")
    assert text.splitlines()[0] == "a/api.json"
    assert "a/api.json:3:5: error FieldLengthExceeded: Too long" in text
    assert "[#/info/title]" in text
    assert text.endswith("1 error(s), 1 warning(s)\n")


def test_json_rows() -> None:
    rows = json.loads(render(FINDINGS, "json"))
    assert rows[0] == {
        "rule": "FieldLengthExceeded",
        "severity": "error",
        "message": "Too long, really: yes",
        "pointer": "/info/title",
        "document": "swagger",
        "file": "a/api.json",
        "line": 3,
        "column": 5,
        "python": None,
    }


def test_github_annotations() -> None:
    lines = render(FINDINGS, "github").splitlines()
    assert lines[0] == (
        "::error file=a/api.json,line=3,col=5,title=FieldLengthExceeded::"
        "Too long, really: yes (at #/info/title)"
    )
    assert lines[1].startswith("::warning title=OperationIdSanitized::")


def test_json_positions_count_array_items() -> None:
    from connector_dsl.validate.inputs import approximate_locator

    text = (
        '{\n  "parameters": [\n    {"name": "x", "enum": []},\n    {\n'
        '      "name": "y",\n      "enum": ["a, b"]\n    }\n  ]\n}'
    )
    locate = approximate_locator(text)
    assert locate("/parameters/0") == (3, 5)
    assert locate("/parameters/1/enum") == (6, 7)
