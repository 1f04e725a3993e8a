"""Every dropdown diagnostic code, raised by a connector with that one mistake, at its place."""

from __future__ import annotations

import re

import pytest

from connector_dsl import AuthoringError, Connector, DynamicValues, build
from connector_dsl.compile import dynamic_checks
from tests.compile import dynamic_broken as broken

CASES: dict[str, tuple[type[Connector], str, str]] = {
    "dynamic-unknown-operation": (
        broken.MissingOperationConnector,
        "UsesMissing.item",
        "the dropdown uses ListItems, which is not in the connector's operations",
    ),
    "dynamic-unknown-parameter": (
        broken.UnknownParameterConnector,
        "UNKNOWN_INPUT",
        "ListChildren has no input 'nope'; it has active, parent",
    ),
    "dynamic-missing-parameter": (
        broken.MissingInputConnector,
        "MISSING_INPUT",
        "without its required input 'parent': pass it, e.g. ListChildren(parent=ref(...))",
    ),
    "dynamic-parameter-type": (
        broken.WrongLiteralConnector,
        "WRONG_LITERAL",
        "'yes' does not fit ListChildren.active, which takes bool",
    ),
    "dynamic-reference-type": (
        broken.WrongReferenceConnector,
        "WRONG_REFERENCE",
        "ref('count', int) feeds ListChildren.parent, which takes str",
    ),
    "dynamic-unknown-response-path": (
        broken.BadPathConnector,
        "BAD_PATH",
        "title: Item has no field 'title' (it has id, name)",
    ),
    "dynamic-spelling": (
        broken.MixedConnector,
        "MIXED",
        "give the inputs in the call, not also in parameters=",
    ),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_code_is_raised_with_its_python_place(code: str) -> None:
    connector, python_place, message = CASES[code]
    with pytest.raises(AuthoringError) as caught:
        build(connector)
    matching = [d for d in caught.value.diagnostics if d.code == code]
    assert matching, caught.value.codes
    place = matching[0].place
    assert place.python == python_place
    assert place.file is not None
    assert place.file.endswith("dynamic_broken.py")
    assert message in matching[0].message
    assert f'File "{place.file}", line {place.line}, in {python_place}' in str(caught.value)


def test_every_documented_code_has_a_case() -> None:
    documented = set(re.findall(r"^- `([a-z-]+)`", dynamic_checks.__doc__ or "", re.MULTILINE))
    assert documented == set(CASES)


def test_a_misspelled_reference_in_a_shared_dropdown_is_reported_once_at_the_constant() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(broken.SharedConnector)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "dynamic-unknown-parameter"
    assert diagnostic.place.python == "SHARED"
    assert diagnostic.message.startswith("ref('parnet') names no input of FirstUse, SecondUse")


def test_a_dropdown_on_a_body_model_property_is_checked_at_the_property() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(broken.InBodyConnector)
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "dynamic-unknown-response-path"
    assert diagnostic.place.python == "Choice.item"
    assert "Item has no field 'idd'" in diagnostic.message


def test_a_dropdown_of_something_that_is_not_an_operation_fails_at_its_line() -> None:
    with pytest.raises(AuthoringError) as caught:
        DynamicValues(broken.Item, value="id")  # type: ignore[arg-type]
    (diagnostic,) = caught.value.diagnostics
    assert diagnostic.code == "dynamic-operation"
    assert diagnostic.message.startswith("a dropdown needs an operation, not Item")
    assert diagnostic.place.file is not None
    assert diagnostic.place.file.endswith("test_dynamic_diagnostics.py")
