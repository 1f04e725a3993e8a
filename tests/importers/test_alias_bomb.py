"""A YAML alias bomb ("billion laughs") and recursive aliases are refused quickly."""

from __future__ import annotations

import time

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers import MAX_YAML_NODES

from .reading_kit import only, read_yaml


def _bomb(levels: int) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{refs}]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_in_well_under_a_second() -> None:
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_yaml(_bomb(10))
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5
    diagnostic = only(caught.value)
    assert diagnostic.code == "input-too-large"
    assert diagnostic.place.line is not None
    assert "billion laughs" in diagnostic.message


def test_small_alias_use_is_fine() -> None:
    loaded = read_yaml(_bomb(3))
    assert len(loaded.data["l2"]) == 9
    assert loaded.data["l2"][0][0] == ["lol"] * 9
    assert MAX_YAML_NODES > 9**3


def test_recursive_alias_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml("a: &a\n  b: *a\n")
    assert only(caught.value).code == "input-too-large"
    assert "cycle" in only(caught.value).message
