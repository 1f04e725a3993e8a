"""The region: a connection setting, sent in the header each Autodesk API names for it."""

from __future__ import annotations

import orjson

from aps_connectors.acc import ACC
from aps_connectors.acc.region import REGIONS, region_header
from connector_dsl import package_files


def test_each_api_gets_the_header_its_spec_names() -> None:
    assert region_header("/construction/issues/v1/projects/p/issues") == "x-ads-region"
    assert region_header("/webhooks/v1/systems/data/events/dm.version.added/hooks") == (
        "x-ads-region"
    )
    assert region_header("/construction/admin/v1/accounts/a/projects") == "Region"
    assert region_header("/modelderivative/v2/designdata/u/manifest") == "region"
    assert region_header("/project/v1/hubs") is None


def test_connection_asks_for_the_region_and_policies_send_it() -> None:
    properties = orjson.loads(package_files(ACC)["apiProperties.json"])["properties"]
    region = properties["connectionParameters"]["region"]
    assert region["uiDefinition"]["constraints"]["allowedValues"] == [
        {"value": value, "text": text} for value, text in REGIONS.items()
    ]
    assert region.get("defaultValue") == "US"
    sent: dict[str, set[str]] = {}
    for policy in properties["policyTemplateInstances"]:
        parameters = policy["parameters"]
        if policy["templateId"] != "setheader":
            continue
        assert parameters["x-ms-apimTemplateParameter.value"] == "@connectionParameters('region')"
        name = parameters["x-ms-apimTemplateParameter.name"]
        sent[name] = set(parameters["x-ms-apimTemplate-operationName"])
    assert {"ListIssueTypes", "WhenIssueCreated", "DeleteIssueCreatedHook"} <= sent["x-ads-region"]
    assert {"ListAccProjects", "ListProjectUsers"} == sent["Region"]
    assert {"GetManifest", "ListModelViews", "ListElementProperties"} == sent["region"]
    assert not any("ListHubs" in ops for ops in sent.values())
