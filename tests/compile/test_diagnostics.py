"""Every build-time diagnostic code, raised by a connector with that one mistake."""

from __future__ import annotations

import re

import pytest

from connector_dsl import AuthoringError, Connector, build
from connector_dsl.compile import checks
from connector_dsl.compile.advice import connector_warnings
from tests.compile import broken

CASES: dict[str, tuple[type[Connector], str]] = {
    "path-template-unbound": (broken.UnboundConnector, "Unbound.route"),
    "path-field-unbound": (broken.ExtraPathConnector, "ExtraPath.item_id"),
    "duplicate-operation-id": (broken.DuplicateConnector, "Twin"),
    "internal-required-no-default": (broken.InternalConnector, "Internal.secret_mode"),
    "webhook-no-notification-url": (broken.NoCallbackConnector, "NoCallback"),
    "webhook-no-payload": (broken.NoPayloadConnector, "NoPayload"),
    "webhook-notification-content": (broken.PayloadTwiceConnector, "PayloadTwice"),
    "body-and-form": (broken.MixedConnector, "Mixed"),
    "body-whole-not-alone": (broken.WholeNotAloneConnector, "WholeNotAlone.content"),
    "raw-inline-body": (broken.RawInlineConnector, "RawInline.text"),
    "operation-route": (broken.NoRouteConnector, "NoRoute"),
    "unknown-operation": (broken.NotListedConnector, "NotListedConnector.test_connection"),
    "webhook-body-no-notification-url": (broken.BodyModelNoCallbackConnector, "Hook.target_url"),
    "body-on-get": (broken.GetWithBodyConnector, "GetWithBody.query"),
    "default-type": (broken.WrongDefaultConnector, "WrongDefault.limit"),
    "field-option-ignored": (broken.IgnoredOptionConnector, "IgnoredOption.top"),
    "connector-info": (broken.NoInfoConnector, "NoInfoConnector"),
    "operations-entry": (broken.ModelListedConnector, "ModelListedConnector.operations"),
    "connector-no-operations": (broken.EmptyConnector, "EmptyConnector.operations"),
    "response-header-type": (broken.OddHeaderConnector, "OddHeader.route"),
}

WARNINGS: dict[str, tuple[type[Connector], str]] = {
    "operation-no-description": (broken.UndescribedConnector, "Undescribed"),
}
"""Codes of `connector_warnings`: printed by `build`, never raised."""


@pytest.mark.parametrize("code", sorted(CASES))
def test_code_is_raised_with_its_python_place(code: str) -> None:
    connector, python_place = CASES[code]
    with pytest.raises(AuthoringError) as caught:
        build(connector)
    matching = [d for d in caught.value.diagnostics if d.code == code]
    assert matching, caught.value.codes
    place = matching[0].place
    assert place.python == python_place
    assert place.file is not None
    assert place.file.endswith("broken.py")
    assert place.line is not None
    assert f'File "{place.file}", line {place.line}, in {python_place}' in str(caught.value)


@pytest.mark.parametrize("code", sorted(WARNINGS))
def test_warning_is_reported_with_its_python_place(code: str) -> None:
    connector, python_place = WARNINGS[code]
    build(connector)  # a warning never stops the build
    (warning,) = [d for d in connector_warnings(connector) if d.code == code]
    assert warning.severity == "warning"
    assert warning.place.python == python_place
    assert warning.place.file is not None
    assert warning.place.file.endswith("broken.py")
    assert warning.place.line is not None


def test_every_documented_code_has_a_case() -> None:
    documented = set(re.findall(r"^- `([a-z-]+)`", checks.__doc__ or "", re.MULTILINE))
    assert documented == set(CASES) | set(WARNINGS)


def test_all_problems_are_reported_at_once() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(broken.ManyProblemsConnector)
    assert sorted(caught.value.codes) == [
        "internal-required-no-default",
        "path-field-unbound",
        "path-template-unbound",
    ]
    assert str(caught.value).startswith("3 problems:")


def test_authoring_error_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        build(broken.UnboundConnector)
