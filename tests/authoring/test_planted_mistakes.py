"""Authoring mistakes an author really makes: the stage that catches each, its code,
message and Python place (file, line, `Class.field`).

Each mistake is a tiny connector in `planted.py` (or, when the mistake stops the
module from importing, in `planted_on_import/`), loaded and built as
`connector-dsl build FILE.py:CLASS` does. The expected line is the one holding
`anchor` in that file.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from connector_dsl import ConnectorError, load_connector
from connector_dsl import build as build_connector
from connector_dsl.compile import compiled
from connector_dsl.compile.advice import connector_warnings
from connector_dsl.dump import to_data
from connector_dsl.errors import Diagnostic
from connector_dsl.validate import validate
from tests.typing.test_typing import Finding, expected, runs_type_checkers

HERE = Path(__file__).parent
PLANTED = HERE / "planted.py"
ON_IMPORT = HERE / "planted_on_import"


@dataclass(frozen=True)
class Planted:
    """One planted mistake and what `build` must say about it."""

    file: Path
    connector: str
    code: str
    message: str
    """A fragment of the message: the mistake and the fix."""
    python: str
    anchor: str
    """Text found only on the line the diagnostic must name."""
    stage: str = "build"
    severity: str = "error"


CASES = [
    Planted(
        PLANTED,
        "TestedConnector",
        "body-on-get",
        "CheckAccess.scope is a Body() field, but the designer calls CheckAccess itself (a "
        "dropdown, a dynamic schema or the connection test) and sends no body with a GET: "
        "make it a Query()",
        "CheckAccess.scope",
        'scope: Annotated[str, Body()] = "all"',
    ),
    Planted(
        PLANTED,
        "SearchConnector",
        "BodyOrFormDataParameterInFetchOperationNotAllowed",
        "A GET with a body or form fields: many services and proxies drop it.",
        "SearchProjects.filter",
        "filter: Annotated[str, Body()]",
        severity="warning",
    ),
    Planted(
        PLANTED,
        "CheckUploadConnector",
        "body-on-get",
        "CheckUpload.file is a FormData() field, but a HEAD request carries no body: make it a "
        "Query()",
        "CheckUpload.file",
        "file: Annotated[bytes, FormData()]",
    ),
    Planted(
        ON_IMPORT / "route_visibility.py",
        "HiddenConnector",
        "route-argument",
        "Route(...): visibility='hidden' must be one of 'important', 'advanced', 'internal'",
        "ArchiveProject.route",
        "route = Route(",
    ),
    Planted(
        ON_IMPORT / "info_host.py",
        "HostConnector",
        "info-host",
        "ConnectorInfo(host='https://example.com/api/v2') has a scheme and a path; the host is "
        "the name (and port) only: write host='example.com', base_path='/api/v2'",
        "HostConnector.info",
        "info = ConnectorInfo(",
    ),
    Planted(
        ON_IMPORT / "info_port.py",
        "PortConnector",
        "info-host",
        "has the port 'https', which is not a number from 1 to 65535",
        "PortConnector.info",
        "info = ConnectorInfo(",
    ),
    Planted(
        ON_IMPORT / "info_base_path.py",
        "BasePathConnector",
        "info-base-path",
        "ConnectorInfo(base_path='api/v2') must start with '/': write base_path='/api/v2'",
        "BasePathConnector.info",
        "info = ConnectorInfo(",
    ),
    Planted(
        PLANTED,
        "HookConnector",
        "webhook-body-no-notification-url",
        "WhenCreated sends HookRequest as its body (WhenCreated.hook), but no field of "
        "HookRequest is marked as the callback URL: write `callback_url: Annotated[str, "
        "Ui(notification_url=True, visibility='internal')]` in it",
        "HookRequest.callback_url",
        "    callback_url: str",
    ),
    Planted(
        PLANTED,
        "DefaultsConnector",
        "default-type",
        "ListIssues.status has the default 1, which is not of type Status: write one of "
        "Status.OPEN, Status.CLOSED",
        "ListIssues.status",
        "status: Annotated[Status, Query()] = 1",
    ),
    Planted(
        PLANTED,
        "DefaultsConnector",
        "default-type",
        "ListIssues.count has the default 'x', which is not of type int",
        "ListIssues.count",
        'count: int = "x"',
    ),
    Planted(
        PLANTED,
        "TitleConnector",
        "field-option-ignored",
        "CreateProject.project: Field(title=...) would not be written; the body's schema is "
        "its type's, with no title from the field: write Body(summary='The project')",
        "CreateProject.project",
        'Field(title="The project")',
    ),
    Planted(
        PLANTED,
        "OptionsConnector",
        "field-option-ignored",
        "FindProjects.name: Field(title=...) would not be written; a Query() parameter has no "
        "title: write Query(summary='Name')",
        "FindProjects.name",
        'Field(title="Name", examples=["Tower"])',
    ),
    Planted(
        PLANTED,
        "OptionsConnector",
        "field-option-ignored",
        "FindProjects.name: Field(examples=...) would not be written; Swagger 2.0 has no "
        "examples on a parameter",
        "FindProjects.name",
        'Field(title="Name", examples=["Tower"])',
    ),
    Planted(
        PLANTED,
        "OptionsConnector",
        "field-option-ignored",
        "FindProjects.top: Field(json_schema_extra=...) would not be written; its keys are not "
        "written: use Query(extensions=(extension('x-...', value),))",
        "FindProjects.top",
        "json_schema_extra=",
    ),
    Planted(
        PLANTED,
        "EmptyConnector",
        "connector-no-operations",
        "EmptyConnector has no operations; Power Platform needs at least one action or trigger",
        "EmptyConnector",
        "class EmptyConnector(Connector):",
    ),
    Planted(
        PLANTED,
        "UndescribedConnector",
        "operation-no-description",
        "Ping has no description: write a docstring under `class Ping` (or "
        "Route(description=...)); certification asks for one on every operation",
        "Ping",
        "class Ping(Action[None]):",
        severity="warning",
    ),
    Planted(
        PLANTED,
        "NoInfoConnector",
        "connector-info",
        "NoInfoConnector has no info: add `info = ConnectorInfo(title=..., host=...)`",
        "NoInfoConnector",
        "class NoInfoConnector(Connector):",
    ),
    Planted(
        PLANTED,
        "ModelListedConnector",
        "operations-entry",
        "ModelListedConnector.operations[1] is the pydantic model Project, not an operation",
        "ModelListedConnector.operations",
        "operations = (ListProjects, Project)",
    ),
    Planted(
        PLANTED,
        "InstanceListedConnector",
        "operations-entry",
        "InstanceListedConnector.operations[1] is an instance of ListProjects: list the class "
        "itself, ListProjects",
        "InstanceListedConnector.operations",
        "operations = (ListProjects, ListProjects())",
    ),
    Planted(
        PLANTED,
        "BareOperationConnector",
        "operations-entry",
        "BareOperationConnector.operations takes a tuple of operation classes: write "
        "`operations = (ListProjects,)`",
        "BareOperationConnector.operations",
        "operations = ListProjects  #",
    ),
    Planted(
        PLANTED,
        "NoRouteConnector",
        "operation-route",
        'GetProject has no route: add `route = Route(method="GET", path="/things", '
        'summary="List things")`',
        "GetProject",
        "class GetProject(Action[Project]):",
    ),
    Planted(
        PLANTED,
        "HubConnector",
        "path-field-unbound",
        "GetHub.hub_id fills {hubId}, but the route '/hubs/{hub_id}' has {hub_id}: write "
        "`hub_id: Annotated[str, Path()]`, or {hubId} in the route",
        "GetHub.hub_id",
        'hub_id: Annotated[str, Path(name="hubId")]',
    ),
    Planted(
        PLANTED,
        "TemplateConnector",
        "path-template-unbound",
        "GetTemplate.template_number is a query field: did you mean "
        "`template_number: Annotated[str, Path(name='templateNumber')]`?",
        "GetTemplate.template_number",
        "    template_number: str",
    ),
    Planted(
        PLANTED,
        "ItemConnector",
        "path-template-unbound",
        "the route '/items/{itemId}' has {itemId} but GetItem has no field for it: add "
        "`item_id: Annotated[str, Path(name='itemId')]`",
        "GetItem.route",
        'path="/items/{itemId}"',
    ),
]


def line_of(file: Path, anchor: str) -> int:
    """The one line of `file` holding `anchor`."""
    lines = [n for n, text in enumerate(file.read_text().splitlines(), 1) if anchor in text]
    assert len(lines) == 1, (anchor, lines)
    return lines[0]


def build(file: Path, connector: str) -> list[Diagnostic]:
    """What `build FILE.py:CLASS` reports: warnings, then the build's errors or the custom
    validation profile's findings, each at its Python place."""
    found: list[Diagnostic] = []
    try:
        loaded = load_connector(f"{file}:{connector}")
        found.extend(connector_warnings(loaded))
        built = compiled(loaded)
    except ConnectorError as error:
        return [*found, *error.diagnostics]
    findings = validate(to_data(built.document), profile="custom", python=built.source_map)
    return [*found, *(finding.diagnostic for finding in findings)]


