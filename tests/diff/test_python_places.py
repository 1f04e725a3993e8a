"""`diff` of connectors written in Python places changes with the compiler's source map."""

from __future__ import annotations

import pytest

from connector_dsl import ConnectionField, Connector, ConnectorInfo, NoAuth
from connector_dsl.cli import main
from connector_dsl.diff import diff, load_side
from tests.diff.versions import ListItems, RenamedListItems

HERE = "tests.diff.test_python_places"


class Moved(Connector):
    """`ItemsV1` on another host, with a required connection parameter."""

    info = ConnectorInfo(title="Items", host="items.example.org")
    security = NoAuth()
    operations = (ListItems,)
    connection_fields = (ConnectionField(name="region", display_name="R", description="R"),)


class Renamed(Connector):
    info = ConnectorInfo(title="Items", host="items.example.com")
    security = NoAuth()
    operations = (RenamedListItems,)


def _places(old: str, new: str) -> dict[str, tuple[str | None, str | None]]:
    changes = diff(load_side(old), load_side(new))
    return {
        change.rule: (
            change.old.python if change.old is not None else None,
            change.new.python if change.new is not None else None,
        )
        for change in changes
    }


def test_host_is_placed_at_the_connector_info() -> None:
    places = _places("tests.diff.versions:ItemsV1", f"{HERE}:Moved")
    assert places["host-changed"] == ("ItemsV1.info", "Moved.info")


def test_connection_parameters_are_placed_at_the_connection_fields() -> None:
    places = _places("tests.diff.versions:ItemsV1", f"{HERE}:Moved")
    assert places["connection-parameter-added-required"] == (None, "Moved.connection_fields")


def test_a_removed_operation_is_placed_at_its_class() -> None:
    places = _places("tests.diff.versions:ItemsV2", f"{HERE}:Renamed")
    assert places["operation-removed"] == ("ListItemsV2", None)
    assert places["input-added-required"] == (None, "RenamedListItems.folder_id")


def test_properties_places_name_the_python_file_and_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["diff", "tests.diff.versions:ItemsV1", f"{HERE}:Moved"]) == 1
    out = capsys.readouterr().out
    assert (
        "  new: tests/diff/test_python_places.py:21 (Moved.connection_fields)"
        "#/properties/connectionParameters/region" in out
    )
