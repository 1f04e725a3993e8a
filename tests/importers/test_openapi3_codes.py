"""Each OpenAPI 3 conversion code, from the smallest document that has the problem."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers.openapi3 import convert_openapi3

from .openapi3_docs import OK, operation, spec


def _json_body(schema: Any) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def _post(schema: Any) -> dict[str, Any]:
    return spec({"/a": {"post": operation(requestBody=_json_body(schema))}})


WARNINGS: dict[str, tuple[dict[str, Any], str]] = {
    "openapi3-trace-dropped": (
        spec({"/a": {"get": operation(), "trace": operation(operationId="Trace")}}),
        "/paths/~1a/trace",
    ),
    "openapi3-webhooks-dropped": (spec({}, webhooks={"hook": {}}), "/webhooks"),
    "openapi3-tuple-items": (
        _post({"type": "array", "items": [{"type": "string"}, {"type": "integer"}]}),
        "/paths/~1a/post/requestBody/content/application~1json/schema",
    ),
    "openapi3-schema-dropped": (
        _post({"type": "object", "properties": {"never": False}}),
        "/paths/~1a/post/requestBody/content/application~1json/schema/properties/never",
    ),
    "openapi3-discriminator-dropped": (
        _post({"type": "object", "discriminator": {"propertyName": "kind"}}),
        "/paths/~1a/post/requestBody/content/application~1json/schema/discriminator",
    ),
    "openapi3-form-without-fields": (
        spec(
            {
                "/a": {
                    "post": operation(
                        requestBody={
                            "content": {"application/x-www-form-urlencoded": {"schema": {}}}
                        }
                    )
                }
            }
        ),
        "/paths/~1a/post/requestBody/content/application~1x-www-form-urlencoded",
    ),
    "openapi3-security-dropped": (
        spec(
            {"/a": {"get": operation()}},
            components={
                "securitySchemes": {
                    "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://x"}
                }
            },
        ),
        "/components/securitySchemes/oidc",
    ),
    "openapi3-status-dropped": (
        spec({"/a": {"get": operation(responses={**OK, "x-other": {"description": "no"}})}}),
        "/paths/~1a/get/responses/x-other",
    ),
    "openapi3-server-variable": (
        spec(
            {"/a": {"get": operation()}},
            servers=[
                {"url": "https://{region}.example.com", "variables": {"region": {"enum": ["eu"]}}}
            ],
        ),
        "/servers/0/url",
    ),
    "openapi3-ref-cycle": (
        spec(
            {
                "/a": {
                    "post": operation(
                        requestBody=_json_body({"$ref": "#/components/x-shapes/Node"})
                    )
                }
            },
            components={
                "x-shapes": {
                    "Node": {
                        "type": "object",
                        "properties": {"next": {"$ref": "#/components/x-shapes/Node"}},
                    }
                }
            },
        ),
        "/components/x-shapes/Node/properties/next",
    ),
}


@pytest.mark.parametrize("code", sorted(WARNINGS))
def test_warning_code_and_pointer(code: str) -> None:
    document, pointer = WARNINGS[code]
    conversion = convert_openapi3(document, source="in.yaml")
    found = [w for w in conversion.warnings if w.code == code]
    assert found, [(w.code, w.place.pointer) for w in conversion.warnings]
    assert found[0].severity == "warning"
    assert found[0].place.pointer == pointer


ERRORS: dict[str, dict[str, Any]] = {
    "openapi3-not-openapi3": {"swagger": "2.0", "info": {}, "paths": {}},
    "openapi3-ref-missing": spec(
        {"/a": {"get": operation(parameters=[{"$ref": "#/components/parameters/Nope"}])}}
    ),
    "openapi3-ref-loop": spec(
        {"/a": {"get": operation(parameters=[{"$ref": "#/components/parameters/A"}])}},
        components={
            "parameters": {
                "A": {"$ref": "#/components/parameters/B"},
                "B": {"$ref": "#/components/parameters/A"},
            }
        },
    ),
    "openapi3-path-collision": spec(
        {
            "/a/b": {"get": operation(operationId="One")},
            "/b": {
                "get": operation(operationId="Two"),
                "servers": [{"url": "https://api.example.com/a"}],
            },
        }
    ),
}


@pytest.mark.parametrize("code", sorted(ERRORS))
def test_error_code(code: str) -> None:
    with pytest.raises(InputError) as caught:
        convert_openapi3(ERRORS[code], source="in.yaml")
    assert code in caught.value.codes, caught.value.codes
    assert all(d.place.file == "in.yaml" for d in caught.value.diagnostics)
