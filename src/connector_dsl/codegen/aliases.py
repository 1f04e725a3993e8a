"""Repeated parameter declarations written once: a module-level `Annotated` alias each.

An input declared the same way (type, marker, raw keys) by several operations,
an `api-version` query or a `site` path, becomes one alias that each class's
field names: `site: Site` instead of the whole `Annotated[...]` again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from connector_dsl.codegen.names import Namer, class_name
from connector_dsl.codegen.operations import OperationCode

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def shared_annotations(codes: Iterable[OperationCode], namer: Namer) -> dict[str, str]:
    """The alias of each field annotation two or more operations repeat, by annotation.

    Each operation's source then names the alias (`OperationWriter.render`); the
    module writes `alias_lines`. An annotation that names an operation class (a
    dropdown's target) stays in place, since the aliases come before the operation
    classes.
    """
    codes = list(codes)
    classes = {code.name for code in codes}
    count: Counter[str] = Counter()
    first: dict[str, str] = {}
    for code in codes:
        for python, annotation in code.fields:
            first.setdefault(annotation, python)
        count.update({annotation for _, annotation in code.fields})
    repeated = [
        annotation
        for annotation in first
        if count[annotation] > 1 and not classes & set(_WORD.findall(annotation))
    ]
    repeated.sort(key=lambda annotation: -count[annotation])  # the most used: the plain name
    aliases: dict[str, str] = {}
    for annotation in repeated:
        base = class_name(first[annotation], "Input")
        name, number = base, 2
        while not namer.free(name):
            name, number = f"{base}{number}", number + 1
        aliases[annotation] = namer.unique(name)
    return {annotation: aliases[annotation] for annotation in first if annotation in aliases}


def alias_lines(aliases: dict[str, str]) -> list[str]:
    """`Alias = Annotated[...]` for each of `shared_annotations`."""
    return [f"{alias} = {annotation}" for annotation, alias in aliases.items()]
