"""The build benchmark's floor process declares the ACC connector as it is now."""

from __future__ import annotations

import runpy
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "bench"


def test_the_floor_module_is_current() -> None:
    maker = runpy.run_path(str(BENCH / "make_acc_floor.py"))
    assert (BENCH / "acc_floor.py").read_text(encoding="utf-8") == maker["source"](), (
        "bench/acc_floor.py is out of date: run python bench/make_acc_floor.py"
    )
    bare = maker["source"](documented=False)
    assert (BENCH / "acc_floor_bare.py").read_text(encoding="utf-8") == bare, (
        "bench/acc_floor_bare.py is out of date: run python bench/make_acc_floor.py"
    )


def test_the_floor_carries_the_connectors_words() -> None:
    text = (BENCH / "acc_floor.py").read_text(encoding="utf-8")
    bare = (BENCH / "acc_floor_bare.py").read_text(encoding="utf-8")
    assert "title='Issue subtype'" in text
    assert "'Creates an issue in a project, with its subtype, status and assignee.'" in text
    assert "Field(" not in bare.replace("Field(default_factory", "")


def test_the_floor_module_declares_every_operation() -> None:
    from aps_connectors.acc import ACC

    text = (BENCH / "acc_floor.py").read_text(encoding="utf-8")
    for operation in ACC.operations:
        assert f"class {operation.__name__}(BaseModel):" in text
    assert "connector_dsl" not in text
