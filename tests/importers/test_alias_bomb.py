"""A YAML alias bomb ("billion laughs") and recursive aliases are refused, with bounded work.

The bound is counted, not timed: the check looks at each composed node a few times, so
the work follows the size of the text, and nothing is built before the refusal.
How long it takes is measured by `bench/bench_alias_bomb.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers import MAX_YAML_NODES, yaml_safe

from .reading_kit import only, read_yaml


def bomb(levels: int) -> str:
    """`levels` lists of nine aliases of the list before: 9**levels values once expanded."""
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        refs = ", ".join([f"*l{level - 1}"] * 9)
        lines.append(f"l{level}: &l{level} [{refs}]")
    return "\n".join(lines) + "\n"


def most_visits(levels: int) -> int:
    """The most visits the check may make: each node once, plus once per edge that reaches it.

    The composed document has one mapping, a key and a list per level and nine strings in
    `l0`; its edges are the mapping's keys and values, l0's strings and nine aliases per
    other level. A walk that expanded the aliases would visit 9**levels values.
    """
    nodes = 1 + 2 * levels + 9
    edges = 2 * levels + 9 + 9 * (levels - 1)
    return 1 + nodes + edges


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the node visits of the expansion check and the objects the loader builds."""
    counts = {"visits": 0, "built": 0}
    children: Callable[[Any], list[Any]] = yaml_safe._children
    construct: Callable[..., Any] = yaml_safe._Loader.construct_object

    def counted_children(node: Any) -> list[Any]:
        counts["visits"] += 1
        return children(node)

    def counted_construct(self: Any, node: Any, deep: bool = False) -> Any:
        counts["built"] += 1
        return construct(self, node, deep=deep)

    monkeypatch.setattr(yaml_safe, "_children", counted_children)
    monkeypatch.setattr(yaml_safe._Loader, "construct_object", counted_construct)
    return counts


@pytest.mark.parametrize("levels", [10, 30])
def test_billion_laughs_is_refused_before_anything_is_built(
    levels: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = _counting(monkeypatch)
    with pytest.raises(InputError) as caught:
        read_yaml(bomb(levels))
    diagnostic = only(caught.value)
    assert diagnostic.code == "input-too-large"
    assert diagnostic.place.line is not None
    assert "billion laughs" in diagnostic.message
    assert 9**levels > MAX_YAML_NODES
    assert counts["built"] == 0
    assert 0 < counts["visits"] <= most_visits(levels)


def test_small_alias_use_is_fine(monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _counting(monkeypatch)
    loaded = read_yaml(bomb(3))
    assert len(loaded.data["l2"]) == 9
    assert loaded.data["l2"][0][0] == ["lol"] * 9
    assert MAX_YAML_NODES > 9**3
    assert counts["built"] > 0
    assert counts["visits"] == most_visits(3)  # nothing refused: every edge is followed


def test_recursive_alias_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        read_yaml("a: &a\n  b: *a\n")
    assert only(caught.value).code == "input-too-large"
    assert "cycle" in only(caught.value).message
