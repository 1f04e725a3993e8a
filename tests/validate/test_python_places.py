"""Findings of a connector built from Python name its file, line and `Class.field`.

`build` (custom profile) and `validate MODULE:CLASS` (any profile) place each
finding of a validation rule at the Python that made its JSON pointer, and keep
the pointer in the message.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from connector_dsl.cli import main

HERE = Path(__file__).parent
PLANTED = HERE / "placed.py"
ROOT = HERE.parent.parent
TUTORIAL = sorted((ROOT / "docs" / "examples").glob("tutorial_step*.py"))
BUILD_LINE = re.compile(
    r'^connector-dsl build: File "([^"]+)", line (\d+), in (\S+)(?:, at #(\S*))?: '
)
"""A finding placed in Python: a validation finding keeps its pointer, a build warning has none."""


def planted_line(tag: str) -> int:
    """The line of the `# planted: tag` comment in placed.py."""
    lines = PLANTED.read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if text.endswith(f"# planted: {tag}"))


EXPECTED = {
    # rule: (planted tag, Class.field, pointer)
    "JsonValueNotInEnum": ("visibility", "HiddenPing.route", "/paths/~1ping/get/x-ms-visibility"),
    "HostNameNotValid": ("host", "Planted.info", "/host"),
    "BodyOrFormDataParameterInFetchOperationNotAllowed": (
        "body-on-get",
        "Search.query",
        "/paths/~1search~1{scope}/get/parameters/2",
    ),
    "InvokedOperationShouldProduceArray": (
        "dropdown",
        "NewTask.project",
        "/definitions/NewTask/properties/project/x-ms-dynamic-values/value-collection",
    ),
}


def build_findings(spec: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    code = main(["build", spec])
    err = capsys.readouterr().err
    lines = [
        line for line in err.splitlines() if not line.endswith("(--no-validate writes anyway)")
    ]
    return code, lines


def validate_rows(
    spec: str, profile: str, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, object]]:
    main(["validate", spec, "--profile", profile, "--format", "json"])
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_build_names_the_python_place_of_each_planted_finding(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, lines = build_findings(f"{PLANTED}:Planted", capsys)
    assert code == 1
    placed = {}
    for line in lines:
        match = BUILD_LINE.match(line)
        assert match, f"not placed in Python: {line}"
        rule = line.split("[", 1)[1].split("]", 1)[0]
        placed[(rule, match.group(4))] = (
            Path(match.group(1)).name,
            int(match.group(2)),
            match.group(3),
        )
    for rule, (tag, python, pointer) in EXPECTED.items():
        assert placed[(rule, pointer)] == ("placed.py", planted_line(tag), python)


@pytest.mark.parametrize("profile", ["custom", "certification"])
def test_validate_names_the_python_place_of_each_planted_finding(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = validate_rows(f"{PLANTED}:Planted", profile, capsys)
    placed = {(row["rule"], row["pointer"]): row for row in rows}
    for rule, (tag, python, pointer) in EXPECTED.items():
        row = placed[(rule, pointer)]
        assert Path(str(row["file"])).name == "placed.py"
        assert (row["line"], row["python"]) == (planted_line(tag), python)


def test_text_output_keeps_the_pointer_beside_the_python_place(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main(["validate", f"{PLANTED}:Planted"])
    out = capsys.readouterr().out
    line = planted_line("host")
    assert f"placed.py:{line}:1: error HostNameNotValid:" in out
    assert "[in Planted.info, #/host]" in out


def test_a_finding_on_the_whole_document_is_placed_at_the_connector_class(
    capsys: pytest.CaptureFixture[str],
) -> None:
    rows = validate_rows(f"{PLANTED}:Planted", "certification", capsys)
    metadata = next(
        r for r in rows if r["pointer"] == "" and r["rule"] == "RequiredPropertyMissing"
    )
    assert metadata["python"] == "Planted"
    assert metadata["line"] == planted_line("host") - 1  # the `class Planted` line


@pytest.mark.parametrize(
    "spec",
    ["aps_connectors.acc:ACC", *(f"{path}:APSTutorial" for path in TUTORIAL)],
    ids=lambda spec: spec.rsplit("/", 1)[-1],
)
def test_no_finding_of_a_real_connector_is_only_a_pointer(
    spec: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, lines = build_findings(spec, capsys)
    assert code == 0
    assert [line for line in lines if not BUILD_LINE.match(line)] == []
    rows = validate_rows(spec, "certification", capsys)
    assert rows, "the certification profile finds something in every real connector"
    unplaced = [row for row in rows if not (row["file"] and row["line"] and row["python"])]
    assert unplaced == []
