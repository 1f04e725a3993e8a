"""Every package diagnostic code: policies and script checked against the operations."""

from __future__ import annotations

import re

import pytest

from connector_dsl import AuthoringError, Connector, api_properties
from connector_dsl.compile import package
from tests.package import broken

CASES: dict[str, type[Connector]] = {
    "policy-unknown-operation": broken.PolicyOnMissingOperation,
    "policy-unknown-parameter": broken.PolicyWithUnknownPathParameter,
    "script-unknown-operation": broken.ScriptOnMissingOperation,
    "script-missing": broken.ScriptWithoutFile,
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_code_is_raised_naming_the_connector(code: str) -> None:
    connector = CASES[code]
    with pytest.raises(AuthoringError) as caught:
        api_properties(connector)
    matching = [d for d in caught.value.diagnostics if d.code == code]
    assert matching, caught.value.codes
    place = matching[0].place
    assert place.python is not None
    assert place.python.startswith(connector.__name__ + ".")
    assert place.file is not None
    assert place.file.endswith("broken.py")


def test_every_documented_code_has_a_case() -> None:
    documented = set(re.findall(r"^- `([a-z-]+)`", package.__doc__ or "", re.MULTILINE))
    assert documented == set(CASES)


def test_unknown_connection_parameter_is_named() -> None:
    with pytest.raises(AuthoringError) as caught:
        api_properties(broken.PolicyWithUnknownConnectionParameter)
    assert caught.value.codes == ["policy-unknown-parameter"]
    assert "'instance'" in str(caught.value)


def test_known_parameters_pass_and_policies_are_written() -> None:
    properties = api_properties(broken.PolicyWithKnownConnectionParameter)
    instances = properties.properties.policy_template_instances or []
    assert [i.template_id for i in instances] == ["dynamichosturl", "routerequesttoendpoint"]
    route = instances[1].parameters or {}
    assert route["x-ms-apimTemplate-operationName"] == ["GetThing"]
    assert route["x-ms-apimTemplateParameter.newPath"] == "/v2/things/{thing_id}"
