"""`apiProperties.json` through the Python round trip: typed where exact, raw otherwise.

The corpus-wide check shares one generation per connector with the swagger round
trip (`test_corpus_roundtrip.py`, which asserts both files); these tests cover the
typed forms, the raw fallback and the secret handling on small inputs, and that
the corpus lists (secrets, unreadable properties) are right.
"""

from __future__ import annotations

import copy
import hashlib
import sys
from pathlib import Path
from typing import Any

import pytest

from connector_dsl import api_properties, build
from connector_dsl.authoring.raw import RawProperties
from connector_dsl.cli import main
from connector_dsl.codegen import generate_module, secret_pointers, without_secrets
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger
from tests.codegen.corpus import import_file
from tests.codegen.test_corpus_roundtrip import NO_PROPERTIES, SECRETS

pytestmark = pytest.mark.invalid_document

SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Tiny", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "paths": {
        "/items": {
            "get": {
                "operationId": "ListItems",
                "summary": "List items",
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "securityDefinitions": {
        "oauth2-auth": {
            "type": "oauth2",
            "flow": "accessCode",
            "authorizationUrl": "https://example.com/authorize",
            "tokenUrl": "https://example.com/token",
            "scopes": {"read": "read"},
        }
    },
    "security": [{"oauth2-auth": ["read"]}],
}

OAUTH: dict[str, Any] = {
    "type": "oauthSetting",
    "oAuthSettings": {
        "identityProvider": "oauth2",
        "clientId": "abc",
        "scopes": ["read"],
        "redirectMode": "GlobalPerConnector",
        "properties": {"IsFirstParty": "False", "IsOnbehalfofLoginSupported": False},
        "customParameters": {
            "authorizationUrl": {"value": "https://example.com/authorize"},
            "tokenUrl": {"value": "https://example.com/token"},
            "refreshUrl": {"value": "https://example.com/token"},
        },
    },
}

HOST: dict[str, Any] = {
    "type": "string",
    "uiDefinition": {
        "displayName": "Instance",
        "description": "Your instance name",
        "constraints": {"required": "true"},
    },
}

POLICY: dict[str, Any] = {
    "templateId": "dynamichosturl",
    "title": "Set host URL",
    "parameters": {
        "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters('host').x.com",
        "x-ms-apimTemplate-operationName": ["ListItems"],
    },
}


def _properties(**extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "connectionParameters": {"token": OAUTH, "host": HOST},
        "iconBrandColor": "#123456",
        "capabilities": ["actions"],
        "policyTemplateInstances": [POLICY],
        "publisher": "Someone",
        "stackOwner": "Someone Else",
    }
    body.update(extra)
    return copy.deepcopy({"properties": body})


def _generate(swagger: dict[str, Any], properties: dict[str, Any], tmp_path: Path) -> Any:
    document = SwaggerDocument.model_validate(swagger, context={"lenient": True})
    source = generate_module(document, api_properties=properties, format=False)
    name = "props_" + hashlib.sha1(source.encode()).hexdigest()[:12]
    target = tmp_path / f"{name}.py"
    target.write_text(source, encoding="utf-8")
    module = import_file(target, name)
    sys.modules.pop(name, None)
    return module.ImportedConnector, source


def test_typed_forms_reproduce_both_files(tmp_path: Path) -> None:
    cls, source = _generate(SWAGGER, _properties(), tmp_path)
    assert to_data(api_properties(cls)) == _properties()
    assert to_data(build(cls)) == SWAGGER
    assert cls.properties_raw is None
    assert cls.raw is None or "securityDefinitions" not in cls.raw.keys
    assert "security = OAuth2(" in source
    assert "connection_fields = (ConnectionField(name='host'" in source
    assert "policies = (DynamicHostUrl(operations=(ListItems," in source
    assert "brand_color = '#123456'" in source


def test_what_typed_forms_cannot_say_is_raw(tmp_path: Path) -> None:
    odd_policy = {**POLICY, "templateId": "dynamicHostUrl"}  # spelled as no template is
    properties = _properties(policyTemplateInstances=[odd_policy], extra="kept")
    del properties["properties"]["capabilities"]
    cls, source = _generate(SWAGGER, properties, tmp_path)
    assert to_data(api_properties(cls)) == properties
    raw = cls.properties_raw
    assert isinstance(raw, RawProperties)
    assert set(raw.keys) == {"policyTemplateInstances", "extra"}
    assert tuple(raw.drop) == ("capabilities",)
    assert "security = OAuth2(" in source  # the rest stays typed


def test_policy_naming_a_missing_operation_is_raw(tmp_path: Path) -> None:
    policy = {**POLICY, "parameters": {**POLICY["parameters"]}}
    policy["parameters"]["x-ms-apimTemplate-operationName"] = ["Nowhere"]
    properties = _properties(policyTemplateInstances=[policy])
    cls, _source = _generate(SWAGGER, properties, tmp_path)
    assert to_data(api_properties(cls)) == properties
    assert cls.properties_raw is not None
    assert set(cls.properties_raw.keys) == {"policyTemplateInstances"}


def test_client_secret_is_never_written(tmp_path: Path) -> None:
    properties = _properties()
    token = properties["properties"]["connectionParameters"]["token"]
    token["oAuthSettings"] = {**token["oAuthSettings"], "clientSecret": "s3cr3t-value"}
    assert secret_pointers(properties) == [
        "/properties/connectionParameters/token/oAuthSettings/clientSecret"
    ]
    cls, source = _generate(SWAGGER, properties, tmp_path)
    assert "s3cr3t-value" not in source
    assert to_data(api_properties(cls)) == without_secrets(properties)
    assert to_data(api_properties(cls)) == _properties()


def test_null_client_secret_is_not_a_secret() -> None:
    properties = _properties()
    token = properties["properties"]["connectionParameters"]["token"]
    token["oAuthSettings"] = {**token["oAuthSettings"], "clientSecret": None}
    assert secret_pointers(properties) == []
    assert without_secrets(properties) == properties


def test_import_warns_about_a_secret(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    folder = tmp_path / "connector"
    folder.mkdir()
    (folder / "apiDefinition.swagger.json").write_text(json.dumps(SWAGGER), encoding="utf-8")
    properties = _properties()
    token = properties["properties"]["connectionParameters"]["token"]
    token["oAuthSettings"] = {**token["oAuthSettings"], "clientSecret": "s3cr3t-value"}
    (folder / "apiProperties.json").write_text(json.dumps(properties), encoding="utf-8")
    output = tmp_path / "out.py"
    assert main(["import", str(folder), "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert "import-secret-dropped" in err
    assert "apiProperties.json" in err
    assert "#/properties/connectionParameters/token/oAuthSettings/clientSecret" in err
    assert "s3cr3t-value" not in output.read_text(encoding="utf-8")
    assert "s3cr3t-value" not in err
    module = import_file(output, "imported_with_secret")
    sys.modules.pop("imported_with_secret", None)
    assert to_data(api_properties(module.ImportedConnector)) == _properties()


def test_corpus_lists_are_right(shared: Path) -> None:
    for name in SECRETS:
        read = read_swagger(shared / "corpus" / name)
        assert secret_pointers(read.api_properties), name
    for name in NO_PROPERTIES:
        assert read_swagger(shared / "corpus" / name).api_properties is None, name
