"""The ACC connector's package is checked against a committed golden copy.

Regenerate with `UPDATE_GOLDEN=1 pytest tests/aps`.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest

from aps_connectors.acc import ACC
from connector_dsl import dumps, package_files
from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

GOLDEN = Path(__file__).parent.parent / "golden" / "acc"
TEXT_FILES = ("apiDefinition.swagger.json", "apiProperties.json", "settings.json", "readme.md")
SOURCES = Path(__file__).parents[2] / "aps_connectors" / "acc"


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return package_files(ACC)


@pytest.fixture(scope="module")
def swagger(files: dict[str, bytes]) -> dict[str, object]:
    data: dict[str, object] = orjson.loads(files["apiDefinition.swagger.json"])
    return data


@pytest.mark.parametrize("name", TEXT_FILES)
def test_package_file_matches_golden_copy(files: dict[str, bytes], name: str) -> None:
    golden = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(files[name])
    assert files[name] == golden.read_bytes(), (
        f"{name} changed: run UPDATE_GOLDEN=1 pytest tests/aps"
    )


def test_package_has_every_file(files: dict[str, bytes]) -> None:
    assert sorted(files) == sorted([*TEXT_FILES, "icon.png", "script.csx"])


def test_script_and_icon_are_the_sources(files: dict[str, bytes]) -> None:
    assert files["script.csx"] == (SOURCES / "acc.csx").read_bytes()
    assert files["icon.png"] == (SOURCES / "acc.png").read_bytes()


def test_icon_is_the_generated_png() -> None:
    from aps_connectors.make_icon import COLOR, SIZE, png

    icon = (SOURCES / "acc.png").read_bytes()
    assert icon == png(SIZE, SIZE, COLOR)
    assert icon.startswith(b"\x89PNG\r\n\x1a\n")


def test_swagger_is_what_the_module_prints() -> None:
    assert dumps(ACC) == (GOLDEN / "apiDefinition.swagger.json").read_bytes()


def test_passes_both_validators(shared: Path, swagger: dict[str, object]) -> None:
    assert official_schema_errors(swagger) == []
    assert spec_validator_errors(swagger) == []


def test_tutorial_file_fails_where_acc_passes(shared: Path) -> None:
    tutorial = orjson.loads((shared / "aps/tutorial/aps.swagger.json").read_bytes())
    assert len(official_schema_errors(tutorial)) == 2


def test_oauth_scopes_and_urls(swagger: dict[str, object]) -> None:
    oauth = swagger["securityDefinitions"]["oauth2-auth"]  # type: ignore[index]
    assert (
        oauth["authorizationUrl"]
        == "https://developer.api.autodesk.com/authentication/v2/authorize"
    )
    assert oauth["tokenUrl"] == "https://developer.api.autodesk.com/authentication/v2/token"
    assert sorted(oauth["scopes"]) == ["account:read", "data:create", "data:read", "data:write"]
    properties = orjson.loads(package_files(ACC)["apiProperties.json"])["properties"]
    custom = properties["connectionParameters"]["token"]["oAuthSettings"]["customParameters"]
    assert custom["refreshUrl"]["value"].endswith("/authentication/v2/token")
    assert swagger["x-ms-capabilities"] == {"testConnection": {"operationId": "ListHubs"}}
