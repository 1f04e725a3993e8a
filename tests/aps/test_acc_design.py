"""What makes the ACC connector usable: dropdowns for ids, triggers that clean up,
the script on every operation that needs an id converted, and certification."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from aps_connectors.acc import ACC
from aps_connectors.acc.hooks import TRIGGERS
from connector_dsl import api_properties, dumps, package_files
from connector_dsl.dump import to_data
from connector_dsl.validate import validate

ID_NAME = re.compile(r"(id|Id|urn|guid)$")
METHODS = ("get", "put", "post", "patch", "delete")


@pytest.fixture(scope="module")
def swagger() -> dict[str, Any]:
    data: dict[str, Any] = orjson.loads(dumps(ACC))
    return data


def _operations(swagger: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in swagger["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def _properties(schema: dict[str, Any], prefix: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, node in (schema.get("properties") or {}).items():
        yield f"{prefix}{name}", node
        yield from _properties(node, f"{prefix}{name}/")


def _resolve(swagger: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref")
    if isinstance(ref, str):
        found: dict[str, Any] = swagger["definitions"][ref.rsplit("/", 1)[-1]]
        return found
    return schema


def test_every_visible_id_is_a_dropdown(swagger: dict[str, Any]) -> None:
    pasted = []
    for path, method, operation in _operations(swagger):
        if operation.get("x-ms-visibility") == "internal":
            continue
        for parameter in operation.get("parameters", []):
            if parameter.get("x-ms-visibility") == "internal":
                continue
            if parameter["in"] == "body":
                schema = _resolve(swagger, parameter["schema"])
                for name, node in _properties(schema, ""):
                    node = _resolve(swagger, node)
                    visible = node.get("x-ms-visibility") != "internal"
                    if visible and ID_NAME.search(name) and "x-ms-dynamic-values" not in node:
                        pasted.append(f"{method.upper()} {path} body {name}")
            elif ID_NAME.search(parameter["name"]) and "x-ms-dynamic-values" not in parameter:
                pasted.append(f"{method.upper()} {path} {parameter['name']}")
    assert pasted == []


def test_every_trigger_has_its_delete_operation(swagger: dict[str, Any]) -> None:
    triggers = [
        (path, operation)
        for path, method, operation in _operations(swagger)
        if method == "post" and operation.get("x-ms-trigger") == "single"
    ]
    assert len(triggers) == len(TRIGGERS) == 7
    for path, operation in triggers:
        delete = swagger["paths"][path + "/{hook_id}"]["delete"]
        assert delete["x-ms-visibility"] == "internal"
        assert "Location" in operation["responses"]["201"]["headers"]
    for trigger in TRIGGERS:
        assert trigger.unsubscribe is not None
        assert trigger.unsubscribe in ACC.operations


def test_triggers_cover_the_events(swagger: dict[str, Any]) -> None:
    events = sorted(
        path.split("/events/")[1].removesuffix("/hooks")
        for path, _, operation in _operations(swagger)
        if operation.get("x-ms-trigger") == "single"
    )
    assert events == [
        "dm.folder.added",
        "dm.version.added",
        "dm.version.deleted",
        "dm.version.modified",
        "extraction.finished",
        "issue.created-1.0",
        "issue.updated-1.0",
    ]


def test_trigger_payload_fields_have_titles(swagger: dict[str, Any]) -> None:
    for path, _, operation in _operations(swagger):
        if operation.get("x-ms-trigger") != "single":
            continue
        schema = _resolve(swagger, swagger["paths"][path]["x-ms-notification-content"]["schema"])
        payload = _resolve(swagger, schema["properties"]["payload"])
        titled = [p for p in payload["properties"].values() if "x-ms-summary" in p]
        assert titled, path


def test_operations_with_converted_ids_run_the_script() -> None:
    scripted = {op.operation_id() for op in ACC.script_operations}
    for operation in ACC.operations:
        path = operation.route.path
        pickers = [
            name
            for name in ("hub_id", "project_id", "folder_id", "item_id")
            if name in operation.model_fields and "{" + name + "}" not in path
        ]
        needs = path.startswith(("/construction/", "/modelderivative/")) or (
            bool(pickers) and operation.kind == "action"
        )
        if needs:
            assert operation.operation_id() in scripted, operation.operation_id()


def test_webhook_triggers_need_no_custom_code(swagger: dict[str, Any]) -> None:
    scripted = {op.operation_id() for op in ACC.script_operations}
    triggers = [op for op in ACC.operations if op.kind == "webhook"]
    assert triggers and not scripted & {op.operation_id() for op in triggers}
    hook = swagger["paths"][
        "/webhooks/v1/systems/autodesk.construction.issues/events/issue.created-1.0/hooks"
    ]["post"]
    body = _resolve(swagger, hook["parameters"][-1]["schema"])
    project = body["properties"]["scope"]["properties"]["project"]["x-ms-dynamic-values"]
    # Account Admin lists ACC projects by their bare id, the form `scope.project` takes.
    assert project["operationId"] == "ListAccProjects"
    assert (project["value-collection"], project["value-path"]) == ("results", "id")


def test_script_knows_every_operation_it_rewrites() -> None:
    script = (Path(__file__).parents[2] / "aps_connectors" / "acc" / "acc.csx").read_text()
    ids = {op.operation_id() for op in ACC.operations}
    for named in re.findall(r'operation == "(\w+)"', script):
        assert named in ids, named
        assert named in {op.operation_id() for op in ACC.script_operations}, named


def test_certification_profile_has_no_errors(swagger: dict[str, Any]) -> None:
    properties = to_data(api_properties(ACC))
    findings = validate(swagger, api_properties=properties, profile="certification")
    errors = [f for f in findings if f.severity == "error"]
    assert errors == []


def test_api_properties_pass_the_published_schema_but_newer_fields(shared: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = orjson.loads((shared / "schemas/paconn-apiProperties.schema.json").read_bytes())
    data = to_data(api_properties(ACC))
    errors = sorted(
        "/" + "/".join(str(p) for p in e.absolute_path)
        for e in jsonschema.Draft4Validator(schema).iter_errors(data)
    )
    # Both are listed in docs/api-properties.md as newer than the schema:
    # `scriptOperations` (custom code) and `redirectMode: GlobalPerConnector`.
    assert errors == ["/properties", "/properties/connectionParameters/token"]
    data["properties"].pop("scriptOperations")
    data["properties"]["connectionParameters"]["token"]["oAuthSettings"]["redirectMode"] = "Global"
    assert list(jsonschema.Draft4Validator(schema).iter_errors(data)) == []


def test_visibility_puts_primary_choices_first(swagger: dict[str, Any]) -> None:
    create = swagger["paths"]["/construction/issues/v1/projects/{projectId}/issues"]["post"]
    body = _resolve(swagger, create["parameters"][-1]["schema"])
    important = [
        n for n, p in body["properties"].items() if p.get("x-ms-visibility") == "important"
    ]
    assert important == ["title", "issueSubtypeId", "status"]
    issues = swagger["paths"]["/construction/issues/v1/projects/{projectId}/issues"]["get"]
    filters = [p for p in issues["parameters"] if p["name"].startswith("filter[")]
    assert filters and all(p["x-ms-visibility"] == "advanced" for p in filters)


def test_readme_lists_nested_body_inputs_by_title() -> None:
    readme = package_files(ACC)["readme.md"].decode()
    start = readme.index("#### When a file version is added")
    section = readme[start : readme.index("####", start + 5)]
    assert (
        "| Folder | string | yes | The folder to watch; its sub-folders are watched too. |"
        in section
    )
    assert "| scope |" not in section
    assert "Callback URL" not in section