@pytest.fixture(autouse=True)
def _own_sys_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loading a file puts its folder on `sys.path`; undo that after each case."""
    monkeypatch.setattr(sys, "path", list(sys.path))


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.connector}-{c.code}-{c.python}")
def test_planted_mistake_is_reported_at_its_python_place(case: Planted) -> None:
    assert case.stage == "build"
    reported = [d for d in build(case.file, case.connector) if d.code == case.code]
    matching = [d for d in reported if case.message in d.message]
    assert matching, [d.message for d in reported]
    diagnostic = matching[0]
    assert diagnostic.severity == case.severity
    assert diagnostic.place.python == case.python
    assert diagnostic.place.file is not None
    assert Path(diagnostic.place.file).resolve() == case.file.resolve()
    assert diagnostic.place.line == line_of(case.file, case.anchor)


def errors(found: list[Diagnostic]) -> set[str]:
    return {d.code for d in found if d.severity == "error"}


def test_every_case_has_a_connector_of_its_own_mistakes_only() -> None:
    for case in CASES:
        found = build(case.file, case.connector)
        listed = {c.code for c in CASES if c.connector == case.connector}
        assert errors(found) <= listed, case
        assert listed <= {d.code for d in found}, case


def test_the_route_hint_is_code_that_runs() -> None:
    (diagnostic,) = build(PLANTED, "NoRouteConnector")
    hint = diagnostic.message.split("`")[1]
    namespace: dict[str, object] = {}
    exec(f"from connector_dsl import Route\n{hint}", namespace)
    assert type(namespace["route"]).__name__ == "Route"


def test_a_title_on_a_property_of_an_inline_body_is_written() -> None:
    assert errors(build(PLANTED, "InlineTitleConnector")) == set()
    connector = load_connector(f"{PLANTED}:InlineTitleConnector")
    operation = to_data(build_connector(connector))["paths"]["/projects/{project_id}"]["patch"]
    body = next(p for p in operation["parameters"] if p["in"] == "body")
    assert body["schema"]["properties"]["name"] == {"type": "string", "title": "New name"}


def test_a_trigger_subclass_sends_its_own_payload() -> None:
    """`WhenUpdated(WhenAnything, WebhookTrigger[Updated])`: pyright flags the bases as
    incompatible (reportGeneralTypeIssues), mypy says nothing; the build uses `Updated`."""
    assert errors(build(PLANTED, "SubclassConnector")) == set()
    connector = load_connector(f"{PLANTED}:SubclassConnector")
    paths = to_data(build_connector(connector))["paths"]
    created = paths["/hooks/created"]["x-ms-notification-content"]["schema"]
    updated = paths["/hooks/updated"]["x-ms-notification-content"]["schema"]
    assert created == {"$ref": "#/definitions/Created"}
    assert updated == {"$ref": "#/definitions/Updated"}


# --- the type checkers' stage -------------------------------------------------------------------

TYPING_FAIL = HERE.parent / "typing" / "fail"
DROPDOWNS = HERE.parent / "compile" / "dynamic_broken.py"


@dataclass(frozen=True)
class Typed:
    """A planted mistake that mypy --strict and pyright both reject as the author types.

    `file` is its fail case in tests/typing/fail (run under both checkers by
    tests/typing/test_typing.py); the build catches it too, with `code`, for authors
    who run no type checker.
    """

    mistake: str
    file: str
    build_file: Path
    connector: str
    code: str


TYPED = [
    Typed(
        "a dropdown passes an input its operation does not have",
        "dynamic_unknown_input.py",
        DROPDOWNS,
        "UnknownParameterConnector",
        "dynamic-unknown-parameter",
    ),
    Typed(
        'a dropdown passes a literal of the wrong type ("yes" for a bool)',
        "dynamic_literal_type.py",
        DROPDOWNS,
        "WrongLiteralConnector",
        "dynamic-parameter-type",
    ),
    Typed(
        "a reference of one type feeds an input of another",
        "dynamic_reference_type.py",
        DROPDOWNS,
        "WrongReferenceConnector",
        "dynamic-reference-type",
    ),
    Typed(
        "a dropdown's value, title or collection path is not in the response model",
        "dynamic_value_path.py",
        DROPDOWNS,
        "BadPathConnector",
        "dynamic-unknown-response-path",
    ),
    Typed(
        "a dropdown on a property of a body model reads a path the response lacks",
        "dynamic_body_model_path.py",
        DROPDOWNS,
        "InBodyConnector",
        "dynamic-unknown-response-path",
    ),
    Typed(
        "Route(visibility='hidden')",
        "route_visibility.py",
        ON_IMPORT / "route_visibility.py",
        "HiddenConnector",
        "route-argument",
    ),
    Typed(
        "a default of the wrong type (status = 1 for an enum field)",
        "default_wrong_type.py",
        PLANTED,
        "DefaultsConnector",
        "default-type",
    ),
    Typed(
        "a pydantic model listed in operations",
        "operations_not_operation.py",
        PLANTED,
        "ModelListedConnector",
        "operations-entry",
    ),
]

STAGES: dict[str, str] = {
    # Issue 10's eighteen mistakes, and the stage that reports each first.
    "dropdown input that does not exist": "mypy, pyright, build",
    "dropdown literal of the wrong type": "mypy, pyright, build",
    "reference of one type feeding an input of another": "mypy, pyright, build",
    "dropdown path not in the response model": "mypy, pyright, build",
    "{templateNumber} with a field template_number": "build",
    "Body() on a GET": "build",
    "webhook without a notification URL": "build",
    "dropdown on a property of a body model": "mypy, pyright, build",
    "Route(visibility='hidden')": "mypy, pyright, build",
    "host with a scheme": "build",
    "payload model without Ui(notification_url=True)": "build",
    "default of the wrong type": "mypy, pyright, build",
    "Field(title=...) on a Body() field": "build",
    "trigger subclass keeping its parent's payload": "pyright, build",
    "connector with no operations": "build",
    "operation with no docstring": "build",
    "Connector without info": "build",
    "pydantic model listed in operations": "mypy, pyright, build",
}


def test_eighteen_mistakes_and_at_least_eight_caught_by_both_checkers() -> None:
    assert len(STAGES) == 18
    both = [m for m, stage in STAGES.items() if stage.startswith("mypy, pyright")]
    assert len(both) == len(TYPED) >= 8


@runs_type_checkers
@pytest.mark.parametrize("case", TYPED, ids=lambda case: case.file)
def test_type_checkers_reject_the_mistake(
    case: Typed,
    mypy_fail: dict[Path, list[Finding]],
    pyright_fail: dict[Path, list[Finding]],
) -> None:
    file = (TYPING_FAIL / case.file).resolve()
    want = expected(file)
    for checker, found in (("mypy", mypy_fail), ("pyright", pyright_fail)):
        messages = [f.message for f in found.get(file, []) if f.line == want.line]
        assert any(want.text in m for m in messages), (checker, case.file, found.get(file))


@pytest.mark.parametrize("case", TYPED, ids=lambda case: case.code + ":" + case.connector)
def test_the_build_reports_what_the_checkers_reject(case: Typed) -> None:
    assert case.code in {d.code for d in build(case.build_file, case.connector)}
