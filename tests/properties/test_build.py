"""`build_api_properties` puts a connector's apiProperties.json together."""

from __future__ import annotations

import pytest

import connector_dsl.properties as package
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError
from connector_dsl.properties import (
    DEFAULT_BRAND_COLOR,
    ApiKey,
    Basic,
    ConnectionField,
    NoAuth,
    ParameterSet,
    SetHeader,
    build_api_properties,
)

HOST = ConnectionField(name="host", display_name="Host", description="Your host")


class ListItems:
    @classmethod
    def operation_id(cls) -> str:
        return "ListItems"


def test_whole_file_in_portal_key_order() -> None:
    built = build_api_properties(
        ApiKey(),
        extra_parameters=[HOST],
        policies=[SetHeader(name="X", value="1", operations=[ListItems])],
        brand_color="#da3b01",
        capabilities=["actions"],
        publisher="Jane Doe",
        stack_owner="Contoso",
        script_operations=[ListItems, "Other"],
    )
    data = to_data(built)
    props = data["properties"]
    assert list(props) == [
        "connectionParameters",
        "iconBrandColor",
        "capabilities",
        "policyTemplateInstances",
        "publisher",
        "stackOwner",
        "scriptOperations",
    ]
    assert list(props["connectionParameters"]) == ["api_key", "host"]
    assert props["scriptOperations"] == ["ListItems", "Other"]
    assert props["policyTemplateInstances"][0]["parameters"]["x-ms-apimTemplate-operationName"] == [
        "ListItems"
    ]


def test_minimal_file() -> None:
    assert to_data(build_api_properties(NoAuth())) == {
        "properties": {
            "connectionParameters": {},
            "iconBrandColor": DEFAULT_BRAND_COLOR,
            "capabilities": [],
        }
    }


def test_parameter_sets() -> None:
    built = build_api_properties(
        None,
        parameter_sets=[
            ParameterSet(
                name="key",
                display_name="API key",
                description="Use an API key",
                connection=ApiKey(),
                extra_parameters=[HOST],
            ),
            ParameterSet(
                name="basic",
                display_name="Basic",
                description="Use a user name",
                connection=Basic(),
                allow_sharing=False,
            ),
        ],
    )
    sets = to_data(built)["properties"]["connectionParameterSets"]
    assert sets["uiDefinition"] == {
        "displayName": "Authentication type",
        "description": "How to sign in",
    }
    assert [s["name"] for s in sets["values"]] == ["key", "basic"]
    assert list(sets["values"][0]["parameters"]) == ["api_key", "host"]
    assert sets["values"][1]["metadata"] == {"allowSharing": False}
    assert "connectionParameters" not in to_data(built)["properties"]


def test_sets_and_security_together_is_an_error() -> None:
    one = ParameterSet(name="a", display_name="A", description="A", connection=ApiKey())
    with pytest.raises(AuthoringError, match="security=None"):
        build_api_properties(ApiKey(), parameter_sets=[one])


def test_a_parameter_declared_twice_is_an_error() -> None:
    clash = ConnectionField(name="api_key", display_name="K", description="K")
    with pytest.raises(AuthoringError, match="declared twice"):
        build_api_properties(ApiKey(), extra_parameters=[clash])


def test_all_is_complete_and_importable() -> None:
    public = {
        name
        for name, value in vars(package).items()
        if not name.startswith("_")
        and getattr(value, "__module__", "").startswith(package.__name__)
    }
    assert public <= set(package.__all__)
    for name in package.__all__:
        assert getattr(package, name) is not None
