"""Policy templates of apiProperties.json are applied to the request and the response."""

from __future__ import annotations

from pathlib import Path

from connector_dsl.harness import Harness
from tests.harness import specs
from tests.harness.server import Scripted, json_answer

WIDGET = {"id": "w1", "count": 2}


def test_setheader_and_setqueryparameter(tmp_path: Path, api: Scripted) -> None:
    policies = [
        specs.policy(
            "setheader",
            {
                "name": "X-Region",
                "value": "@connectionParameters('region')",
                "x-ms-apimTemplate-policySection": "Request",
            },
        ),
        specs.policy("setqueryparameter", {"name": "api-version", "value": "2024-01-01"}),
        specs.policy("setheader", {"name": "X-Mode", "value": "slow", "existsAction": "skip"}),
    ]
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, WIDGET))
    folder = specs.write(tmp_path, policies=policies)
    with Harness(folder, base_url=api.url, connection={"region": "eu"}) as harness:
        assert harness.call("GetWidget", id="1").ok
    seen = api.seen[0]
    assert seen.headers["X-Region"] == "eu"
    assert seen.headers["X-Mode"] == "fast"
    assert ("api-version", "2024-01-01") in seen.query


def test_routerequesttoendpoint_only_for_its_operation(tmp_path: Path, api: Scripted) -> None:
    policies = [
        specs.policy(
            "routerequesttoendpoint",
            {"newPath": "/v2/widgets/{id}", "httpMethod": "@Request.OriginalHTTPMethod"},
            ["OldRoute"],
        )
    ]
    api.on("GET", "/api/v2/widgets/7", lambda s: json_answer(200, {}))
    with Harness(specs.write(tmp_path, policies=policies), base_url=api.url) as harness:
        result = harness.call("OldRoute", id="7")
    assert result.ok, result.findings
    assert api.seen[0].path == "/api/v2/widgets/7"


def test_setproperty_on_the_request_body(tmp_path: Path, api: Scripted) -> None:
    policies = [
        specs.policy(
            "setproperty",
            {
                "newPropertyParentPathTemplate": "@body().details",
                "newPropertySubPathTemplate": "label",
                "propertyValuePathTemplate": "{@body().name}-{@body().details.color}",
                "x-ms-apimTemplate-policySection": "Request",
            },
        )
    ]
    api.on("POST", "/api/widgets", lambda s: json_answer(200, {}))
    with Harness(specs.write(tmp_path, policies=policies), base_url=api.url) as harness:
        harness.call("CreateWidget", name="n", details__color="red")
    assert api.seen[0].json()["details"]["label"] == "n-red"


def test_stringreplace_and_updatenextlink_on_the_response(tmp_path: Path, api: Scripted) -> None:
    policies = [
        specs.policy(
            "stringreplace",
            {
                "propertyParentPath": "@body().value",
                "propertySubPath": "id",
                "sourceString": "urn:",
                "replacementString": "",
                "newPropertyPath": "@item().id",
                "x-ms-apimTemplate-policySection": "Response",
            },
        ),
        specs.policy("updatenextlink", {"nextLinkPropertyName": "@odata.nextLink"}),
    ]
    page = {
        "value": [{"id": "urn:1", "count": 1}],
        "@odata.nextLink": "https://widgets.example.com/api/widgets?page=2",
    }
    api.on("GET", "/api/widgets", lambda s: json_answer(200, page))
    with Harness(specs.write(tmp_path, policies=policies), base_url=api.url) as harness:
        result = harness.call("ListWidgets")
    assert result.ok, result.findings
    assert result.body["value"][0]["id"] == "1"
    assert result.body["@odata.nextLink"] == f"{api.url}/api/widgets?page=2"


def test_dynamichosturl_is_reported_when_a_base_url_overrides_it(
    tmp_path: Path, api: Scripted
) -> None:
    policies = [
        specs.policy(
            "dynamichosturl", {"urlTemplate": "https://@connectionParameters('tenant').example.com"}
        )
    ]
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, WIDGET))
    folder = specs.write(tmp_path, policies=policies)
    with Harness(folder, base_url=api.url, connection={"tenant": "acme"}) as harness:
        result = harness.call("GetWidget", id="1")
    notes = [f.message for f in result.findings if f.code == "harness-policy"]
    assert any("https://acme.example.com" in note for note in notes)


def test_dynamichosturl_sets_the_host_without_a_base_url(tmp_path: Path, api: Scripted) -> None:
    policies = [
        specs.policy("dynamichosturl", {"urlTemplate": "@connectionParameters('site')/api"})
    ]
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, WIDGET))
    with Harness(specs.write(tmp_path, policies=policies), connection={"site": api.url}) as harness:
        result = harness.call("GetWidget", id="1")
    assert result.ok, result.findings
    assert api.seen[0].path == "/api/widgets/1"


def test_other_templates_are_reported_as_not_simulated(tmp_path: Path, api: Scripted) -> None:
    policies = [
        specs.policy(
            "convertobjecttoarray",
            {
                "propertyParentPath": "@body()",
                "newPropertyPath": "items",
                "x-ms-apimTemplate-policySection": "Response",
            },
        )
    ]
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, WIDGET))
    with Harness(specs.write(tmp_path, policies=policies), base_url=api.url) as harness:
        result = harness.call("GetWidget", id="1")
    (note,) = [f for f in result.findings if f.code == "harness-not-simulated"]
    assert "convertobjecttoarray" in note.message and note.severity == "warning"


def test_script_operations_are_reported_as_not_run(tmp_path: Path, api: Scripted) -> None:
    api.on("GET", "/api/widgets/1", lambda s: json_answer(200, WIDGET))
    folder = specs.write(tmp_path, script_operations=["GetWidget"])
    with Harness(folder, base_url=api.url) as harness:
        result = harness.call("GetWidget", id="1")
        other = harness.call("GetFile", path="x")
    assert [f.code for f in result.findings] == ["harness-script"]
    assert "harness-script" not in [f.code for f in other.findings]
