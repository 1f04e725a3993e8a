"""An inline schema equal to a definition's (or to an earlier inline one) is a subclass.

Its class body is not written twice: `class AddPetBody(Pet)` with
`definition_name = None` builds the same schema, written in place.
"""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data

PET: dict[str, Any] = {
    "type": "object",
    "description": "A pet.",
    "required": ["name"],
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
}
NOTE: dict[str, Any] = {"type": "object", "properties": {"text": {"type": "string"}}}


def _operation(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "summary": operation_id,
        "parameters": [{"name": "body", "in": "body", "required": True, "schema": schema}],
        "responses": {"200": {"description": "OK"}},
    }


def _generated() -> tuple[str, Any, SwaggerDocument]:
    data = {
        "swagger": "2.0",
        "info": {"title": "Pets", "version": "1.0"},
        "host": "example.com",
        "basePath": "/",
        "schemes": ["https"],
        "paths": {
            "/pets": {"post": _operation("AddPet", PET)},
            "/notes": {"post": _operation("AddNote", NOTE), "put": _operation("SetNote", NOTE)},
        },
        "definitions": {"Pet": PET},
    }
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    source, plan = generate(document)
    return source, plan, document


def test_a_body_equal_to_a_definition_subclasses_its_model() -> None:
    source, plan, document = _generated()
    assert (
        "class AddPetBodyBody(Pet):\n"
        '    """A pet."""\n\n'
        "    definition_name: ClassVar[str | None] = None\n"
    ) in source
    assert source.count("age: int | None = None") == 1
    assert not plan.definition_raw
    assert build_source(source, "ImportedConnector") == to_data(document)


def test_a_second_equal_inline_schema_subclasses_the_first() -> None:
    source, _plan, document = _generated()
    assert "class AddNoteBodyBody(SetNoteBodyBody):" in source  # `put` is read before `post`
    assert source.count("text: str | None = None") == 1
    assert build_source(source, "ImportedConnector") == to_data(document)
