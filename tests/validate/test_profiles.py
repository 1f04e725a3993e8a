"""Profiles, disabling rules, severity overrides, pyproject configuration, API details."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from connector_dsl.document import SwaggerDocument
from connector_dsl.errors import InputError
from connector_dsl.validate import RULES, validate
from connector_dsl.validate.config import read_config
from tests.validate.connectors import found, good, run


def long_title(d: dict[str, Any]) -> None:
    d["info"]["title"] = "A title that is far too long to use"


def test_string_rules_only_in_certification() -> None:
    assert not run(long_title, profile="custom")
    assert ("FieldLengthExceeded", "/info/title") in found(run(long_title))


def test_disable_turns_a_rule_off() -> None:
    assert not run(long_title, disabled=("FieldLengthExceeded",))


def test_severity_override() -> None:
    document = good()
    long_title(document)
    findings = validate(
        document, profile="certification", severities={"FieldLengthExceeded": "warning"}
    )
    assert [f.severity for f in findings] == ["warning"]


def test_every_rule_runs_in_certification_and_has_a_summary() -> None:
    for rule in RULES.values():
        assert rule.certification is not None, rule.id
        assert rule.summary or rule.group


def test_unknown_profile_is_refused() -> None:
    with pytest.raises(ValueError, match="profile"):
        validate(good(), profile="strict")  # type: ignore[arg-type]


def test_accepts_a_document_model() -> None:
    document = good()
    document["paths"]["/projects"]["get"]["operationId"] = "ListProjects"
    model = SwaggerDocument.model_validate(document, context={"lenient": True})
    assert not validate(model, profile="certification")


def test_locate_and_source_place_findings() -> None:
    document = good()
    long_title(document)
    findings = validate(document, profile="certification", source="a.json", locate=lambda p: (3, 7))
    assert (findings[0].file, findings[0].line, findings[0].column) == ("a.json", 3, 7)


def test_findings_are_sorted() -> None:
    document = good()
    long_title(document)
    document["host"] = "https://x/y"
    findings = validate(document, profile="certification")
    assert findings == sorted(findings, key=lambda f: f.sort_key())


def test_config_from_pyproject(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.connector-dsl.validate]\nprofile = "certification"\n'
        'disable = ["OperationIdSanitized"]\n'
        'severity = { PathParameterMissingEncoding = "error" }\n',
        encoding="utf-8",
    )
    config = read_config(path)
    assert config.profile == "certification"
    assert config.disable == {"OperationIdSanitized"}
    assert config.severity == {"PathParameterMissingEncoding": "error"}


def test_config_rejects_unknown_rules(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.connector-dsl.validate]\ndisable = ["Nope"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="Nope"):
        read_config(path)


def test_no_config_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert read_config(path).disable == frozenset()
