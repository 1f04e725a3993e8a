"""Autodesk's eight published OpenAPI 3 specs convert whole and valid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from connector_dsl.dump import to_data
from connector_dsl.importers.openapi3 import convert_openapi3
from connector_dsl.testing.oracles import official_schema_errors, spec_validator_errors

SPECS = [
    "authentication/authentication.yaml",
    "construction/accountadmin/accountadmin.yaml",
    "construction/issues/Issues.yaml",
    "datamanagement/datamanagement.yaml",
    "modelderivative/modelderivative.yaml",
    "oss/oss.yaml",
    "secureserviceaccount/secureServiceAccount.yaml",
    "webhooks/webhooks.yaml",
]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _operations(paths: dict[str, Any]) -> int:
    return sum(1 for item in paths.values() for method in item if method in METHODS)


@pytest.fixture(params=SPECS)
def spec_file(request: pytest.FixtureRequest, shared: Path) -> Path:
    return shared / "aps" / "openapi" / request.param


def test_all_eight_specs_are_listed(shared: Path) -> None:
    found = sorted(
        str(p.relative_to(shared / "aps" / "openapi"))
        for p in (shared / "aps" / "openapi").rglob("*")
        if p.suffix in (".yaml", ".json")
    )
    assert found == sorted(SPECS)


@pytest.mark.slow  # each of Autodesk's eight specs, up to 3 MB
def test_every_operation_is_kept_and_valid(spec_file: Path) -> None:
    data = yaml.safe_load(spec_file.read_text(encoding="utf-8"))
    conversion = convert_openapi3(data, source=str(spec_file))
    out = to_data(conversion.document)
    assert _operations(out["paths"]) == _operations(data["paths"])
    assert official_schema_errors(out) == []
    assert spec_validator_errors(out) == []
    ids = [op["operationId"] for item in out["paths"].values() for op in item.values()]
    assert len(set(ids)) == len(ids)
    assert all(op.get("summary") for item in out["paths"].values() for op in item.values())
    for warning in conversion.warnings:
        assert warning.severity == "warning"
        assert warning.place.file == str(spec_file)
        assert warning.place.pointer


def test_issues_placeholders_and_empty_oauth_urls(shared: Path) -> None:
    path = shared / "aps/openapi/construction/issues/Issues.yaml"
    conversion = convert_openapi3(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
    out = to_data(conversion.document)
    summaries = [op["summary"] for item in out["paths"].values() for op in item.values()]
    assert not any(s.lower().startswith("your ") for s in summaries)
    codes = [w.code for w in conversion.warnings]
    assert codes.count("openapi3-summary-placeholder") == 8
    assert codes.count("openapi3-summary-missing") == 3
    scheme = out["securityDefinitions"]["3-legged"]
    assert scheme["authorizationUrl"].startswith("https://")
    assert scheme["tokenUrl"].startswith("https://")


def test_datamanagement_keeps_refresh_url_and_scopes(shared: Path) -> None:
    path = shared / "aps/openapi/datamanagement/datamanagement.yaml"
    conversion = convert_openapi3(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
    assert conversion.api_properties is not None
    token = conversion.api_properties["properties"]["connectionParameters"]["token"]
    settings = token["oAuthSettings"]
    assert settings["customParameters"]["refreshUrl"]["value"] == (
        "https://developer.api.autodesk.com/authentication/v2/token"
    )
    assert "data:read" in settings["scopes"]
    out = to_data(conversion.document)
    assert out["host"] == "developer.api.autodesk.com"
    assert out["securityDefinitions"]["3-legged"]["flow"] == "accessCode"
    assert out["securityDefinitions"]["2-legged"]["flow"] == "application"
