"""Raw JSON bodies become typed schemas; form bodies become formData parameters."""

from __future__ import annotations

from typing import Any

from .postman_kit import codes, collection, convert, only_operation, parameter, request


def _body(body: dict[str, Any], **fields: Any) -> tuple[Any, list[str]]:
    document, conversion = convert(collection(request("Add", "POST", body=body, **fields)))
    return only_operation(document), codes(conversion)


def _schema(raw: str, language: str | None = "json") -> tuple[Any, list[str]]:
    body: dict[str, Any] = {"mode": "raw", "raw": raw}
    if language:
        body["options"] = {"raw": {"language": language}}
    op, found = _body(body)
    return parameter(op, "body")["schema"], found


def test_numbers_booleans_and_nesting_keep_their_types() -> None:
    raw = '{"count": 3, "ratio": 1.5, "open": false, "tags": ["a"], "owner": {"id": 7}}'
    schema, found = _schema(raw)
    assert schema == {
        "type": "object",
        "properties": {
            "count": {"type": "integer"},
            "ratio": {"type": "number"},
            "open": {"type": "boolean"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
        },
    }
    assert found == []


def test_null_is_nullable_and_merges_with_a_typed_example() -> None:
    schema, _ = _schema('{"due": null, "items": [{"n": null}, {"n": 2}]}')
    assert schema["properties"]["due"] == {"x-nullable": True}
    assert schema["properties"]["items"]["items"]["properties"]["n"] == {
        "type": "integer",
        "x-nullable": True,
    }


def test_integer_and_number_examples_merge_to_number() -> None:
    schema, _ = _schema("[1, 2.5]")
    assert schema == {"type": "array", "items": {"type": "number"}}


def test_dates_get_a_format() -> None:
    schema, _ = _schema('{"at": "2024-05-01T10:00:00Z", "on": "2024-05-01"}')
    assert schema["properties"]["at"] == {"type": "string", "format": "date-time"}
    assert schema["properties"]["on"] == {"type": "string", "format": "date"}


def test_json_without_language_is_still_parsed() -> None:
    op, _ = _body({"mode": "raw", "raw": '{"n": 1}'})
    assert parameter(op, "body") == {
        "name": "body",
        "in": "body",
        "required": True,
        "schema": {"type": "object", "properties": {"n": {"type": "integer"}}},
    }
    assert op["consumes"] == ["application/json"]


def test_quoted_placeholders_are_strings_without_warning() -> None:
    schema, found = _schema('{"parentId": "{{parent}}"}', language=None)
    assert schema["properties"]["parentId"] == {"type": "string"}
    assert found == []


def test_unquoted_placeholder_is_a_number_with_a_warning() -> None:
    schema, found = _schema('{"limit": {{limit}}, "name": "x"}')
    assert schema["properties"]["limit"] == {"type": "integer"}
    assert found == ["postman-variable-in-body"]


def test_unquoted_placeholder_takes_its_variable_value() -> None:
    data = collection(
        request("Add", "POST", body={"mode": "raw", "raw": '{"flag": {{flag}}}'}),
        variable=[{"key": "baseUrl", "value": "https://a.io"}, {"key": "flag", "value": "true"}],
    )
    document, _ = convert(data)
    schema = parameter(only_operation(document), "body")["schema"]
    assert schema["properties"]["flag"] == {"type": "boolean"}


def test_whole_body_placeholder_is_an_object() -> None:
    schema, found = _schema("{{payload}}")
    assert schema == {"type": "object"}
    assert found == ["postman-variable-in-body"]


def test_comments_are_dropped() -> None:
    raw = '{\n  "status": "ok", // why\n  /* block */ "n": 1\n}'
    schema, found = _schema(raw)
    assert schema["properties"] == {"status": {"type": "string"}, "n": {"type": "integer"}}
    assert found == []


def test_broken_json_is_an_object_with_a_warning() -> None:
    schema, found = _schema('{"a": 1,, }')
    assert schema == {"type": "object"}
    assert found == ["postman-body-unparsed"]


def test_text_body_is_a_string() -> None:
    op, _ = _body({"mode": "raw", "raw": "<a/>", "options": {"raw": {"language": "xml"}}})
    assert parameter(op, "body")["schema"] == {"type": "string"}
    assert op["consumes"] == ["application/xml"]


def test_urlencoded_fields_are_form_parameters() -> None:
    fields = [
        {"key": "grant_type", "value": "client_credentials", "type": "text"},
        {"key": "ttl", "value": "60", "disabled": True},
    ]
    op, _ = _body({"mode": "urlencoded", "urlencoded": fields})
    assert op["parameters"] == [
        {"name": "grant_type", "in": "formData", "required": True, "type": "string"},
        {"name": "ttl", "in": "formData", "required": False, "type": "integer"},
    ]
    assert op["consumes"] == ["application/x-www-form-urlencoded"]


def test_formdata_files_have_file_type() -> None:
    fields = [
        {"key": "file", "type": "file", "src": "/tmp/a.png"},
        {"key": "count", "value": "2", "type": "text"},
    ]
    op, _ = _body({"mode": "formdata", "formdata": fields})
    assert parameter(op, "file")["type"] == "file"
    assert parameter(op, "count")["type"] == "integer"
    assert op["consumes"] == ["multipart/form-data"]


def test_file_body_is_binary() -> None:
    op, _ = _body({"mode": "file", "file": {"src": "/tmp/x.rvt"}})
    assert parameter(op, "body")["schema"] == {"type": "string", "format": "binary"}
    assert op["consumes"] == ["application/octet-stream"]


def test_unknown_body_mode_is_left_out_with_a_warning() -> None:
    op, found = _body({"mode": "telepathy"})
    assert "parameters" not in op
    assert found == ["postman-body-unsupported"]


def test_empty_raw_body_has_no_parameter() -> None:
    op, _ = _body({"mode": "raw", "raw": "  "})
    assert "parameters" not in op
