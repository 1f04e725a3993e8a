"""The ACC readme lists operations and triggers by family, its settings and its limits."""

from __future__ import annotations

import re

import orjson

from aps_connectors.acc import ACC
from connector_dsl import package_files

FILES = package_files(ACC)
README = FILES["readme.md"].decode()


def _section(heading: str) -> str:
    start = README.index(heading + "\n")
    body = start + len(heading) + 1
    level = heading.count("#")
    following = re.compile(rf"^#{{1,{level}}} ", re.M).search(README, body)
    return README[start : following.start()] if following else README[start:]


def test_every_family_lists_its_triggers_then_its_actions() -> None:
    families = re.findall(r"^### (.+)$", _section("## Supported Operations"), re.M)
    assert families == [tag.name for tag in ACC.tags]
    rfis = re.findall(r"^#### (.+)$", _section("### RFIs"), re.M)
    assert rfis == [
        "When an RFI is created",
        "List RFI types",
        "List RFIs",
        "Get RFI",
        "Update RFI",
        "Create RFI",
    ]
    assert "*Trigger*, checked on a schedule." in _section("### Submittals")
    assert "*Trigger*, the service calls the flow." in _section("### Webhooks")
    assert re.findall(r"^#### (.+)$", _section("### Locations"), re.M) == ["List locations"]
    assert re.findall(r"^#### (.+)$", _section("### Photos"), re.M) == ["List photos"]


def test_connection_settings_come_from_the_connection_parameters() -> None:
    properties = orjson.loads(FILES["apiProperties.json"])["properties"]
    settings = {
        name: parameter["uiDefinition"]["displayName"]
        for name, parameter in properties["connectionParameters"].items()
        if parameter["type"] != "oauthSetting"
    }
    credentials = _section("## Obtaining Credentials")
    for title in settings.values():
        assert f"- **{title}**" in credentials
    assert ("### Connection Settings" in credentials) == bool(settings)


def test_known_limits_are_listed() -> None:
    limits = _section("## Known Issues and Limitations")
    for limit in ACC.known_limits:
        assert f"- {limit}" in limits
    assert "There is no trigger for changed RFIs" in limits
    # the way round it, with the action and input names the designer shows
    assert "run 'List RFIs' with 'Changed between' from a Recurrence trigger" in limits
