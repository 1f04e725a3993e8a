"""The schema rules predict what the live classes write, rule by rule, or say they cannot.

Each case is checked against the live path (`model_check.live_schemas`: the classes
made with pydantic and run through the compiler's `definitions_for`), and the
predicted schema itself is asserted, so that a rule cannot agree by accident.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import pytest

from connector_dsl.codegen.model_check import live_schemas
from connector_dsl.codegen.models import FieldCode, ModelClass, Models
from connector_dsl.codegen.module import IMPORTS
from connector_dsl.codegen.names import RESERVED, Namer
from connector_dsl.codegen.schema_rules import cleandoc, predict
from connector_dsl.codegen.type_tree import ANY, DictOf, ListOf, LiteralOf, Named, WithField


def _both(wanted: list[ModelClass], order: dict[str, int] | None = None) -> dict[str, Any]:
    """The prediction, checked equal to the live path (value types included, key order not:
    every use of a prediction compares schemas as values)."""
    order = order if order is not None else _order(wanted)
    prediction = predict(wanted, order)
    live, _types = live_schemas(wanted, order)
    assert prediction is not None
    predicted = prediction.classes
    assert predicted == live
    assert list(predicted) == list(live)
    for name, schema in predicted.items():  # `1`, `1.0` and `True` told apart
        assert json.dumps(schema, sort_keys=True) == json.dumps(live[name], sort_keys=True)
    return predicted


def _order(wanted: list[ModelClass]) -> dict[str, int]:
    return {model.name: index for index, model in enumerate(wanted) if model.definition}


def _model(name: str, *fields: FieldCode, **settings: Any) -> ModelClass:
    model = ModelClass(name, settings.pop("description", None), {}, definition=name)
    model.fields = list(fields)
    for key, value in settings.items():
        setattr(model, key, value)
    return model


def _enum(*pairs: str) -> ModelClass:
    model = ModelClass("E", None, {}, "E", form="enum")
    model.members = list(zip(pairs[::2], pairs[1::2], strict=True))
    return model


def _field(python: str, kind: Any, *, takes_none: bool = False, **settings: Any) -> FieldCode:
    item = FieldCode(python, settings.pop("wire", python), kind, takes_none)
    for key, value in settings.items():
        setattr(item, key, value)
    return item


def test_scalar_types_and_their_constraints() -> None:
    found = _both(
        [
            _model(
                "Thing",
                _field("s", Named("str"), options={"max_length": 5, "min_length": 1}),
                _field("p", Named("str"), options={"pattern": "^a+$"}),
                _field("i", Named("int"), options={"ge": 0, "le": 9}),
                _field("f", Named("float"), options={"ge": 1.5}),
                _field("b", Named("bool")),
                _field("raw", Named("bytes")),
                _field("x", ANY),
            )
        ]
    )
    assert found["Thing"]["properties"] == {
        "s": {"maxLength": 5, "minLength": 1, "type": "string"},
        "p": {"pattern": "^a+$", "type": "string"},
        "i": {"maximum": 9, "minimum": 0, "type": "integer"},
        "f": {"minimum": 1.5, "type": "number"},
        "b": {"type": "boolean"},
        "raw": {"format": "binary", "type": "string"},
        "x": {},
    }
    assert found["Thing"]["required"] == ["s", "p", "i", "f", "b", "raw", "x"]


def test_optional_is_nullable_only_without_a_default() -> None:
    found = _both(
        [
            _model(
                "Thing",
                _field("a", Named("str"), takes_none=True),
                _field("b", Named("str"), takes_none=True, default=None),
                _field("c", Named("int"), takes_none=True, default=3),
                _field("d", Named("bool"), options={"default": "false"}),
            )
        ]
    )
    assert found["Thing"]["properties"] == {
        "a": {"type": "string", "x-nullable": True},
        "b": {"type": "string"},
        "c": {"default": 3, "type": "integer"},
        "d": {"default": "false", "type": "boolean"},
    }
    assert found["Thing"]["required"] == ["a"]


def test_ui_keys_then_title_then_json_schema_extra() -> None:
    ui = {
        "summary": "Name",
        "visibility": "advanced",
        "format": "email",
        "enum": ["a", "b"],
        "example": "a",
        "read_only": True,
        "notification_url": True,
        "extensions": (("x-ms-test", {"k": [1]}),),
    }
    found = _both(
        [
            _model(
                "Thing",
                _field("a", Named("str"), ui=ui, options={"title": "A"}),
                _field("b", Named("str"), takes_none=True, ui={"nullable": False}),
                _field("c", Named("str"), ui={"nullable": True, "description": "Said."}),
                _field(
                    "d",
                    Named("str"),
                    ui={"summary": "D"},
                    options={"json_schema_extra": {"x-ms-summary": "E", "type": "x"}},
                ),
                _field("e", Named("str"), takes_none=True, ui={"format": "date-time"}),
            )
        ]
    )
    props = found["Thing"]["properties"]
    assert props["e"] == {"format": "date-time", "type": "string", "x-nullable": True}
    assert props["a"] == {
        "enum": ["a", "b"],
        "example": "a",
        "format": "email",
        "readOnly": True,
        "title": "A",
        "type": "string",
        "x-ms-notification-url": True,
        "x-ms-summary": "Name",
        "x-ms-test": {"k": [1]},
        "x-ms-visibility": "advanced",
    }
    assert props["b"] == {"type": "string"}
    assert props["c"] == {"description": "Said.", "type": "string", "x-nullable": True}
    assert props["d"] == {"type": "x", "x-ms-summary": "E"}


def test_aliases_name_the_properties() -> None:
    found = _both(
        [_model("Thing", _field("odata_id", Named("str"), options={"alias": "@odata.id"}))]
    )
    assert list(found["Thing"]["properties"]) == ["@odata.id"]
    assert found["Thing"]["required"] == ["@odata.id"]


def test_docstrings_under_fields_describe_them_unless_described() -> None:
    found = _both(
        [
            _model(
                "Thing",
                _field("a", Named("str"), doc='"""The a."""'),
                _field("b", Named("str"), doc='"""Not used."""', ui={"description": "The b."}),
                description="  A thing.\n\n  More.",
            )
        ]
    )
    assert found["Thing"]["description"] == "A thing.\n\nMore."
    assert found["Thing"]["properties"]["a"]["description"] == "The a."
    assert found["Thing"]["properties"]["b"]["description"] == "The b."


@pytest.mark.parametrize(
    "text",
    [
        "plain",
        "  lead\n    two\n      three\n",
        "\n\n  first\n\tsecond\n\n",
        "a\n   \n  b\n    c",
        "\u3000wide\n\u3000\u3000x",
        "one\n\x0c  two",
        "",
        "   ",
        "x\n  \n",
        "  one line, spaces at both ends  ",
        "\u3000wide space first",
        "\ttab first",
    ],
)
def test_docstrings_are_cleaned_as_inspect_does(text: str) -> None:
    assert cleandoc(text) == inspect.cleandoc(text)


def test_class_title_and_extra() -> None:
    found = _both(
        [
            _model("Titled", _field("a", Named("str")), title="Shown", extra={"x-k": 1}),
            _model("Untitled", _field("a", Named("str")), extra={"title": 5, "example": {}}),
        ]
    )
    assert found["Titled"]["title"] == "Shown"
    assert found["Titled"]["x-k"] == 1
    assert "title" not in found["Untitled"]  # no ConfigDict title: pydantic's is taken away
    assert found["Untitled"]["example"] == {}


def test_internal_fields_with_a_default_are_required() -> None:
    found = _both(
        [
            _model(
                "Thing",
                _field("a", Named("str"), default="x", ui={"visibility": "internal"}),
                _field("b", Named("str")),
                _field("c", Named("str"), default="y"),
                _field(
                    "d",
                    Named("str"),
                    default="z",
                    options={"json_schema_extra": {"x-ms-visibility": "internal"}},
                ),
            )
        ]
    )
    assert found["Thing"]["required"] == ["a", "b", "d"]


def test_enums_with_their_settings() -> None:
    text = ModelClass("Colour", "Colours.", {}, "colour", form="enum")
    text.members = [("RED", "red"), ("BLUE", "blue")]
    text.extra = {"title": "Colour", "x-ms-enum": {"name": "c"}}
    number = ModelClass("Size", None, {}, "Size", form="enum")
    number.members = [("VALUE_1", 1), ("VALUE_2", 2)]
    found = _both([text, number])
    assert found["Colour"] == {
        "description": "Colours.",
        "enum": ["red", "blue"],
        "title": "Colour",
        "type": "string",
        "x-ms-enum": {"name": "c"},
    }
    assert found["Size"] == {"enum": [1, 2], "type": "integer"}


def test_root_models() -> None:
    item = _model("Item", _field("a", Named("str")))
    roots = [
        ModelClass("Items", "The items.", {}, "Items", form="root", root=ListOf(Named("Item"))),
        ModelClass("Map", None, {}, "Map", form="root", root=DictOf(ANY)),
        ModelClass("Texts", None, {}, "Texts", form="root", root=DictOf(Named("str"))),
        ModelClass("Codes", None, {}, "Codes", form="root", root=LiteralOf((1, 2))),
        ModelClass("Mixed", None, {}, "Mixed", form="root", root=LiteralOf(("a", 1))),
        ModelClass("One", None, {}, "One", form="root", root=LiteralOf(("a",))),
        ModelClass("Alias", "Said.", {}, "Alias", form="root", root=Named("Item")),
    ]
    roots[1].extra = {"x-k": True}
    found = _both([item, *roots])
    assert found["Items"] == {
        "description": "The items.",
        "items": {"$ref": "#/definitions/Item"},
        "type": "array",
    }
    assert found["Map"] == {"additionalProperties": True, "type": "object", "x-k": True}
    assert found["Texts"] == {"additionalProperties": {"type": "string"}, "type": "object"}
    assert found["Codes"] == {"enum": [1, 2], "type": "integer"}
    assert found["Mixed"] == {"enum": ["a", 1]}
    assert found["One"] == {"enum": ["a"], "type": "string"}
    assert found["Alias"] == {"$ref": "#/definitions/Item", "description": "Said."}


def test_item_and_value_keys_beside_their_type() -> None:
    extra = (("json_schema_extra", {"format": "f", "title": "T"}),)
    item = _model("Item", _field("a", Named("str")))
    found = _both(
        [
            item,
            _model(
                "Thing",
                _field("l", ListOf(WithField(Named("str"), extra))),
                _field("d", DictOf(WithField(Named("str"), extra))),
                _field("r", ListOf(WithField(Named("Item"), (("json_schema_extra", {"x-y": 1}),)))),
            ),
        ]
    )
    props = found["Thing"]["properties"]
    assert props["l"] == {"items": {"format": "f", "title": "T", "type": "string"}, "type": "array"}
    assert props["d"] == {
        "additionalProperties": {"format": "f", "type": "string"},
        "type": "object",
    }
    assert props["r"] == {"items": {"$ref": "#/definitions/Item", "x-y": 1}, "type": "array"}


def test_models_in_place_are_expanded_with_the_references_keys_over_theirs() -> None:
    inner = _model("Inner", _field("a", Named("int")), description="Inner.")
    inner.definition = None
    outer = _model(
        "Outer",
        _field("inner", Named("Inner"), ui={"summary": "In", "description": "Outer's."}),
        _field("many", ListOf(Named("Inner"))),
    )
    found = _both([inner, outer])
    assert found["Inner"] == {
        "description": "Inner.",
        "properties": {"a": {"type": "integer"}},
        "required": ["a"],
        "type": "object",
    }
    assert found["Outer"]["properties"]["inner"] == {
        "description": "Outer's.",
        "properties": {"a": {"type": "integer"}},
        "required": ["a"],
        "type": "object",
        "x-ms-summary": "In",
    }
    assert found["Outer"]["properties"]["many"]["items"] == found["Inner"]


def test_models_in_place_are_expanded_in_roots_and_in_definitions_written_inside_others() -> None:
    inner = _model("Inner", _field("a", Named("int")))
    inner.definition = None
    items = ModelClass("Items", None, {}, "Items", form="root")
    items.root = ListOf(Named("Inner"))
    mid = _model("Mid", _field("plain", Named("str")), _field("x", Named("Inner")))
    top = _model("Top", _field("mid", Named("Mid")), _field("y", DictOf(Named("Inner"))))
    found = _both([inner, items, mid, top])
    expanded = {"properties": {"a": {"type": "integer"}}, "required": ["a"], "type": "object"}
    assert found["Items"] == {"items": expanded, "type": "array"}
    assert found["Mid"]["properties"] == {"plain": {"type": "string"}, "x": expanded}
    assert found["Top"]["properties"] == {
        "mid": {"$ref": "#/definitions/Mid"},
        "y": {"additionalProperties": expanded, "type": "object"},
    }


def test_copies_are_their_parents_schema_with_their_own_docstring() -> None:
    parent = _model(
        "Parent", _field("a", Named("str"), doc='"""A."""'), title="P", description="Parent."
    )
    copy = ModelClass("Copy", "Copy.", {}, None, form="copy", parent="Parent")
    bare = ModelClass("Bare", None, {}, None, form="copy", parent="Parent")
    user = _model("User", _field("c", Named("Copy")), _field("d", Named("Bare")))
    found = _both([parent, copy, bare, user])
    assert found["Copy"] == {
        "description": "Copy.",
        "properties": {"a": {"description": "A.", "type": "string"}},
        "required": ["a"],
        "title": "P",
        "type": "object",
    }
    assert "description" not in found["Bare"]


def test_copies_write_the_keys_beside_their_references_as_their_own() -> None:
    target = _model("Target", _field("a", Named("str")), extra={"x-ms-summary": "T"})
    parent = _model(
        "Parent",
        _field("t", Named("Target"), ui={"summary": "T", "visibility": "advanced"}),
        _field("b", Named("int"), doc='"""B."""'),
    )
    copy = ModelClass("Copy", "Copy.", {}, None, form="copy", parent="Parent")
    other = ModelClass("Other", "Other.", {}, None, form="copy", parent="Parent")
    user = _model("User", _field("c", Named("Copy")), _field("o", Named("Other")))
    found = _both([target, parent, copy, other, user])
    for name in ("Parent", "Copy", "Other"):
        assert found[name]["properties"] == {
            "t": {"$ref": "#/definitions/Target", "x-ms-visibility": "advanced"},
            "b": {"description": "B.", "type": "integer"},
        }
    assert found["Other"]["description"] == "Other."


def test_stubs_are_empty_objects() -> None:
    stub = ModelClass("Gone", None, {}, "gone", form="stub")
    assert _both([stub]) == {"Gone": {"properties": {}, "type": "object"}}


def test_keys_beside_a_reference_equal_to_a_written_definition_are_left_out() -> None:
    target = _model("Target", _field("a", Named("str")), extra={"x-ms-summary": "T"})
    user = _model(
        "User",
        _field("t", Named("Target"), ui={"summary": "T", "visibility": "advanced"}),
        _field("n", Named("Target"), takes_none=True),
    )
    found = _both([target, user])  # Target is written by the input before User's
    assert found["User"]["properties"]["t"] == {
        "$ref": "#/definitions/Target",
        "x-ms-visibility": "advanced",
    }
    assert found["User"]["properties"]["n"] == {"$ref": "#/definitions/Target", "x-nullable": True}


def test_a_reference_to_the_class_itself_keeps_its_keys() -> None:
    node = _model(
        "Node",
        _field("next", Named("Node"), takes_none=True, options={"title": "N"}),
        extra={"x-nullable": True},
        title="N",
    )
    found = _both([node])
    assert found["Node"]["properties"]["next"] == {
        "$ref": "#/definitions/Node",
        "title": "N",
        "x-nullable": True,
    }


def test_a_title_in_extra_stays_on_an_enum_only() -> None:
    model = _model("Pet", _field("a", Named("str")), extra={"x-k": 1})
    model.extra = {"title": "Pet"}
    model.title = None
    other = ModelClass("Colour", None, {}, "Colour", form="enum")
    other.members = [("RED", "red")]
    other.extra = {"title": "Colour"}
    found = _both([model, other])
    assert "title" not in found["Pet"]
    assert found["Colour"]["title"] == "Colour"  # an enum's extra title is the class's own


def test_the_generators_own_models() -> None:
    definitions = {
        "Pet": {
            "type": "object",
            "description": "A pet.",
            "required": ["name"],
            "properties": {
                "name": {"type": "string", "x-ms-summary": "Name", "maxLength": 9},
                "tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}},
                "owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
                "when": {"type": "string", "format": "date-time", "description": "When."},
                "kind": {"type": ["string", "null"]},
            },
        },
        "Tag": {"type": "string", "enum": ["a", "b"]},
        "Tags": {"type": "array", "items": {"$ref": "#/definitions/Tag"}, "x-ms-summary": "T"},
    }
    models = Models(Namer(RESERVED | set(IMPORTS)), definitions)
    order = {name: index for index, name in enumerate(models.by_definition.values())}
    found = _both(models.ordered(), order)
    assert found["Pet"]["properties"]["name"] == {
        "maxLength": 9,
        "type": "string",
        "x-ms-summary": "Name",
    }
    assert found["Tags"] == {
        "items": {"$ref": "#/definitions/Tag"},
        "type": "array",
        "x-ms-summary": "T",
    }


# -- what the rules do not settle: the live path instead


def test_keys_beside_a_reference_the_input_writes_first_are_left_out() -> None:
    target = _model("Target", _field("a", Named("str")), extra={"x-ms-summary": "T"})
    user = _model("User", _field("t", Named("Target"), ui={"summary": "T"}))
    # User's input writes Target before User's own fields
    found = _both([target, user], {"User": 0, "Target": 1})
    assert found["User"]["properties"]["t"] == {"$ref": "#/definitions/Target"}


def test_keys_beside_a_reference_in_a_class_used_once_plainly_are_left_out() -> None:
    target = _model("Target", _field("a", Named("str")), extra={"x-ms-summary": "T"})
    middle = _model("Middle", _field("t", Named("Target"), ui={"summary": "T"}))
    top = _model("Top", _field("m", ListOf(Named("Middle")), ui={"summary": "M"}))
    # Middle is written inside Top's own schema, after every definition Top keeps apart
    found = _both([target, middle, top], {"Top": 0, "Middle": 1, "Target": 2})
    assert found["Middle"]["properties"]["t"] == {"$ref": "#/definitions/Target"}


def test_a_key_beside_a_reference_written_by_the_same_input_is_not_settled() -> None:
    target = _model("Target", _field("a", Named("str")), extra={"x-ms-summary": "T"})
    middle = _model("Middle", _field("t", Named("Target"), ui={"summary": "T"}))
    top = _model("Top", _field("m", Named("Middle")), _field("n", Named("Middle")))
    # Middle is used twice: pydantic keeps it apart, and its order decides
    assert predict([target, middle, top], {"Top": 0, "Middle": 1, "Target": 2}) is None
    assert predict([target, middle, top], {"Target": 0, "Middle": 1, "Top": 2}) is not None
    marked = _model("Top", _field("m", Named("Middle"), ui={"summary": "M"}))
    # keys of its own on the reference: kept apart as well
    assert predict([target, middle, marked], {"Top": 0, "Middle": 1, "Target": 2}) is None
    looped = _model(
        "User",
        _field("t", Named("Target"), ui={"summary": "T"}),
        _field("me", Named("User")),
    )
    assert predict([target, looped], {"User": 0, "Target": 1}) is None


@pytest.mark.parametrize(
    "wanted",
    [
        pytest.param(
            [
                _model("Pet", _field("a", Named("str"))),
                ModelClass("Other", None, {}, "Pet", form="stub"),
            ],
            id="two classes ask for one definition name",
        ),
        pytest.param(
            [
                _model("A", _field("a", Named("str"))),
                ModelClass("B", None, {}, "A2", form="stub"),
                ModelClass("C", None, {}, "B", form="stub"),
            ],
            id="a definition named as another class",
        ),
        pytest.param(
            [
                _model("A", _field("a", Named("str"))),
                ModelClass("B", None, {}, "A-Input", form="stub"),
            ],
            id="a definition named as another class's input form",
        ),
        pytest.param(
            [_model("A", _field("a", WithField(Named("str"), (("json_schema_extra", {}),))))],
            id="nested Annotated at a field's top",
        ),
        pytest.param(
            [_model("A", _field("a", Named("str"), ui={"dynamic": 1}))], id="unknown Ui argument"
        ),
        pytest.param([_model("A", _field("a", Named("Missing")))], id="a class not given"),
        pytest.param(
            [_model("A", _field("a", ListOf(Named("int")), options={"max_length": 2}))],
            id="list constraint",
        ),
        pytest.param(
            [_model("A", _field("a", Named("str"), default=float("nan")))], id="non-JSON default"
        ),
        pytest.param([_model("A", _field("a", ANY, takes_none=True))], id="Any or None"),
        pytest.param(
            [_model("A", _field("a", Named("str"), ui={"summary": " "}))], id="a summary Ui refuses"
        ),
        pytest.param(
            [_model("Node", _field("next", Named("Node"), ui={"summary": "N"}))],
            id="a Ui on a class that uses itself",
        ),
        pytest.param(
            [
                _model(
                    "Node",
                    _field("next", ListOf(WithField(Named("Node"), (("json_schema_extra", {}),)))),
                )
            ],
            id="Field keys on a class that uses itself",
        ),
        pytest.param(
            [_model("A", _field("a", Named("str"), options={"pattern": "(?=a)"}))],
            id="a pattern pydantic refuses",
        ),
        pytest.param([_model("A", _field("a", Named("str")), extra={"k": (1,)})], id="a tuple"),
        pytest.param([_enum("_hidden", "x")], id="a private enum member"),
        pytest.param([_enum("A", "x", "B", "x")], id="enum aliases"),
    ],
)
def test_constructs_the_rules_do_not_cover_are_not_settled(wanted: list[ModelClass]) -> None:
    assert predict(wanted, _order(wanted)) is None


# -- further type expressions (bodies, responses): written after every class


def test_type_expressions_are_written_where_they_are_used() -> None:
    inner = _model("Inner", _field("a", Named("int")), description="Inner.")
    inner.definition = None
    pet = _model("Pet", _field("a", Named("str")))
    types = [
        Named("Pet"),
        ListOf(Named("Pet")),
        Named("Inner"),
        DictOf(Named("Inner")),
        Named("bytes"),
        Named("str"),
        DictOf(ANY),
        LiteralOf(("a",)),
        LiteralOf((1, 2)),
        WithField(Named("str"), (("json_schema_extra", {"x-k": 1, "type": "y"}),)),
        ListOf(WithField(Named("Pet"), (("json_schema_extra", {"x-k": 1}),))),
    ]
    prediction = predict([pet, inner], _order([pet, inner]), types)
    assert prediction is not None
    _classes, live = live_schemas([pet, inner], _order([pet, inner]), types)
    assert prediction.types == live
    assert json.dumps(prediction.types, sort_keys=True) == json.dumps(live, sort_keys=True)
    assert prediction.types[1] == {"type": "array", "items": {"$ref": "#/definitions/Pet"}}
    assert prediction.types[2] == {
        "description": "Inner.",
        "properties": {"a": {"type": "integer"}},
        "required": ["a"],
        "type": "object",
    }
    assert prediction.types[7] == {"type": "string", "enum": ["a"]}


def test_a_type_naming_a_class_not_given_is_not_settled() -> None:
    assert predict([], {}, [ListOf(Named("Missing"))]) is None
