"""The names a call and an operation class use are recorded as they are written.

`calls.source_with_names` writes what `calls.source` writes (`ast.unparse` of the
call's tree) and adds its names to a set, but keywords and builtins
(`names.RESERVED`); an operation class records those of its class line and route,
and leaves its other lines to be read (`OperationWriter.unread`).
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.codegen import generate
from connector_dsl.codegen.calls import Call, Expr, Ref, node, source, source_with_names
from connector_dsl.codegen.names import RESERVED
from connector_dsl.codegen.operations import OperationWriter
from connector_dsl.codegen.used_names import code_names
from connector_dsl.importers.swagger import read_swagger

from .corpus import corpus_files

VALUE = Call.of(
    "Route",
    {
        "summary": 'it\'s "quoted" # not a comment',
        "tags": ("a",),
        "status": 201,
        "deprecated": True,
        "raw": Call.of("Raw", {"keys": {"x-a": [1.5, None, {"b": float("nan")}], "y": False}}),
        "responses": {"404": Call("Reply", (), ("Missing", Expr("list[Item] | None")))},
        "dynamic": Call.of("DynamicValues", {"value": "id"}, Ref("ListItems")),
        "extensions": (Call("extension", (), ("x-ms-z", {"k": "Field"})),),
        "empty": (),
    },
)


def test_written_like_source_with_its_names() -> None:
    used: set[str] = set()
    text = source_with_names(VALUE, used)
    assert text == source(VALUE) == ast.unparse(node(VALUE))
    read = code_names(text)
    assert used <= read
    assert read - RESERVED <= used
    assert {"Route", "Raw", "Reply", "Item", "DynamicValues", "ListItems", "extension"} <= used
    assert "Field" not in used


def test_corpus_operations_record_their_names(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rendered: list[tuple[OperationWriter, str]] = []
    render = OperationWriter.render

    def keep(writer: OperationWriter, *args: Any) -> str:
        text = render(writer, *args)
        rendered.append((writer, text))
        return text

    monkeypatch.setattr(OperationWriter, "render", keep)
    for path in corpus_files(shared)[::25]:
        generate(read_swagger(path).document)
    assert len(rendered) > 100
    for writer, text in rendered:
        read = code_names(text)
        assert writer.used <= read, writer.code.name
        unread = code_names("\n".join(writer.unread))
        assert read - RESERVED <= writer.used | unread, writer.code.name
