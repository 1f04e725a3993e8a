"""The generator's bounded memo keeps results and starts over when full."""

from __future__ import annotations

from connector_dsl.codegen.memo import Memo


def test_keep_gives_the_value_back_and_remembers_it() -> None:
    memo: Memo[str, int] = Memo(3)
    assert memo.keep("a", 1) == 1
    assert memo == {"a": 1}


def test_starts_over_once_full() -> None:
    memo: Memo[str, int] = Memo(2)
    memo.keep("a", 1)
    memo.keep("b", 2)
    memo.keep("c", 3)
    assert memo == {"c": 3}
