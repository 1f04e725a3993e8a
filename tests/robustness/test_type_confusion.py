"""Values of the wrong type: a clean error with the pointer, or a finding, never a crash."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from tests.robustness.kit import BASE, assert_clean, run, swagger, write


def _required_list() -> dict[str, Any]:
    data = swagger()
    data["definitions"]["Item"]["required"] = [["name"]]
    return data


def _in_list() -> dict[str, Any]:
    data = swagger()
    data["paths"]["/items"]["get"]["parameters"] = [
        {"name": "q", "in": ["query"], "type": "string"}
    ]
    return data


def _definition_null() -> dict[str, Any]:
    data = swagger(definitions={"Item": None})
    data["paths"]["/items"]["post"] = {
        "operationId": "AddItem",
        "summary": "Add item",
        "description": "Adds an item.",
        "parameters": [{"name": "b", "in": "body", "schema": {"$ref": "#/definitions/Item"}}],
        "responses": {"200": {"description": "ok"}},
    }
    return data


IMPORT_CASES = [
    (_required_list, "/definitions/Item/required/0"),
    (_in_list, "/paths/~1items/get/parameters/0/in"),
    (_definition_null, "/definitions/Item"),
]


@pytest.mark.parametrize(("make", "where"), IMPORT_CASES, ids=["required", "in", "null-def"])
def test_import_names_the_mistyped_value(make: Any, where: str, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", make())
    target = tmp_path / "out.py"
    outcome = run("import", str(source), "-o", str(target))
    assert_clean(outcome, file=str(source), pointer=where)
    assert "[input-value-type]" in outcome.stderr
    assert not target.exists()


@pytest.mark.parametrize("make", [_required_list, _in_list, _definition_null])
def test_validate_reports_instead_of_crashing(make: Any, tmp_path: Path) -> None:
    source = write(tmp_path / "in.json", make())
    outcome = run("validate", str(source))
    assert outcome.code == 1, outcome
    assert "error" in outcome.stdout.decode()


def test_scope_given_as_a_list(tmp_path: Path) -> None:
    data = swagger(
        securityDefinitions={
            "oauth": {
                "type": "oauth2",
                "flow": "accessCode",
                "authorizationUrl": "https://example.com/a",
                "tokenUrl": "https://example.com/t",
                "scopes": {"read": "Read"},
            }
        },
        security=[{"oauth": [["read"]]}],
    )
    outcome = run("validate", str(write(tmp_path / "in.json", data)))
    assert outcome.code == 1, outcome
    assert "Scope ['read'] is not declared" in outcome.stdout.decode()


def test_policy_and_script_ids_as_objects(tmp_path: Path) -> None:
    folder = tmp_path / "connector"
    folder.mkdir()
    write(folder / "apiDefinition.swagger.json", copy.deepcopy(BASE))
    properties = {
        "properties": {
            "connectionParameters": {},
            "iconBrandColor": "#007ee5",
            "capabilities": [],
            "scriptOperations": [{"id": "ListItems"}],
            "policyTemplateInstances": [
                {
                    "templateId": "setheader",
                    "title": "h",
                    "parameters": {
                        "x-ms-apimTemplate-operationName": [{"id": "ListItems"}],
                        "x-ms-apimTemplateParameter.name": "h",
                        "x-ms-apimTemplateParameter.value": "v",
                        "x-ms-apimTemplateParameter.existsAction": "override",
                        "x-ms-apimTemplate-policySection": "Request",
                    },
                }
            ],
        }
    }
    write(folder / "apiProperties.json", properties)
    outcome = run("validate", str(folder))
    assert outcome.code in (0, 1), outcome  # the rule's level is the validator's choice
    assert outcome.stdout.decode().count("No operation has id {'id': 'ListItems'}") == 2


OPENAPI = {"openapi": "3.0.0", "info": {"title": "T", "version": "1"}}


def test_openapi3_responses_not_an_object(tmp_path: Path) -> None:
    data = {**OPENAPI, "paths": {"/a": {"get": {"operationId": "A", "responses": 5}}}}
    source = write(tmp_path / "o.json", data)
    outcome = run("convert", str(source))
    assert outcome.code == 0, outcome
    assert "[openapi3-value-ignored]" in outcome.stderr
    assert "at #/paths/~1a/get/responses" in outcome.stderr


def test_openapi3_flows_not_an_object(tmp_path: Path) -> None:
    scheme = {"type": "oauth2", "flows": "implicit"}
    data = {**OPENAPI, "paths": {}, "components": {"securitySchemes": {"o": scheme}}}
    source = write(tmp_path / "o.json", data)
    outcome = run("convert", str(source))
    assert outcome.code == 0, outcome
    assert "at #/components/securitySchemes/o/flows" in outcome.stderr


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("paths", "/a", "get", "parameters"), 1.5),
        (("paths", "/a", "parameters"), 7),
        (("paths", "/a", "get", "requestBody"), ["x"]),
        (("paths", "/a", "get", "security"), [{"o": 3}]),
        (("components", "securitySchemes", "o", "flows", "implicit"), "x"),
        (("components", "schemas", "S", "properties"), ["a"]),
        (("components", "schemas", "S", "required"), [["a"]]),
        (("components", "schemas", "S", "allOf"), {"a": 1}),
    ],
)
def test_openapi3_values_of_the_wrong_type_are_left_out(
    where: tuple[str, ...], value: Any, tmp_path: Path
) -> None:
    data: dict[str, Any] = {
        **OPENAPI,
        "servers": [{"url": "https://api.example.com"}],
        "paths": {"/a": {"get": {"operationId": "A", "responses": {"200": {"description": "ok"}}}}},
        "components": {
            "schemas": {"S": {"type": "object", "properties": {"a": {"type": "string"}}}},
            "securitySchemes": {
                "o": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://x/a"}}}
            },
        },
    }
    node = data
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    source = write(tmp_path / "o.json", data)
    for argv in (["convert", str(source)], ["import", str(source), "-o", str(tmp_path / "o.py")]):
        outcome = run(*argv)
        assert outcome.code == 0, outcome
        assert "[openapi3-value-ignored]" in outcome.stderr
