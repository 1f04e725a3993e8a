"""A generated module imports exactly the names its code uses, as reading its body finds.

The names are recorded as most of the module is written and read from the rest
(`used_names`); reading the whole body must find the same imports.
"""

from __future__ import annotations

from pathlib import Path

from connector_dsl.codegen import generate
from connector_dsl.codegen.module import IMPORTS
from connector_dsl.codegen.properties import PROPERTY_IMPORTS
from connector_dsl.codegen.used_names import code_names
from connector_dsl.importers.swagger import read_swagger

from .corpus import corpus_files

IMPORTABLE = frozenset(IMPORTS) | frozenset(PROPERTY_IMPORTS)


def _imported(header: str) -> set[str]:
    found: set[str] = set()
    for line in header.splitlines():
        if line.startswith("from ") and line != "from __future__ import annotations":
            found.update(name.strip() for name in line.split(" import ", 1)[1].split(","))
    return found


def test_corpus_imports_are_the_names_read(shared: Path) -> None:
    checked = 0
    for path in corpus_files(shared)[::20]:
        read = read_swagger(path)
        text = generate(read.document, api_properties=read.api_properties)[0]
        header, body = text.split("\n\n\n", 1)
        assert _imported(header) == code_names(body) & IMPORTABLE, path.parent.name
        checked += 1
    assert checked > 15
