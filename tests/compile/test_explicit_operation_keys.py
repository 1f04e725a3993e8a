"""`consumes`, `produces` and `deprecated` per operation: left out, or written as given.

None leaves the key out; `()` writes an explicit empty list; `deprecated=False`
writes `deprecated: false`.
"""

from __future__ import annotations

from typing import Annotated, Any

import pytest

from connector_dsl import Action, Connector, ConnectorInfo, FormData, Route, build
from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data


class Plain(Action[None]):
    route = Route(method="GET", path="/plain", summary="Plain")


class EmptyLists(Action[None]):
    route = Route(method="GET", path="/empty", summary="Empty", consumes=(), produces=())


class Given(Action[None]):
    route = Route(
        method="POST",
        path="/given",
        summary="Given",
        consumes=("text/plain",),
        produces=("application/xml",),
    )


class Upload(Action[None]):
    route = Route(method="POST", path="/upload", summary="Upload")
    file: Annotated[bytes, FormData()]


class UploadEmpty(Action[None]):
    route = Route(method="POST", path="/upload-empty", summary="Upload", consumes=())
    file: Annotated[bytes, FormData()]


class Current(Action[None]):
    route = Route(method="GET", path="/current", summary="Current", deprecated=False)


class Old(Action[None]):
    route = Route(method="GET", path="/old", summary="Old", deprecated=True)


class Keys(Connector):
    info = ConnectorInfo(title="Keys", host="example.com")
    operations = (Plain, EmptyLists, Given, Upload, UploadEmpty, Current, Old)


@pytest.fixture(scope="module")
def paths() -> dict[str, Any]:
    found: dict[str, Any] = to_data(build(Keys))["paths"]
    return found


def test_none_leaves_the_keys_out(paths: dict[str, Any]) -> None:
    operation = paths["/plain"]["get"]
    assert not {"consumes", "produces", "deprecated"} & set(operation)


def test_empty_tuples_are_explicit_empty_lists(paths: dict[str, Any]) -> None:
    operation = paths["/empty"]["get"]
    assert operation["consumes"] == []
    assert operation["produces"] == []


def test_given_lists(paths: dict[str, Any]) -> None:
    operation = paths["/given"]["post"]
    assert operation["consumes"] == ["text/plain"]
    assert operation["produces"] == ["application/xml"]


def test_form_fields_consume_multipart_unless_told(paths: dict[str, Any]) -> None:
    assert paths["/upload"]["post"]["consumes"] == ["multipart/form-data"]
    assert paths["/upload-empty"]["post"]["consumes"] == []


def test_deprecated_false_and_true_are_written(paths: dict[str, Any]) -> None:
    assert paths["/current"]["get"]["deprecated"] is False
    assert paths["/old"]["get"]["deprecated"] is True


DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Keys", "version": "1.0"},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "paths": {
        "/current": {
            "get": {
                "operationId": "Current",
                "summary": "Current",
                "consumes": [],
                "produces": [],
                "deprecated": False,
                "responses": {"200": {"description": "OK"}},
            }
        },
        "/old": {
            "get": {
                "operationId": "Old",
                "summary": "Old",
                "deprecated": True,
                "responses": {"200": {"description": "OK"}},
            }
        },
    },
    "securityDefinitions": {},
}


def test_imported_keys_are_typed() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, plan = generate(document)
    assert "deprecated=False, consumes=(), produces=()" in source
    assert "deprecated=True" in source
    assert not plan.operation_raw
    assert build_source(source, "ImportedConnector") == to_data(document)
