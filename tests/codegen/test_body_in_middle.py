"""A body listed before other parameters is a typed field declared in its place."""

from __future__ import annotations

from tests.codegen.operation_documents import document, field_line, generated, operation

TOP = {"name": "top", "in": "query", "required": False, "type": "integer", "x-ms-summary": "Top"}
SITE = {"name": "site", "in": "path", "required": True, "type": "string"}
THING = {"type": "object", "properties": {"name": {"type": "string"}}}


def fields(source: str, cls: str) -> list[str]:
    """The field names of class `cls`, in order."""
    lines = source.split(f"\nclass {cls}(", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    return [line.strip().split(":", 1)[0] for line in lines]


def test_a_body_between_a_path_and_a_query_parameter_is_typed_in_place() -> None:
    body = {"name": "body", "in": "body", "required": True, "schema": THING}
    paths = {"/things/{site}": {"post": operation("AddThing", [SITE, body, TOP])}}
    source, plan = generated(document(paths))
    assert plan.exact == {}
    assert plan.body_schema == {}
    assert fields(source, "AddThing") == ["site", "body", "top"]
    assert field_line(source, "body") == "body: Annotated[AddThingBodyBody, Body()]"


def test_a_first_body_whose_model_misses_a_key_has_only_its_schema_raw() -> None:
    schema = {"$ref": "#/definitions/Thing", "required": ["name"]}
    body = {"name": "body", "in": "body", "required": True, "schema": schema}
    paths = {"/things": {"post": operation("AddThing", [body, TOP])}}
    source, plan = generated(document(paths, definitions={"Thing": THING}))
    assert plan.exact == {}
    assert plan.body_schema == {("/things", "post"): schema}
    assert fields(source, "AddThing") == ["body", "top"]
    assert field_line(source, "body") == (
        "body: Annotated[Thing, Body(), Raw(keys={'schema': {'$ref': '#/definitions/Thing', "
        "'required': ['name']}})]"
    )


def test_a_second_body_is_still_exact() -> None:
    first = {"name": "first", "in": "body", "required": True, "schema": THING}
    second = {"name": "second", "in": "body", "required": False, "schema": THING}
    paths = {"/things": {"post": operation("AddThing", [first, TOP, second])}}
    _source, plan = generated(document(paths))
    assert plan.exact == {("/things", "post"): {0, 2}}
