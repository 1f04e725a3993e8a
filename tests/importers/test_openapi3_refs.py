"""External `$ref`s are refused; extensions are carried; the input version is checked."""

from __future__ import annotations

import pytest

from connector_dsl.errors import InputError
from connector_dsl.importers.openapi3 import convert_openapi3

from .openapi3_docs import convert, operation, spec


def test_external_refs_are_refused_with_file_and_pointer() -> None:
    schema = {"$ref": "common.yaml#/components/schemas/Pet"}
    body = {"content": {"application/json": {"schema": schema}}}
    document = spec({"/a": {"post": operation(requestBody=body)}})
    with pytest.raises(InputError) as caught:
        convert_openapi3(document, source="api.yaml")
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "openapi3-external-ref"
    assert diagnostic.place.file == "api.yaml"
    assert diagnostic.place.pointer == (
        "/paths/~1a/post/requestBody/content/application~1json/schema/$ref"
    )
    assert "common.yaml" in diagnostic.message


def test_missing_local_ref_is_an_input_error() -> None:
    parameters = [{"$ref": "#/components/parameters/Nope"}]
    with pytest.raises(InputError, match="points at nothing"):
        convert_openapi3(spec({"/a": {"get": operation(parameters=parameters)}}))


def test_not_openapi_3_is_refused() -> None:
    with pytest.raises(InputError, match="not an OpenAPI 3 document"):
        convert_openapi3({"swagger": "2.0", "info": {}, "paths": {}})


def test_unknown_extensions_are_carried_through() -> None:
    document = spec(
        {"/a": {"x-path-note": 1, "get": operation(**{"x-stoplight": {"id": "o1"}})}},
        tags=[{"name": "t", "x-stoplight": {"id": "t1"}}],
        **{"x-stoplight": {"id": "top"}},
    )
    document["info"]["x-logo"] = "logo.png"
    data, _ = convert(document)
    assert data["x-stoplight"] == {"id": "top"}
    assert data["info"]["x-logo"] == "logo.png"
    assert data["paths"]["/a"]["x-path-note"] == 1
    assert data["paths"]["/a"]["get"]["x-stoplight"] == {"id": "o1"}
    assert data["tags"] == [{"name": "t", "x-stoplight": {"id": "t1"}}]
