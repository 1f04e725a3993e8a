"""Parameters: schemas flattened, `$ref`s and enum-only items inlined, cookies dropped."""

from __future__ import annotations

from .openapi3_docs import convert, operation, spec, warning

STATUS = {"type": "string", "enum": ["open", "closed"]}


def _params(data: dict, path: str = "/a", method: str = "get") -> list[dict]:
    return data["paths"][path][method]["parameters"]


def test_schema_is_flattened_into_the_parameter() -> None:
    schema = {"type": "integer", "format": "int32", "minimum": 1, "default": 10, "nullable": True}
    parameter = {"name": "limit", "in": "query", "schema": schema, "description": "Page size"}
    data, _ = convert(spec({"/a": {"get": operation(parameters=[parameter])}}))
    assert _params(data) == [
        {
            "name": "limit",
            "in": "query",
            "description": "Page size",
            "type": "integer",
            "format": "int32",
            "default": 10,
            "minimum": 1,
            "x-nullable": True,
        }
    ]


def test_array_of_ref_enum_items_is_inlined() -> None:
    components = {"schemas": {"Status": STATUS}}
    schema = {"type": "array", "items": {"$ref": "#/components/schemas/Status"}}
    parameter = {"name": "filter[status]", "in": "query", "schema": schema, "explode": False}
    data, _ = convert(
        spec({"/a": {"get": operation(parameters=[parameter])}}, components=components)
    )
    assert _params(data)[0] == {
        "name": "filter[status]",
        "in": "query",
        "type": "array",
        "items": {"type": "string", "enum": ["open", "closed"]},
        "collectionFormat": "csv",
    }


def test_exploded_query_array_is_multi() -> None:
    schema = {"type": "array", "items": {"type": "integer"}}
    parameter = {"name": "ids", "in": "query", "schema": schema}
    data, _ = convert(spec({"/a": {"get": operation(parameters=[parameter])}}))
    assert _params(data)[0]["collectionFormat"] == "multi"


def test_enum_only_schema_gets_its_type() -> None:
    parameter = {"name": "sort", "in": "query", "schema": {"enum": ["asc", "desc"]}}
    items = {"name": "n", "in": "query", "schema": {"type": "array", "items": {"enum": [1, 2]}}}
    data, _ = convert(spec({"/a": {"get": operation(parameters=[parameter, items])}}))
    assert _params(data)[0] == {
        "name": "sort",
        "in": "query",
        "type": "string",
        "enum": ["asc", "desc"],
    }
    assert _params(data)[1]["items"] == {"type": "integer", "enum": [1, 2]}


def test_ref_to_an_object_becomes_a_string_with_a_warning() -> None:
    components = {
        "schemas": {"Filter": {"type": "object", "properties": {"a": {"type": "string"}}}}
    }
    parameter = {"name": "filter", "in": "query", "schema": {"$ref": "#/components/schemas/Filter"}}
    data, conversion = convert(
        spec({"/a": {"get": operation(parameters=[parameter])}}, components=components)
    )
    assert _params(data)[0] == {"name": "filter", "in": "query", "type": "string"}
    found = warning(conversion, "openapi3-parameter-complex")
    assert found.place.pointer == "/paths/~1a/get/parameters/0/schema"


def test_cookie_parameter_is_dropped_with_a_warning() -> None:
    cookie = {"name": "session", "in": "cookie", "schema": {"type": "string"}}
    query = {"name": "q", "in": "query", "schema": {"type": "string"}}
    data, conversion = convert(spec({"/a": {"get": operation(parameters=[cookie, query])}}))
    assert [p["name"] for p in _params(data)] == ["q"]
    found = warning(conversion, "openapi3-cookie-parameter")
    assert "session" in found.message and "cookie" in found.message
    assert found.place.pointer == "/paths/~1a/get/parameters/0"


def test_path_level_parameters_are_merged_and_overridden() -> None:
    shared = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "v", "in": "query", "schema": {"type": "string"}},
    ]
    own = [{"name": "v", "in": "query", "schema": {"type": "integer"}}]
    item = {
        "parameters": shared,
        "get": operation(parameters=own),
        "delete": operation(operationId="Del"),
    }
    data, _ = convert(spec({"/a/{id}": item}))
    assert _params(data, "/a/{id}") == [
        {"name": "id", "in": "path", "required": True, "type": "string"},
        {"name": "v", "in": "query", "type": "integer"},
    ]
    assert [p["name"] for p in _params(data, "/a/{id}", "delete")] == ["id", "v"]
    assert "parameters" not in data["paths"]["/a/{id}"]


def test_component_parameters_become_global_parameters() -> None:
    components = {"parameters": {"Region": {"name": "x-region", "in": "header", "schema": STATUS}}}
    parameters = [{"$ref": "#/components/parameters/Region"}]
    data, _ = convert(
        spec({"/a": {"get": operation(parameters=parameters)}}, components=components)
    )
    assert _params(data) == [{"$ref": "#/parameters/Region"}]
    assert data["parameters"]["Region"] == {
        "name": "x-region",
        "in": "header",
        "type": "string",
        "enum": ["open", "closed"],
    }


def test_path_parameter_is_required_and_undeclared_ones_are_added() -> None:
    parameter = {"name": "id", "in": "path", "schema": {"type": "string"}}
    data, conversion = convert(spec({"/a/{id}/{sub}": {"get": operation(parameters=[parameter])}}))
    assert _params(data, "/a/{id}/{sub}") == [
        {"name": "id", "in": "path", "required": True, "type": "string"},
        {"name": "sub", "in": "path", "required": True, "type": "string"},
    ]
    assert "sub" in warning(conversion, "openapi3-path-parameter-added").message


def test_content_parameter_becomes_a_string() -> None:
    parameter = {
        "name": "q",
        "in": "query",
        "content": {"application/json": {"schema": {"type": "object"}}},
    }
    data, conversion = convert(spec({"/a": {"get": operation(parameters=[parameter])}}))
    assert _params(data)[0]["type"] == "string"
    assert (
        warning(conversion, "openapi3-parameter-content").place.pointer
        == "/paths/~1a/get/parameters/0/content"
    )
