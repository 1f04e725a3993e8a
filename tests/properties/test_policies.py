"""Every policy template builds exactly the instance shape Microsoft documents."""

from __future__ import annotations

from typing import Any

import pytest

from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError
from connector_dsl.properties import policies as p
from connector_dsl.properties import transforms as t

P = "x-ms-apimTemplateParameter."
OPS = "x-ms-apimTemplate-operationName"
SECTION = "x-ms-apimTemplate-policySection"


class ListItems:
    """Stands in for an authoring operation class."""

    @classmethod
    def operation_id(cls) -> str:
        return "ListItems"


CASES: list[tuple[p.PolicyTemplate, dict[str, Any]]] = [
    (
        p.SetHeader(name="X-Client", value="PowerApps", operations=[ListItems, "GetItem"]),
        {
            "templateId": "setheader",
            "title": "Set HTTP header",
            "parameters": {
                P + "name": "X-Client",
                P + "value": "PowerApps",
                P + "existsAction": "override",
                SECTION: "Request",
                OPS: ["ListItems", "GetItem"],
            },
        },
    ),
    (
        p.SetQueryParameter(name="$top", value="50", exists_action="skip", title="Page size"),
        {
            "templateId": "setqueryparameter",
            "title": "Page size",
            "parameters": {P + "name": "$top", P + "value": "50", P + "existsAction": "skip"},
        },
    ),
    (
        p.DynamicHostUrl(url_template="https://@connectionParameters('host')/api"),
        {
            "templateId": "dynamichosturl",
            "title": "Set host URL",
            "parameters": {P + "urlTemplate": "https://@connectionParameters('host')/api"},
        },
    ),
    (
        p.DynamicSubdomain(url_template="https://@connectionParameters('sub').example.com"),
        {
            "templateId": "dynamicsubdomain",
            "title": "Set subdomain",
            "parameters": {P + "urlTemplate": "https://@connectionParameters('sub').example.com"},
        },
    ),
    (
        p.RouteRequestToEndpoint(
            new_path="/v3/items/{id}", http_method="@Request.OriginalHTTPMethod", operations=["A"]
        ),
        {
            "templateId": "routerequesttoendpoint",
            "title": "Route request",
            "parameters": {
                P + "newPath": "/v3/items/{id}",
                P + "httpMethod": "@Request.OriginalHTTPMethod",
                OPS: ["A"],
            },
        },
    ),
    (
        p.RouteRequestToEndpoint(new_path="/v2"),
        {
            "templateId": "routerequesttoendpoint",
            "title": "Route request",
            "parameters": {P + "newPath": "/v2"},
        },
    ),
    (
        p.SetValueFromUrl(
            parameter_template="@headers('X-Token')",
            parameter_value_url="/auth/token",
            parameter_value_path_template="@body().token",
        ),
        {
            "templateId": "setvaluefromurl",
            "title": "Set header/query parameter value from URL",
            "parameters": {
                P + "parameterTemplate": "@headers('X-Token')",
                P + "parameterValueUrl": "/auth/token",
                P + "parameterValuePathTemplate": "@body().token",
                P + "httpMethod": "GET",
                SECTION: "Request",
            },
        },
    ),
    (
        p.SetConnectionStatusToUnauthenticated(status_code=401),
        {
            "templateId": "setconnectionstatustounauthenticated",
            "title": "Set connection status to unauthenticated",
            "parameters": {P + "statusCode": 401},
        },
    ),
    (
        p.UpdateNextLink(next_link_property_name="@odata.nextLink", operations=["List"]),
        {
            "templateId": "updatenextlink",
            "title": "Update next link",
            "parameters": {P + "nextLinkPropertyName": "@odata.nextLink", OPS: ["List"]},
        },
    ),
    (
        p.PollingTriggerPolicy(
            trigger_config={"$filter": "created gt @{triggerBody().value[0].created}"},
            next_link="@odata.nextLink",
            operations=["OnNewItem"],
        ),
        {
            "templateId": "pollingtrigger",
            "title": "Polling trigger",
            "type": "PollingTrigger",
            "parameters": {
                P + "triggerConfig": {
                    "$filter": "created gt @{triggerBody().value[0].created}",
                    "x-ms-triggerConfig-nextLink": "@odata.nextLink",
                },
                P + "triggerDataPath": "@triggerBody().value",
                OPS: ["OnNewItem"],
            },
        },
    ),
    (
        t.SetProperty(
            new_property_parent_path_template="@body()",
            new_property_sub_path_template="source",
            property_value_path_template="PowerAutomate",
        ),
        {
            "templateId": "setproperty",
            "title": "Set property",
            "parameters": {
                P + "newPropertyParentPathTemplate": "@body()",
                P + "newPropertySubPathTemplate": "source",
                P + "propertyValuePathTemplate": "PowerAutomate",
                SECTION: "Request",
            },
        },
    ),
    (
        t.ConvertArrayToObject(
            property_parent_path="@body()",
            key_within_collection_path="id",
            new_property_path="@body().byId",
        ),
        {
            "templateId": "convertarraytoobject",
            "title": "Convert an array to an object",
            "parameters": {
                P + "propertyParentPath": "@body()",
                P + "keyWithinCollectionPath": "id",
                P + "newPropertyPath": "@body().byId",
                P + "retainKey": "true",
                SECTION: "Response",
            },
        },
    ),
    (
        t.ConvertObjectToArray(
            property_parent_path="@body()",
            property_sub_path="sounds",
            new_property_path="@body().soundsArray",
            key_name="sound",
            value_name="description",
            operations=["GetSounds"],
        ),
        {
            "templateId": "convertobjecttoarray",
            "title": "Convert an object to an array",
            "parameters": {
                P + "propertyParentPath": "@body()",
                P + "propertySubPath": "sounds",
                P + "newPropertyPath": "@body().soundsArray",
                P + "keyName": "sound",
                P + "valueName": "description",
                SECTION: "Response",
                OPS: ["GetSounds"],
            },
        },
    ),
    (
        t.StringToArray(
            property_parent_path="@body()",
            property_sub_path="tags",
            delimiter_list=",",
            child_property_name="tag",
            new_property_path="@body().tagList",
        ),
        {
            "templateId": "stringtoarray",
            "title": "Convert delimited string into array of objects",
            "parameters": {
                P + "propertyParentPath": "@body()",
                P + "propertySubPath": "tags",
                P + "delimiterList": ",",
                P + "childPropertyName": "tag",
                P + "newPropertyPath": "@body().tagList",
                SECTION: "Response",
            },
        },
    ),
    (
        t.StringReplace(
            property_parent_path="@body()",
            source_string="\\n",
            replacement_string="<br>",
            new_property_path="@body().html",
            run_on="response",
        ),
        {
            "templateId": "stringreplace",
            "title": "Replace string",
            "parameters": {
                P + "propertyParentPath": "@body()",
                P + "sourceString": "\\n",
                P + "replacementString": "<br>",
                P + "newPropertyPath": "@body().html",
                SECTION: "Response",
            },
        },
    ),
    (
        t.EncodePropertyValue(property_parent_path="@body()", new_property_path="@body().b64"),
        {
            "templateId": "encodepropertyvalue",
            "title": "Encode property value",
            "parameters": {
                P + "propertyParentPath": "@body()",
                P + "newPropertyPath": "@body().b64",
                SECTION: "Request",
            },
        },
    ),
    (
        t.MoveProperties(
            src_parent_path="@body()",
            src_sub_path="data",
            dst_parent_path="@body()",
            dst_sub_path="",
            copy_only_sub_properties=True,
        ),
        {
            "templateId": "moveproperties",
            "title": "Move properties",
            "parameters": {
                P + "srcParentPath": "@body()",
                P + "srcSubPath": "data",
                P + "dstParentPath": "@body()",
                P + "dstSubPath": "",
                P + "copyOnlySubProperties": "true",
                SECTION: "Request",
            },
        },
    ),
]


