"""The ACC connector's output is checked against a committed golden copy.

Regenerate with `UPDATE_GOLDEN=1 pytest tests/aps`.
"""

from __future__ import annotations

import os
from pathlib import Path

import orjson

from aps_connectors.acc import ACC
from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

GOLDEN = Path(__file__).parent.parent / "golden" / "acc" / "apiDefinition.swagger.json"


def test_output_matches_golden_copy() -> None:
    built = ACC.dumps()
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_bytes(built)
    assert built == GOLDEN.read_bytes(), "ACC output changed: run UPDATE_GOLDEN=1 pytest tests/aps"


def test_passes_both_validators(shared: Path) -> None:
    data = orjson.loads(ACC.dumps())
    assert official_schema_errors(data) == []
    assert spec_validator_errors(data) == []


def test_tutorial_file_fails_where_acc_passes(shared: Path) -> None:
    tutorial = orjson.loads((shared / "aps/tutorial/aps.swagger.json").read_bytes())
    assert len(official_schema_errors(tutorial)) == 2


def test_every_id_is_a_dropdown() -> None:
    data = orjson.loads(ACC.dumps())
    pasted = []
    for path, item in data["paths"].items():
        for method, operation in item.items():
            if method.startswith("x-") or operation.get("x-ms-visibility") == "internal":
                continue
            for parameter in operation.get("parameters", []):
                name = parameter["name"]
                is_id = name.endswith(("_id", "Id", "urn", "guid"))
                if is_id and "x-ms-dynamic-values" not in parameter:
                    pasted.append(f"{method.upper()} {path} {name}")
    assert pasted == []


def test_trigger_has_delete_hook_and_oauth() -> None:
    data = orjson.loads(ACC.dumps())
    hooks = "/webhooks/v1/systems/data/events/dm.version.added/hooks"
    assert data["paths"][hooks]["post"]["x-ms-trigger"] == "single"
    assert "delete" in data["paths"][hooks + "/{hook_id}"]
    oauth = data["securityDefinitions"]["oauth2-auth"]
    assert oauth["authorizationUrl"] == "https://developer.api.autodesk.com/authentication/v2/authorize"
    assert oauth["tokenUrl"] == "https://developer.api.autodesk.com/authentication/v2/token"
    assert sorted(oauth["scopes"]) == ["data:read", "data:write"]
