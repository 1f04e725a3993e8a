"""`ConnectorInfo(status=...)` writes `info.x-ms-api-annotation.status`; a wrong one is refused."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl import Action, AuthoringError, Connector, ConnectorInfo, Route, build
from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data


class Ping(Action[None]):
    route = Route(method="GET", path="/ping", summary="Ping")


class PreviewConnector(Connector):
    info = ConnectorInfo(title="Early", host="example.com", status="Preview")
    operations = (Ping,)


class PlainConnector(Connector):
    info = ConnectorInfo(title="Plain", host="example.com")
    operations = (Ping,)


def test_status_is_the_info_annotation() -> None:
    info = to_data(build(PreviewConnector))["info"]
    assert info == {
        "title": "Early",
        "version": "1.0",
        "x-ms-api-annotation": {"status": "Preview"},
    }


def test_no_status_no_annotation() -> None:
    assert "x-ms-api-annotation" not in to_data(build(PlainConnector))["info"]


def test_unknown_status_is_refused_at_its_line() -> None:
    with pytest.raises(AuthoringError) as caught:
        ConnectorInfo(title="Bad", host="example.com", status="Beta")  # type: ignore[arg-type]
    (problem,) = caught.value.diagnostics
    assert problem.code == "info-argument"
    assert problem.message == (
        "ConnectorInfo(status='Beta') must be one of 'Production', 'Preview' (or None)"
    )
    assert problem.place.file is not None
    assert problem.place.file.endswith("test_info_status.py")
    assert problem.place.line is not None


DOCUMENT: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "Early", "version": "1.0", "x-ms-api-annotation": {"status": "Production"}},
    "host": "example.com",
    "basePath": "/",
    "schemes": ["https"],
    "consumes": ["application/json"],
    "produces": ["application/json"],
    "paths": {
        "/ping": {
            "get": {
                "operationId": "Ping",
                "summary": "Ping",
                "responses": {"200": {"description": "OK"}},
            }
        }
    },
    "securityDefinitions": {},
}


def test_imported_status_is_typed() -> None:
    document = SwaggerDocument.model_validate(DOCUMENT, context={"lenient": True})
    source, plan = generate(document)
    assert "status='Production'" in source
    assert not plan.document_raw
    assert build_source(source, "ImportedConnector") == to_data(document)
