"""The contract checks find what Autodesk's specs and collections do not allow."""

from __future__ import annotations

import json
from typing import Any

from tests.aps.acc_contract import compare_sample, compare_schema
from tests.aps.contract_env import load_contracts
from tests.aps.contracts import PostmanRoute, Seen, SpecOperation

ISSUES = "/construction/issues/v1/projects/a9b8c7d6-e5f4-4321-8765-0fedcba98765"


def _seen(method: str, path: str, query: Any = (), headers: Any = None, body: Any = None) -> Seen:
    data = b"" if body is None else json.dumps(body).encode()
    sent = {"Authorization": "Bearer t", **({"Content-Type": "application/json"} if data else {})}
    return Seen(method, path, tuple(query), {**sent, **(headers or {})}, data)


def test_a_valid_request_has_no_problems() -> None:
    contracts = load_contracts()
    seen = _seen(
        "GET", ISSUES + "/issue-types", [("include", "subtypes")], {"x-ads-region": "EMEA"}
    )
    contract = contracts.find(seen.method, seen.path)
    assert isinstance(contract, SpecOperation) and contract.name == "Issues.yaml getIssuesTypes"
    assert contracts.check(contract, seen) == []


def test_paths_autodesk_does_not_have_match_no_contract() -> None:
    contracts = load_contracts()
    assert contracts.find("GET", ISSUES + "/issue-subtypes") is None
    assert contracts.find("GET", ISSUES + "/issue-root-causes") is None


def test_undeclared_headers_and_query_parameters_are_problems() -> None:
    contracts = load_contracts()
    seen = _seen(
        "GET",
        ISSUES + "/issue-types",
        [("hub_id", "b.1")],
        {"Region": "EMEA", "x-acc-flatten": "subtypes"},
    )
    contract = contracts.find(seen.method, seen.path)
    assert contract is not None
    assert contracts.check(contract, seen) == [
        "query parameter 'hub_id' is not in the spec",
        "header 'Region' is not in the spec",
        "header 'x-acc-flatten' is not in the spec",
    ]


def test_openapi_core_checks_values_and_bodies() -> None:
    contracts = load_contracts()
    wrong_region = _seen("GET", ISSUES + "/issue-types", headers={"x-ads-region": "MARS"})
    no_status = _seen("POST", ISSUES + "/issues", body={"title": "t", "issueSubtypeId": "s"})
    for seen, expected in ((wrong_region, "x-ads-region"), (no_status, "'status' is a required")):
        contract = contracts.find(seen.method, seen.path)
        assert contract is not None
        problems = contracts.check(contract, seen)
        assert len(problems) == 1 and expected in problems[0], problems


def test_postman_routes_allow_only_the_collections_parameters_and_body_properties() -> None:
    contracts = load_contracts()
    path = "/construction/locations/v2/projects/p1/trees/default/nodes"
    listed = contracts.find("GET", path)
    assert isinstance(listed, PostmanRoute) and "filter[id]" in listed.query
    assert contracts.check(listed, _seen("GET", path, [("limit", "5")])) == []
    assert contracts.check(listed, _seen("GET", path, [("top", "5")])) == [
        "query parameter 'top' is in none of the collection's requests"
    ]
    created = contracts.find("POST", path)
    assert isinstance(created, PostmanRoute)
    body = {"parentId": "n1", "name": "Floor 3", "colour": "red"}
    assert contracts.check(created, _seen("POST", path, body=body)) == [
        "body property /colour is in none of the collection's bodies"
    ]


def test_a_postman_body_must_be_of_the_json_type_the_collection_sends() -> None:
    contracts = load_contracts()
    path = "/construction/rfis/v3/projects/p1/search:rfis"
    search = contracts.find("POST", path)
    assert isinstance(search, PostmanRoute)
    assert contracts.check(search, _seen("POST", path, body={"limit": 200})) == []
    assert contracts.check(search, _seen("POST", path, body="pipe")) == [
        "the body is a JSON str, not a dict"
    ]


def test_declared_response_properties_must_be_in_the_spec_with_their_type() -> None:
    contracts = load_contracts()
    spec = contracts.find("GET", ISSUES + "/issue-types")
    assert isinstance(spec, SpecOperation)
    schema = spec.response_schema(200)
    assert schema is not None
    declared = {
        "type": "object",
        "properties": {
            "results": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "string"},
                        "isActive": {"type": "string"},
                        "colour": {"type": "string"},
                    },
                },
            }
        },
    }
    source: Any = type("Source", (), {"data": {"definitions": {}}})()
    checked, problems = compare_schema(source, spec, declared, schema[0], "")
    assert checked == 4
    assert problems == [
        "/results/*/isActive: declared string, Autodesk's spec says boolean",
        "/results/*/colour: not in Autodesk's response schema",
    ]


def test_notification_properties_must_be_in_autodesks_sample() -> None:
    # The issue trigger's payload as it was declared before: an object of changed fields,
    # and a title Autodesk's sample does not carry.
    declared = {
        "type": "object",
        "properties": {
            "changedAttributes": {"type": "object"},
            "title": {"type": "string"},
            "dueDate": {"type": "string"},
        },
    }
    sample = {"changedAttributes": ["watcher_objects"], "dueDate": None}
    source: Any = type("Source", (), {"data": {"definitions": {}}})()
    checked, problems = compare_sample(source, declared, sample, "/payload")
    assert checked == 3
    assert problems == [
        "/payload/changedAttributes: declared object, Autodesk's sample has array",
        "/payload/title: not in Autodesk's documented sample",
        "/payload/dueDate: null in Autodesk's sample, but not declared nullable",
    ]


def test_postman_bodies_take_documented_additions_and_member_properties() -> None:
    contracts = load_contracts()
    search = "/construction/rfis/v3/projects/p1/search:rfis"
    route = contracts.find("POST", search)
    assert isinstance(route, PostmanRoute)
    body = {"filter": {"status": ["open"]}, "limit": 200, "sort": [{"field": "createdAt"}]}
    assert contracts.check(route, _seen("POST", search, body=body)) == []
    assert contracts.check(route, _seen("POST", search, body={"top": 5})) == [
        "body property /top is in none of the collection's bodies"
    ]
    changed = {"filter": {"updatedAt": "2025-07-01T00:00:00Z.."}}
    assert contracts.check(route, _seen("POST", search, body=changed)) == []
    coloured = {"filter": {"colour": "red"}}
    assert contracts.check(route, _seen("POST", search, body=coloured)) == [
        "body property /filter/colour is in none of the collection's bodies"
    ]
    create = "/construction/rfis/v3/projects/p1/rfis"
    created = contracts.find("POST", create)
    assert isinstance(created, PostmanRoute)
    body = {"title": "Pipe size", "status": "draft", "assignedTo": [{"id": "u1", "type": "user"}]}
    assert contracts.check(created, _seen("POST", create, body=body)) == []
