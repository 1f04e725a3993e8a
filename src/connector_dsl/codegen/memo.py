"""A bounded process-wide memo for the generator's pure, read-only results."""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Memo(dict[K, V]):
    """Results by key, kept while the process runs; it starts over once `most` are held."""

    def __init__(self, most: int) -> None:
        super().__init__()
        self.most = most

    def keep(self, key: K, value: V) -> V:
        """Remember `value` for `key` (forgetting all else when full) and give it back."""
        if len(self) >= self.most:
            self.clear()
        self[key] = value
        return value
