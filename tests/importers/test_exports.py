"""`connector_dsl.importers.__all__` is sorted, complete and importable."""

from __future__ import annotations

import connector_dsl.importers as importers


def test_all_is_importable_and_sorted() -> None:
    names = importers.__all__
    assert all(hasattr(importers, name) for name in names)
    constants = [n for n in names if n.isupper()]
    others = [n for n in names if not n.isupper()]
    assert names == sorted(constants) + sorted(others, key=lambda n: (n[0].islower(), n))


def test_reader_names_are_exported() -> None:
    for name in ("read_file", "read_bytes", "read_swagger", "check_refs", "detect_format"):
        assert name in importers.__all__
