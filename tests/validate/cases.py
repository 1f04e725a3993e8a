"""Running a table of (rule, pointer, mutation) cases."""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

from tests.validate.connectors import Mutation, found, run


class Case(NamedTuple):
    """One deliberately broken connector and the finding it must produce."""

    rule: str
    pointer: str
    mutate: Mutation


def params(cases: list[Case]) -> Any:
    """pytest parameters named after each case's rule."""
    return pytest.mark.parametrize(
        "case", [pytest.param(c, id=f"{c.rule}-{i}") for i, c in enumerate(cases)]
    )


def check(case: Case) -> None:
    """The case's rule fires at its pointer."""
    got = found(run(case.mutate))
    assert (case.rule, case.pointer) in got, sorted(got)
