"""Loading `MODULE:CLASS` or `file.py:CLASS`: a broken module is an error at its line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from connector_dsl import InputError, build, load_connector
from connector_dsl.dump import to_data


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


def test_a_file_imports_its_sibling_modules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.path", list(sys.path))
    monkeypatch.chdir(Path(__file__).parent)  # not the connector's folder
    (tmp_path / "step1.py").write_text(
        "from connector_dsl import Action, ConnectorInfo, Route\n\n"
        'INFO = ConnectorInfo(title="Steps", host="example.com")\n\n\n'
        "class Ping(Action[None]):\n"
        '    """Ping the service."""\n\n'
        '    route = Route(method="GET", path="/ping", summary="Ping")\n'
    )
    (tmp_path / "step2.py").write_text(
        "import step1\n\nfrom connector_dsl import Connector\n\n\n"
        "class Steps(Connector):\n"
        "    info = step1.INFO\n"
        "    operations = (step1.Ping,)\n"
    )
    monkeypatch.delitem(sys.modules, "step1", raising=False)
    connector = load_connector(f"{tmp_path / 'step2.py'}:Steps")
    assert sys.path[0] == str(tmp_path.resolve())
    assert list(to_data(build(connector))["paths"]) == ["/ping"]
