"""`did you mean` hints for a misspelt name, shared by the loader and the command line."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """`; did you mean 'x'?` for the closest of `known` (case ignored), or ``."""
    names = sorted(set(known))
    folded = {name.casefold(): name for name in names}
    exact = folded.get(word.casefold())
    if exact is not None and exact != word:
        return f"; did you mean {exact!r}?"
    close = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.6)
    return f"; did you mean {folded[close[0]]!r}?" if close else ""
