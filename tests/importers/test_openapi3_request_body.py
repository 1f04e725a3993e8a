"""`requestBody` to a body parameter or form fields, with consumes."""

from __future__ import annotations

from .openapi3_docs import convert, operation, spec, warning

PET = {"type": "object", "properties": {"name": {"type": "string"}}}


def _body(data: dict, path: str = "/a", method: str = "post") -> dict:
    return data["paths"][path][method]


def test_json_body_becomes_a_body_parameter() -> None:
    body = {
        "required": True,
        "description": "The pet",
        "content": {"application/json": {"schema": PET}},
    }
    data, conversion = convert(spec({"/a": {"post": operation(requestBody=body)}}))
    op = _body(data)
    assert op["consumes"] == ["application/json"]
    assert op["parameters"] == [
        {"name": "body", "in": "body", "description": "The pet", "required": True, "schema": PET}
    ]
    assert conversion.warnings == []


def test_json_is_kept_and_other_media_types_are_reported() -> None:
    content = {
        "application/xml": {"schema": PET},
        "application/vnd.api+json": {"schema": PET},
        "text/plain": {"schema": {"type": "string"}},
    }
    data, conversion = convert(spec({"/a": {"post": operation(requestBody={"content": content})}}))
    assert _body(data)["consumes"] == ["application/vnd.api+json"]
    found = warning(conversion, "openapi3-media-type-dropped")
    assert found.place.pointer == "/paths/~1a/post/requestBody/content"
    assert "application/xml" in found.message and "text/plain" in found.message


def test_first_media_type_when_none_is_json() -> None:
    content = {"text/csv": {"schema": {"type": "string"}}, "text/plain": {}}
    data, _ = convert(spec({"/a": {"post": operation(requestBody={"content": content})}}))
    assert _body(data)["consumes"] == ["text/csv"]
    assert _body(data)["parameters"][0]["schema"] == {"type": "string"}


def test_multipart_file_upload_becomes_file_form_data() -> None:
    schema = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {"type": "string", "format": "binary", "description": "The file"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "size": {"type": "integer", "format": "int64"},
        },
    }
    body = {"content": {"multipart/form-data": {"schema": schema}}}
    data, _ = convert(spec({"/a": {"post": operation(requestBody=body)}}))
    op = _body(data)
    assert op["consumes"] == ["multipart/form-data"]
    assert op["parameters"] == [
        {
            "name": "file",
            "in": "formData",
            "description": "The file",
            "required": True,
            "type": "file",
        },
        {
            "name": "tags",
            "in": "formData",
            "type": "array",
            "items": {"type": "string"},
            "collectionFormat": "multi",
        },
        {"name": "size", "in": "formData", "type": "integer", "format": "int64"},
    ]


def test_url_encoded_form_without_type_and_with_a_ref() -> None:
    form = {
        "required": ["grant_type"],
        "properties": {"grant_type": {"type": "string", "enum": ["client_credentials"]}},
    }
    components = {"schemas": {"Form": form}}
    body = {
        "content": {
            "application/x-www-form-urlencoded": {"schema": {"$ref": "#/components/schemas/Form"}}
        }
    }
    data, _ = convert(spec({"/a": {"post": operation(requestBody=body)}}, components=components))
    assert _body(data)["parameters"] == [
        {
            "name": "grant_type",
            "in": "formData",
            "required": True,
            "type": "string",
            "enum": ["client_credentials"],
        }
    ]


def test_request_body_refs_are_inlined() -> None:
    components = {
        "requestBodies": {
            "Pet": {"content": {"application/json": {"schema": PET}}, "required": True}
        }
    }
    body = {"$ref": "#/components/requestBodies/Pet"}
    data, _ = convert(spec({"/a": {"put": operation(requestBody=body)}}, components=components))
    parameter = _body(data, method="put")["parameters"][0]
    assert parameter == {"name": "body", "in": "body", "required": True, "schema": PET}


def test_body_name_from_codegen_extension() -> None:
    body = {
        "x-codegen-request-body-name": "payload",
        "content": {"application/json": {"schema": PET}},
    }
    data, _ = convert(spec({"/a": {"post": operation(requestBody=body)}}))
    assert _body(data)["parameters"][0]["name"] == "payload"
