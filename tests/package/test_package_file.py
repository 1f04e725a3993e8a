"""`package-file`: an icon or script file that cannot be read, reported at its attribute."""

from __future__ import annotations

import pytest

from connector_dsl import Action, AuthoringError, Connector, ConnectorInfo, Route, package_files


class Ping(Action[None]):
    """Ping the service."""

    route = Route(method="GET", path="/ping", summary="Ping")


class NoIcon(Connector):
    info = ConnectorInfo(title="No icon", host="example.com")
    operations = (Ping,)
    icon = "no-such-icon.png"


def test_a_missing_icon_names_the_attribute_and_the_path() -> None:
    with pytest.raises(AuthoringError) as caught:
        package_files(NoIcon)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "package-file"
    assert diagnostic.place.python == "NoIcon.icon"
    assert diagnostic.place.file is not None and diagnostic.place.file.endswith(
        "test_package_file.py"
    )
    assert diagnostic.place.line == 19
    assert "no-such-icon.png" in diagnostic.message
    assert "fix the path" in diagnostic.message
