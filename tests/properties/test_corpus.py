"""Every real `apiProperties.json` reads leniently and writes back as the same data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.dump import to_data
from connector_dsl.properties import read_api_properties

pytestmark = pytest.mark.slow  # every corpus apiProperties.json


def _corpus(shared: Path) -> tuple[list[tuple[Path, Any]], list[Path]]:
    readable: list[tuple[Path, Any]] = []
    broken: list[Path] = []
    for path in sorted(shared.glob("corpus/*/*/apiProperties.json")):
        try:
            readable.append((path, json.loads(path.read_text(encoding="utf-8-sig"))))
        except ValueError:
            broken.append(path)
    return readable, broken


def test_every_corpus_file_round_trips(shared: Path) -> None:
    readable, broken = _corpus(shared)
    assert len(readable) > 300
    assert len(broken) <= 5, broken
    differing = [
        str(path.relative_to(shared))
        for path, data in readable
        if to_data(read_api_properties(data)) != data
    ]
    assert differing == []


def test_typed_fields_hold_the_corpus(shared: Path) -> None:
    readable, _ = _corpus(shared)
    typed = 0
    for _, data in readable:
        props = read_api_properties(data).properties
        if data["properties"].get("connectionParameters") is not None:
            assert props.connection_parameters is not None
            typed += 1
    assert typed > 300


def test_a_client_secret_read_from_a_file_is_kept_not_typed() -> None:
    data = {
        "properties": {
            "iconBrandColor": "#123456",
            "connectionParameters": {
                "token": {
                    "type": "oauthSetting",
                    "oAuthSettings": {"identityProvider": "oauth2", "clientSecret": "s"},
                }
            },
        }
    }
    model = read_api_properties(data)
    assert to_data(model) == data
    params = model.properties.connection_parameters
    assert params is not None
    settings = params["token"].o_auth_settings
    assert settings is not None
    assert settings.model_extra == {"clientSecret": "s"}


@pytest.mark.parametrize(
    ("constraints", "extra"),
    [
        ({"hidden": False, "required": "true"}, {"hidden": False}),
        ({"required": True}, {"required": True}),
    ],
)
def test_ill_fitting_values_are_kept(constraints: dict[str, Any], extra: dict[str, Any]) -> None:
    data = {
        "properties": {
            "connectionParameters": {
                "k": {"type": "string", "uiDefinition": {"constraints": constraints}}
            }
        }
    }
    model = read_api_properties(data)
    assert to_data(model) == data
    params = model.properties.connection_parameters
    assert params is not None
    ui = params["k"].ui_definition
    assert ui is not None and ui.constraints is not None
    assert ui.constraints.model_extra == extra