@pytest.mark.parametrize(("policy", "expected"), CASES, ids=lambda c: type(c).__name__)
def test_instance_shape(policy: p.PolicyTemplate, expected: dict[str, Any]) -> None:
    assert to_data(policy.to_instance()) == expected


def test_all_sixteen_template_ids_are_covered() -> None:
    ids = {policy.template_id for policy, _ in CASES}
    assert len(ids) == 16


def test_setheader_on_failure() -> None:
    instance = p.SetHeader(name="a", value="b", run_on="failure").to_instance()
    assert instance.parameters is not None
    assert instance.parameters[SECTION] == "Failure"


def test_operation_id_of_is_used_for_classes_only() -> None:
    policy = p.UpdateNextLink(next_link_property_name="next", operations=[ListItems, "Raw"])
    instance = policy.to_instance(lambda op: "Mapped" + getattr(op, "__name__", ""))
    assert instance.operation_names == ["MappedListItems", "Raw"]


def test_an_operation_without_an_id_is_an_authoring_error() -> None:
    with pytest.raises(AuthoringError, match="int has no operation_id"):
        p.UpdateNextLink(next_link_property_name="n", operations=[int]).to_instance()


def test_policies_are_frozen() -> None:
    policy = p.SetHeader(name="a", value="b")
    with pytest.raises(AttributeError):
        policy.name = "c"  # type: ignore[misc]
