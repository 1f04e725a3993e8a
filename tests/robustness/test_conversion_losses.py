"""Conversions say what they could not keep: carried into the output, or named with a pointer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from connector_dsl.testing.oracles import shared_dir
from connector_dsl.validate import validate
from tests.importers.openapi3_docs import convert, operation, spec
from tests.importers.postman_kit import codes, collection, request
from tests.importers.postman_kit import convert as convert_postman
from tests.robustness.kit import run

TOKEN_FORM = {
    "type": "object",
    "required": ["grant_type"],
    "properties": {
        name: {"type": "string"}
        for name in ("grant_type", "code", "redirect_uri", "client_id", "scope")
    },
}


def _body(content: dict[str, Any]) -> dict[str, Any]:
    post = operation(requestBody={"content": content})
    return spec({"/token": {"post": post}})


def test_richer_form_body_is_kept_as_form_data() -> None:
    content = {
        "application/x-www-form-urlencoded": {"schema": TOKEN_FORM},
        "application/json": {"schema": {}},
    }
    out, conversion = convert(_body(content))
    post = out["paths"]["/token"]["post"]
    assert post["consumes"] == ["application/x-www-form-urlencoded"]
    assert [(p["name"], p["in"]) for p in post["parameters"]] == [
        (name, "formData") for name in ("grant_type", "code", "redirect_uri", "client_id", "scope")
    ]
    dropped = [w for w in conversion.warnings if w.code == "openapi3-media-type-dropped"]
    assert "application/json" in dropped[0].message


def test_json_body_with_as_many_fields_stays_json() -> None:
    content = {
        "application/x-www-form-urlencoded": {"schema": TOKEN_FORM},
        "application/json": {"schema": TOKEN_FORM},
    }
    out, _ = convert(_body(content))
    assert out["paths"]["/token"]["post"]["consumes"] == ["application/json"]


def test_response_example_is_carried() -> None:
    media = {"schema": {"type": "object"}, "example": {"id": 7}}
    get = operation(
        responses={"200": {"description": "OK", "content": {"application/json": media}}}
    )
    out, _ = convert(spec({"/a": {"get": get}}))
    assert out["paths"]["/a"]["get"]["responses"]["200"]["examples"] == {
        "application/json": {"id": 7}
    }


def test_named_examples_keep_the_first_and_name_the_rest() -> None:
    examples = {"one": {"value": {"id": 1}}, "two": {"value": {"id": 2}}}
    media = {"schema": {"type": "object"}, "examples": examples}
    get = operation(
        responses={"200": {"description": "OK", "content": {"application/json": media}}}
    )
    out, conversion = convert(spec({"/a": {"get": get}}))
    assert out["paths"]["/a"]["get"]["responses"]["200"]["examples"] == {
        "application/json": {"id": 1}
    }
    dropped = [w for w in conversion.warnings if w.code == "openapi3-example-dropped"]
    assert dropped[0].place.pointer == (
        "/paths/~1a/get/responses/200/content/application~1json/examples"
    )
    assert "'two'" in dropped[0].message


def test_request_example_goes_on_the_body_schema() -> None:
    content = {"application/json": {"schema": {"type": "object"}, "example": {"name": "x"}}}
    out, _ = convert(_body(content))
    body = out["paths"]["/token"]["post"]["parameters"][0]
    assert body["schema"]["example"] == {"name": "x"}


@pytest.mark.parametrize("keyword", ["deprecated", "writeOnly"])
def test_schema_keywords_are_named(keyword: str) -> None:
    schemas = {"S": {"type": "object", "properties": {"p": {"type": "string", keyword: True}}}}
    _, conversion = convert(spec(components={"schemas": schemas}))
    found = [w for w in conversion.warnings if w.code == "openapi3-keyword-dropped"]
    assert found[0].place.pointer == "/components/schemas/S/properties/p"
    assert repr(keyword) in found[0].message


def test_const_is_carried_as_enum() -> None:
    schemas = {"S": {"type": "string", "const": "fixed"}}
    out, _ = convert(spec(components={"schemas": schemas}))
    assert out["definitions"]["S"]["enum"] == ["fixed"]


def test_discriminator_mapping_is_named() -> None:
    schemas = {
        "S": {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"type": "string"}},
            "discriminator": {"propertyName": "kind", "mapping": {"a": "#/components/schemas/A"}},
        },
        "A": {"type": "object"},
    }
    out, conversion = convert(spec(components={"schemas": schemas}))
    assert out["definitions"]["S"]["discriminator"] == "kind"
    found = [w for w in conversion.warnings if w.code == "openapi3-discriminator-mapping"]
    assert found[0].place.pointer == "/components/schemas/S/discriminator"


def test_postman_scripts_are_named() -> None:
    item = request("List items")
    item["event"] = [
        {"listen": "prerequest", "script": {"exec": ["pm.variables.set('a', 1)"]}},
        {"listen": "test", "script": {"exec": ["pm.test('ok')"]}},
        {"listen": "test", "script": {"exec": [""]}},
    ]
    _, conversion = convert_postman(collection(item))
    found = [w for w in conversion.warnings if w.code == "postman-script-dropped"]
    assert [w.place.pointer for w in found] == ["/item/0/event/0", "/item/0/event/1"]
    assert "pre-request script" in found[0].message


def test_repeated_postman_routes_build_without_no_validate() -> None:
    url = "{{baseUrl}}/trees/:treeId"
    data = collection(*(request(f"Get tree {n}", url=url) for n in range(3)))
    document, conversion = convert_postman(data)
    assert codes(conversion) == ["postman-duplicate-path"] * 2
    findings = validate(document, profile="custom")
    assert [f.rule for f in findings if f.severity == "error"] == []


APS_POSTMAN = sorted((shared_dir() or Path("/nonexistent")).glob("aps/postman/*.json"))


@pytest.mark.parametrize("path", APS_POSTMAN, ids=[p.stem for p in APS_POSTMAN])
def test_aps_collections_convert_to_valid_packages(path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert run("convert", str(path), "-o", str(target)).code == 0
    outcome = run("validate", str(target), "--profile", "custom")
    assert outcome.code == 0, outcome.stdout.decode()[-2000:]
