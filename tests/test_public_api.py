"""The curated public API: sorted, complete, importable."""

from __future__ import annotations

import connector_dsl
import connector_dsl.authoring
import connector_dsl.document


def test_all_is_sorted_and_importable() -> None:
    for module in (connector_dsl, connector_dsl.authoring, connector_dsl.document):
        names = module.__all__
        assert names == sorted(names, key=lambda n: (not n.isupper(), n)) or names == sorted(names)
        for name in names:
            assert getattr(module, name) is not None


def test_authoring_names_are_all_public() -> None:
    assert set(connector_dsl.authoring.__all__) <= set(connector_dsl.__all__)
