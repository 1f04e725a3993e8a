"""Every real `apiDefinition.swagger.json` reads, and writes back as the same data."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl.dump import to_data
from connector_dsl.importers import read_file, read_swagger
from connector_dsl.testing.oracles import shared_dir

pytestmark = pytest.mark.slow  # every corpus connector

_SHARED = shared_dir()
_FILES = (
    sorted(_SHARED.glob("corpus/*/*/apiDefinition.swagger.json")) if _SHARED is not None else []
)


@pytest.mark.parametrize("relative", [str(p.relative_to(p.parents[2])) for p in _FILES])
def test_corpus_swagger_round_trips(shared: Path, relative: str) -> None:
    path = shared / "corpus" / relative
    imported = read_swagger(path)
    data = read_file(path).data
    assert imported.source == path
    assert to_data(imported.document) == data
    assert all(w.severity == "warning" for w in imported.warnings)
    assert all(w.place.file is not None for w in imported.warnings)


def test_corpus_is_all_there(shared: Path) -> None:
    assert len(_FILES) >= 400


def test_known_untidy_files_are_read_with_warnings(shared: Path) -> None:
    folders = (
        "DocuSignDemo",
        "Brønnøysundregistrene",
        "Shopranos",
        "Cireson Service Manager Portal",
    )
    codes = {
        path.parent.name: sorted({w.code for w in read_swagger(path).warnings})
        for path in _FILES
        if path.parent.name in folders
    }
    assert codes["DocuSignDemo"] == ["input-trailing-comma"]
    assert codes["Brønnøysundregistrene"] == ["input-encoding"]
    assert codes["Shopranos"] == ["input-syntax"]
    assert codes["Cireson Service Manager Portal"] == ["input-trailing-comma"]
