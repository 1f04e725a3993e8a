"""Raw keys applied to nodes whose values do not fit their typed fields, without warnings.

Real connectors hold such values (`"x-ms-visibility": ""` on a property); the compiler
writes them into unvalidated nodes, and applying raw keys (`Connector.raw`) must neither
change them nor make pydantic warn while writing them ("PydanticSerializationUnexpectedValue").
(pydantic's `model_dump` also failed outright on such nodes when no document had been read
before: their classes are built lazily.)
"""

from __future__ import annotations

import warnings
from typing import Annotated, ClassVar

import pytest
from pydantic import BaseModel, Field

from connector_dsl import Action, Connector, ConnectorInfo, Route, build
from connector_dsl.authoring.raw import Raw, RawDocument
from connector_dsl.compile.raw import apply_raw
from connector_dsl.document import Operation
from connector_dsl.document.construct import construct
from connector_dsl.dump import to_data

pytestmark = pytest.mark.invalid_document  # `x-ms-visibility: ""`, as real connectors have it


class Created(BaseModel):
    definition_name: ClassVar[str | None] = None  # written inline in the response
    id_: Annotated[int | None, Field(alias="id", json_schema_extra={"x-ms-visibility": ""})] = None


class CreateLead(Action[Created]):
    route = Route(method="POST", path="/leads", summary="Create a lead")


class Leads(Connector):
    info = ConnectorInfo(title="Leads", host="example.com")
    operations = (CreateLead,)
    raw = RawDocument(keys={"x-custom": 1})


def test_a_mistyped_node_takes_raw_keys_without_warnings() -> None:
    response = {"description": "OK", "schema": {"type": "integer", "x-ms-visibility": ""}}
    node = construct(Operation, {"operationId": "CreateLead", "responses": {"200": response}})
    schema = node.responses["200"].schema_  # pyright: ignore[reportAttributeAccessIssue]
    assert schema.x_ms_visibility == ""  # in its typed field, which does not allow ""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = to_data(apply_raw(node, Raw(keys={"x-custom": 2}, drop=("operationId",))))
    assert data == {"responses": {"200": response}, "x-custom": 2}


def test_a_connector_with_a_mistyped_value_builds_through_connector_raw_without_warnings() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = to_data(build(Leads))
    assert data["x-custom"] == 1
    schema = data["paths"]["/leads"]["post"]["responses"]["200"]["schema"]
    assert schema["properties"]["id"] == {"type": "integer", "x-ms-visibility": ""}
