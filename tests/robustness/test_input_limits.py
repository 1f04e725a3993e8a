"""Values past the reader's limits: refused with file, line, column and pointer, exit 2."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.importers.limits import MAX_DEPTH
from tests.robustness.kit import assert_clean, run, swagger, write

COMMANDS = ["convert", "validate", "import"]


def _argv(command: str, source: Path) -> list[str]:
    if command == "import":
        return [command, str(source), "-o", str(source.parent / "out.py")]
    return [command, str(source)]


def _maximum(text: str) -> str:
    data = swagger()
    data["definitions"]["Item"]["properties"]["name"]["maximum"] = 1
    return write_text(data).replace('"maximum":1', f'"maximum":{text}')


def write_text(data: object) -> str:
    import orjson

    return orjson.dumps(data).decode()


POINTER = "/definitions/Item/properties/name/maximum"


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize(
    "number", ["9" * 5000, str(2**70), str(-(2**63) - 1), "1e999", "NaN", "-Infinity"]
)
def test_numbers_out_of_range(command: str, number: str, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", _maximum(number))
    outcome = run(*_argv(command, source))
    assert_clean(outcome, file=str(source), pointer=POINTER)
    assert "[input-value]" in outcome.stderr
    assert not (tmp_path / "out.py").exists()


@pytest.mark.parametrize("number", [str(2**64 - 1), str(-(2**63))])
def test_numbers_at_the_range_ends_convert(number: str, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", _maximum(number))
    outcome = run("convert", str(source))
    assert outcome.code == 0, outcome
    assert f'"maximum": {number}'.encode() in outcome.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_lone_surrogate(command: str, tmp_path: Path) -> None:
    text = write_text(swagger()).replace('"A connector for tests."', '"bad \\ud800 text"')
    source = write(tmp_path / "in.json", text)
    outcome = run(*_argv(command, source))
    assert_clean(outcome, file=str(source), pointer="/info/description")
    assert "surrogate" in outcome.stderr


def test_surrogate_pair_is_kept(tmp_path: Path) -> None:
    text = write_text(swagger()).replace('"A connector for tests."', '"pair \\ud83d\\ude00."')
    outcome = run("convert", str(write(tmp_path / "in.json", text)))
    assert outcome.code == 0, outcome
    assert "pair \U0001f600.".encode() in outcome.stdout


def _nested(levels: int) -> dict[str, object]:
    schema: dict[str, object] = {"type": "string"}
    for _ in range(levels):
        schema = {"type": "object", "properties": {"p": schema}}
    return swagger(definitions={"Item": schema})


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("levels", [40, 200])
def test_nesting_past_the_limit_is_refused(command: str, levels: int, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", _nested(levels))
    outcome = run(*_argv(command, source))
    assert_clean(outcome, file=str(source))
    assert f"deeper than {MAX_DEPTH} levels" in outcome.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_nesting_below_the_limit_works(command: str, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", _nested(29))  # 62 levels with the document's own
    outcome = run(*_argv(command, source))
    assert outcome.code in (0, 1), outcome
    assert "Traceback" not in outcome.stderr


def test_deep_arrays_past_the_reader(tmp_path: Path) -> None:
    text = write_text(swagger()).replace(
        '"host"', '"x-deep":' + "[" * 5000 + "]" * 5000 + ',"host"'
    )
    source = write(tmp_path / "in.json", text)
    assert_clean(run("convert", str(source)), file=str(source))


YAML_HEAD = 'swagger: "2.0"\ninfo: {title: T, version: "1"}\nhost: example.com\npaths: {}\n'


@pytest.mark.parametrize("command", COMMANDS)
def test_yaml_set(command: str, tmp_path: Path) -> None:
    source = write(tmp_path / "in.yaml", YAML_HEAD + "tags: !!set {a, b}\n")
    outcome = run(*_argv(command, source))
    assert_clean(outcome, file=f'{source}", line 5')
    assert "!!set" in outcome.stderr


def test_yaml_big_integer(tmp_path: Path) -> None:
    source = write(tmp_path / "in.yaml", YAML_HEAD + "x-n: " + "9" * 5000 + "\n")
    assert_clean(run("convert", str(source)), file=str(source), pointer="/x-n")


def test_yaml_expansion_bounded_in_text(tmp_path: Path) -> None:
    scalar = "x" * (1024 * 1024)
    text = YAML_HEAD + f'x-a: &a "{scalar}"\nx-b: [' + ", ".join(["*a"] * 100) + "]\n"
    source = write(tmp_path / "in.yaml", text)
    outcome = run("convert", str(source))
    assert_clean(outcome, file=f'{source}", line 6')
    assert "[input-too-large]" in outcome.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_device_is_not_read(command: str) -> None:
    outcome = run(*_argv(command, Path("/dev/zero")))
    assert_clean(outcome, file="/dev/zero")
    assert "not a regular file" in outcome.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    assert_clean(run("convert", str(fifo)), file=str(fifo))


def test_size_cap_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = write(tmp_path / "in.json", swagger())
    monkeypatch.setenv("CONNECTOR_DSL_MAX_INPUT_BYTES", "100")
    outcome = run("convert", str(source))
    assert_clean(outcome, file=str(source))
    assert "CONNECTOR_DSL_MAX_INPUT_BYTES" in outcome.stderr
    monkeypatch.setenv("CONNECTOR_DSL_MAX_INPUT_BYTES", str(10**6))
    assert run("convert", str(source)).code == 0


def test_stdin_is_read_for_dash() -> None:
    outcome = run("convert", "-", stdin=write_text(swagger()).encode())
    assert outcome.code == 0, outcome
    assert b'"title": "Robust"' in outcome.stdout


def _deepest(make: Any) -> dict[str, Any]:
    """A swagger using `make(n)` three times with the largest n within `MAX_DEPTH`."""
    levels = 1
    while True:
        data = _with_schemas(make(levels + 1))
        if _depth(data) > MAX_DEPTH:
            return _with_schemas(make(levels))
        levels += 1


def _with_schemas(schema: dict[str, Any]) -> dict[str, Any]:
    data = swagger(definitions={"Item": schema})
    data["paths"]["/items"]["post"] = {
        "operationId": "AddItem",
        "summary": "Add item",
        "description": "Adds an item.",
        "parameters": [{"name": "body", "in": "body", "schema": schema}],
        "responses": {"200": {"description": "ok", "schema": schema}},
    }
    return data


def _depth(value: Any) -> int:
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        children = (
            item.values() if isinstance(item, dict) else item if isinstance(item, list) else []
        )
        stack.extend((child, level + 1) for child in children)
    return deepest


def _chain(key: str, leaf: dict[str, Any]) -> Any:
    def make(levels: int) -> dict[str, Any]:
        schema = leaf
        for _ in range(levels):
            schema = {
                "properties": {"type": "object", "properties": {"p": schema}},
                "items": {"type": "array", "items": schema},
                "allOf": {"allOf": [schema]},
                "additionalProperties": {"type": "object", "additionalProperties": schema},
            }[key]
        return schema

    return make


SHAPES = ["properties", "items", "allOf", "additionalProperties"]


@pytest.mark.parametrize("shape", SHAPES)
def test_every_command_at_the_depth_limit(shape: str, tmp_path: Path) -> None:
    leaf = {"type": "object", "properties": {"a": {"type": "string"}}}
    data = _deepest(_chain(shape, leaf))
    assert _depth(data) == MAX_DEPTH
    source = write(tmp_path / "in.json", data)
    assert run("convert", str(source)).code == 0
    assert run("validate", str(source)).code in (0, 1)
    module = tmp_path / f"deep_{shape}.py"
    imported = run("import", str(source), "-o", str(module))
    assert imported.code == 0, imported
    built = run("build", f"{module}:ImportedConnector", "--no-validate")
    assert built.code == 0, built
