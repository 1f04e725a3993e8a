"""Loading `MODULE:CLASS` or `file.py:CLASS`: a broken module is an error at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from connector_dsl import InputError, load_connector


def test_syntax_error_names_file_line_and_column(tmp_path: Path) -> None:
    module = tmp_path / "broken.py"
    module.write_text("from connector_dsl import Connector\nclass A(Connector:\n    pass\n")
    with pytest.raises(InputError) as caught:
        load_connector(f"{module}:A")
    place = caught.value.diagnostics[0].place
    assert (place.file, place.line) == (str(module), 2)
    assert place.column is not None
    assert "SyntaxError" in str(caught.value)


def test_exception_while_importing_names_the_authors_line(tmp_path: Path) -> None:
    module = tmp_path / "raises.py"
    module.write_text("from connector_dsl import Connector\n\nLIMIT = 1 / 0\n")
    with pytest.raises(InputError) as caught:
        load_connector(f"{module}:A")
    diagnostic = caught.value.diagnostics[0]
    assert diagnostic.code == "connector-import"
    assert (diagnostic.place.file, diagnostic.place.line) == (str(module), 3)
    assert "ZeroDivisionError" in diagnostic.message


def test_missing_class_and_bad_spec() -> None:
    with pytest.raises(InputError, match="no Connector subclass named 'Nope'"):
        load_connector("aps_connectors.acc:Nope")
    with pytest.raises(InputError, match="is not MODULE:CLASS"):
        load_connector("aps_connectors.acc")
