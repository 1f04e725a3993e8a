"""A field's `FieldInfo` made once per type and other metadata reads as pydantic's own."""

from __future__ import annotations

from typing import Annotated, Any, Optional, cast

from pydantic import Field
from pydantic.fields import FieldInfo

from connector_dsl.authoring import Query
from connector_dsl.authoring.markers import NotificationUrl
from connector_dsl.codegen.parameters import MADE_HERE, InputField, input_type
from connector_dsl.compile.collect import field_spec


def _field(param: dict[str, Any], marker: dict[str, Any], **kwargs: Any) -> InputField:
    required = param.get("required") is True
    return InputField(
        python="top",
        location="query",
        kind=input_type(param),
        marker=marker,
        required=required,
        takes_none=not required,
        field=kwargs.get("field", {}),
        notification=kwargs.get("notification", False),
    )


def _pydantic(field: InputField, marker: Any) -> FieldInfo:
    metadata: list[Any] = [marker]
    if field.field:
        metadata.append(Field(**field.field))
    if field.notification:
        metadata.append(NotificationUrl())
    live = field.kind.live
    if field.takes_none and live is not Any:
        live = cast("Any", Optional)[live]
    hint = cast("Any", Annotated)[(live, *metadata)]
    if field.required:
        return FieldInfo.from_annotation(hint)
    return FieldInfo.from_annotated_attribute(hint, None)


def test_the_copy_reads_as_pydantic_makes_it() -> None:
    cases = [
        (_field({"type": "integer"}, {"description": "Top"}), {"description": "Top"}),
        (
            _field({"type": "integer", "required": True}, {}, field={"ge": 1, "le": 50}),
            {"summary": "Count"},
        ),
        (_field({"type": "string"}, {}, notification=True), {"name": "hook"}),
    ]
    for field, options in cases:
        marker = Query(**options, place=MADE_HERE)
        mine = field._field_info(marker)
        theirs = _pydantic(field, marker)
        assert mine.metadata[0] is marker
        assert repr(mine) == repr(theirs)
        assert field_spec("top", mine, frozenset()) == field_spec("top", theirs, frozenset())


def test_two_markers_of_one_type_get_their_own() -> None:
    field = _field({"type": "string"}, {})
    first = field._field_info(Query(description="a", place=MADE_HERE))
    second = field._field_info(Query(description="b", place=MADE_HERE))
    assert field_spec("top", first, frozenset()).description == "a"
    assert field_spec("top", second, frozenset()).description == "b"
