"""What a typed form does not write is given per key, on the one property or class.

The generator works out the schemas the build will write for its classes
(`codegen.model_check`): a key written differently goes in that property's
`Field(json_schema_extra=...)`; a property whose type writes a key the input has
not becomes `Any` with its schema given; only a definition no class can build is
written raw, its class left empty.
"""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from tests.codegen.operation_documents import item_document

TAG = {"type": "object", "description": "A tag.", "properties": {"name": {"type": "string"}}}
COLOR = {"type": "string", "enum": ["red", "blue"]}


def _generated(item: dict[str, Any]) -> tuple[str, Any, SwaggerDocument]:
    data = item_document({"Item": item, "Tag": TAG, "Color": COLOR})
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(document)
    assert build_source(source, "ImportedConnector") == to_data(document)
    return source, plan, document


def test_a_key_beside_a_reference_is_given_on_that_property() -> None:
    source, plan, _document = _generated(
        {
            "type": "object",
            "properties": {
                "color": {"$ref": "#/definitions/Color", "type": "object", "title": "Main"},
                "name": {"type": "string", "title": "Name"},
            },
        }
    )
    assert (
        "    color: Annotated[Color | None, "
        "Field(json_schema_extra={'title': 'Main', 'type': 'object'})] = None\n"
    ) in source
    assert "    name: Annotated[str | None, Field(title='Name')] = None\n" in source
    assert not plan.definition_raw


def test_a_property_its_type_cannot_write_is_any_with_its_schema() -> None:
    settings = {
        "type": "object",
        "properties": {"mode": {"type": "string", "default": "x", "x-ms-visibility": "internal"}},
    }  # the compiler lists an internal input with a default as required: this one is not
    source, plan, _document = _generated({"type": "object", "properties": {"settings": settings}})
    assert f"    settings: Annotated[Any, Field(json_schema_extra={settings!r})] = None\n" in source
    assert "ItemSettings" not in source  # its model is not used any more
    assert not plan.definition_raw


def test_a_definition_no_class_builds_is_raw_and_its_class_empty() -> None:
    # pydantic leaves out a reference's keys equal to its definition's: nothing types this
    item = {"type": "object", "properties": {"tag": {"$ref": "#/definitions/Tag", **TAG}}}
    source, plan, _document = _generated(item)
    assert "class Item(BaseModel):\n    pass\n" in source
    assert plan.definition_raw == {"Item": item}
