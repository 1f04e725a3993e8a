"""`ModelClass.uses`: the classes a model names, found again whenever its types change."""

from __future__ import annotations

from connector_dsl.codegen.models import FieldCode, ModelClass
from connector_dsl.codegen.type_tree import ANY, ListOf, Named


def _model() -> ModelClass:
    fields = [
        FieldCode("name", "name", Named("str"), True),
        FieldCode("pet", "pet", Named("Pet"), True),
        FieldCode("tags", "tags", ListOf(Named("Tag")), True),
    ]
    return ModelClass("Owner", None, {}, fields=fields)


def test_uses_names_the_classes_of_fields() -> None:
    assert _model().uses == {"Pet", "Tag"}


def test_a_changed_field_type_is_seen() -> None:
    model = _model()
    assert model.uses == {"Pet", "Tag"}
    model.fields[1].kind = ANY
    assert model.uses == {"Tag"}
    model.fields = []
    assert model.uses == set()


def test_root_and_parent_are_seen() -> None:
    model = _model()
    assert model.uses == {"Pet", "Tag"}
    model.root = Named("Root")
    model.parent = "Base"
    assert model.uses == {"Pet", "Tag", "Root", "Base"}


def test_each_answer_is_a_set_of_its_own() -> None:
    model = _model()
    model.uses.discard("Pet")
    assert model.uses == {"Pet", "Tag"}
    assert model.depends == {"Pet", "Tag"}


def test_used_names_is_shared_until_a_type_changes() -> None:
    model = _model()
    first = model.used_names()
    assert first == frozenset({"Pet", "Tag"})
    assert model.used_names() is first
    model.fields[2].kind = Named("Label")
    assert model.used_names() == frozenset({"Pet", "Label"})


def test_depends_leaves_the_class_itself_out() -> None:
    model = _model()
    model.fields.append(FieldCode("next", "next", Named("Owner"), True))
    assert model.used_names() == frozenset({"Pet", "Tag", "Owner"})
    assert model.depends == {"Pet", "Tag"}
