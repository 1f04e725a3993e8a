"""The generated readme.md: the certification template's sections, operations by family."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel

from connector_dsl import (
    Action,
    ApiKey,
    Body,
    Connector,
    ConnectorInfo,
    NotificationUrl,
    Path,
    PollingTrigger,
    Route,
    TagInfo,
    WebhookTrigger,
    package_files,
)
from connector_dsl.properties import ConnectionField

INFO = ConnectorInfo(
    title="Site Diary",
    description="Keep a construction site diary: entries, weather and visitors.",
    host="diary.example.com",
)


class Entry(BaseModel):
    id: str


class Entries(BaseModel):
    value: list[Entry]


class ListEntries(Action[Entries]):
    """Lists the entries of the diary."""

    route = Route(method="GET", path="/entries", summary="List entries", tags=("Entries",))


class WhenEntryAdded(PollingTrigger[Entries]):
    """Starts the flow for each new entry."""

    route = Route(
        method="GET", path="/entries/new", summary="When an entry is added", tags=("Entries",)
    )


class DeleteHook(Action[None]):
    route = Route(method="DELETE", path="/hooks/{id}", summary="Delete hook", visibility="internal")
    id: Annotated[str, Path(summary="Hook", description="The hook to delete.")]


class WhenVisitorArrives(WebhookTrigger[Entry]):
    """Starts the flow when a visitor signs in."""

    route = Route(
        method="POST",
        path="/hooks",
        summary="When a visitor arrives",
        status=201,
        tags=("Visitors",),
    )
    unsubscribe = DeleteHook
    callback: Annotated[str, Body(name="url", visibility="internal"), NotificationUrl()]


class Ping(Action[None]):
    """Checks that the diary answers."""

    route = Route(method="GET", path="/ping", summary="Ping")


class Diary(Connector):
    info = INFO
    security = ApiKey(parameter="X-Key")
    publisher = "Contoso"
    tags = (TagInfo("Visitors", "Who came to the site."), TagInfo("Entries", "Diary entries."))
    operations = (ListEntries, WhenEntryAdded, WhenVisitorArrives, DeleteHook, Ping)
    connection_fields = (
        ConnectionField(
            name="region",
            display_name="Region",
            description="Where your diary is kept",
            choices={"US": "United States", "EMEA": "Europe"},
            default="US",
        ),
    )
    known_limits = ("Entries older than a year are archived.",)


def _readme(connector: type[Connector]) -> str:
    return package_files(connector)["readme.md"].decode()


def test_sections_follow_the_certification_template() -> None:
    headings = [line for line in _readme(Diary).splitlines() if line.startswith("## ")]
    assert headings == [
        "## Publisher: Contoso",
        "## Prerequisites",
        "## Supported Operations",
        "## Obtaining Credentials",
        "## Known Issues and Limitations",
        "## Deployment Instructions",
    ]


def test_operations_are_grouped_by_family_triggers_first() -> None:
    readme = _readme(Diary)
    lines = [line for line in readme.splitlines() if line.startswith(("### ", "#### "))]
    assert lines == [
        "### Visitors",
        "#### When a visitor arrives",
        "### Entries",
        "#### When an entry is added",
        "#### List entries",
        "### Other",
        "#### Ping",
        "### Connection Settings",
    ]
    assert "Who came to the site." in readme
    assert "#### Delete hook" not in readme


def test_each_trigger_says_how_it_fires() -> None:
    readme = _readme(Diary)
    webhook = readme.index("#### When a visitor arrives")
    polled = readme.index("#### When an entry is added")
    assert readme.index("*Trigger*, the service calls the flow.", webhook) < polled
    assert readme.index("*Trigger*, checked on a schedule.", polled) < readme.index(
        "#### List entries"
    )


def test_connection_settings_list_choices_and_default() -> None:
    readme = _readme(Diary)
    assert (
        "- **Region**: Where your diary is kept. Choices: `US` (United States), "
        "`EMEA` (Europe). Default: `US`."
    ) in readme
    assert "- Entries older than a year are archived." in readme


def test_untagged_connectors_keep_triggers_then_actions() -> None:
    class Plain(Connector):
        info = INFO
        operations = (Ping,)

    lines = [line for line in _readme(Plain).splitlines() if line.startswith("### ")]
    assert lines == ["### Actions"]
