"""A webhook's `x-ms-notification-content`: its description and a payload schema from elsewhere.

`notification_description` says the description (None: none); `dynamic_payload`
takes a `DynamicSchema` whose operation gives the payload's schema.
"""

from __future__ import annotations

from typing import Annotated, Any, ClassVar

import pytest
from pydantic import BaseModel

from connector_dsl import (
    Action,
    AuthoringError,
    Body,
    Connector,
    ConnectorInfo,
    DynamicSchema,
    Header,
    NotificationUrl,
    ParamRef,
    Path,
    Route,
    WebhookTrigger,
    build,
    ref,
)
from connector_dsl.codegen import build_source, generate
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data


class Change(BaseModel):
    """A change to an item.

    Sent once per change.
    """

    item_id: str


class Plain(BaseModel):
    item_id: str


class BoardSchema(Action[dict[str, Any]]):
    route = Route(method="GET", path="/boards/{board}/schema", summary="Board schema")
    board: Annotated[str, Path()]
    accept: Annotated[str | None, Header(name="Accept")] = None


class Documented(WebhookTrigger[Change]):
    route = Route(method="POST", path="/documented", summary="When documented")
    url: Annotated[str, Body(), NotificationUrl()]


class Undocumented(WebhookTrigger[Plain]):
    route = Route(method="POST", path="/undocumented", summary="When undocumented")
    url: Annotated[str, Body(), NotificationUrl()]


class Told(WebhookTrigger[Change]):
    route = Route(method="POST", path="/told", summary="When told")
    notification_description = "Details of the change"
    url: Annotated[str, Body(), NotificationUrl()]


class Silent(WebhookTrigger[Change]):
    route = Route(method="POST", path="/silent", summary="When silent")
    notification_description = None
    url: Annotated[str, Body(), NotificationUrl()]


class SilentChild(Silent):
    route = Route(method="POST", path="/silent-child", summary="When silent too")


class OnBoard(WebhookTrigger[dict[str, Any]]):
    route = Route(method="POST", path="/boards/hooks", summary="When a board item changes")
    notification_description = "The changed item, with the board's columns"
    dynamic_payload = DynamicSchema(
        BoardSchema,
        path="schema",
        parameters={"board": ParamRef("body/board"), "Accept": "*/*"},
    )
    url: Annotated[str, Body(), NotificationUrl()]
    board: Annotated[str, Body()]


class OnBoardTyped(WebhookTrigger[dict[str, Any]]):
    route = Route(method="POST", path="/boards/typed-hooks", summary="When a board item changes")
    dynamic_payload = DynamicSchema(BoardSchema(board=ref("body/board")), path="schema")
    url: Annotated[str, Body(), NotificationUrl()]
    board: Annotated[str, Body()]


class Hooks(Connector):
    info = ConnectorInfo(title="Hooks", host="example.com")
    operations = (
        BoardSchema,
        Documented,
        Undocumented,
        Told,
        Silent,
        SilentChild,
        OnBoard,
        OnBoardTyped,
    )


@pytest.fixture(scope="module")
def paths() -> dict[str, Any]:
    found: dict[str, Any] = to_data(build(Hooks))["paths"]
    return found


def content(paths: dict[str, Any], path: str) -> dict[str, Any]:
    found: dict[str, Any] = paths[path]["x-ms-notification-content"]
    return found


def test_description_is_the_first_docstring_line(paths: dict[str, Any]) -> None:
    assert content(paths, "/documented") == {
        "description": "A change to an item.",
        "schema": {"$ref": "#/definitions/Change"},
    }


def test_description_is_the_summary_without_docstring(paths: dict[str, Any]) -> None:
    assert content(paths, "/undocumented")["description"] == "When undocumented"


def test_description_as_told(paths: dict[str, Any]) -> None:
    assert content(paths, "/told")["description"] == "Details of the change"


def test_none_leaves_the_description_out_also_in_subclasses(paths: dict[str, Any]) -> None:
    assert content(paths, "/silent") == {"schema": {"$ref": "#/definitions/Change"}}
    assert "description" not in content(paths, "/silent-child")


def test_dynamic_payload(paths: dict[str, Any]) -> None:
    assert content(paths, "/boards/hooks") == {
        "description": "The changed item, with the board's columns",
        "schema": {
            "type": "object",
            "x-ms-dynamic-schema": {
                "operationId": "BoardSchema",
                "parameters": {"board": {"parameter": "board"}, "Accept": "*/*"},
                "value-path": "schema",
            },
            "x-ms-dynamic-properties": {
                "operationId": "BoardSchema",
                "parameters": {
                    "board": {"parameterReference": "body/board"},
                    "Accept": {"value": "*/*"},
                },
                "itemValuePath": "schema",
            },
        },
    }
    typed = content(paths, "/boards/typed-hooks")["schema"]
    assert typed["x-ms-dynamic-schema"] == {
        "operationId": "BoardSchema",
        "parameters": {"board": {"parameter": "board"}},
        "value-path": "schema",
    }
    assert typed["x-ms-dynamic-properties"]["parameters"] == {
        "board": {"parameterReference": "body/board"}
    }
    registration = paths["/boards/hooks"]["post"]
    assert "schema" not in registration["responses"]["200"]


class Unlisted(WebhookTrigger[dict[str, Any]]):
    route = Route(method="POST", path="/unlisted", summary="When unlisted")
    dynamic_payload = DynamicSchema(BoardSchema, parameters={"board": ParamRef("body/nothing")})
    url: Annotated[str, Body(), NotificationUrl()]


class UnlistedConnector(Connector):
    info = ConnectorInfo(title="Hooks", host="example.com")
    operations = (Unlisted,)


def test_dynamic_payload_is_checked_like_other_dynamic_schemas() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(UnlistedConnector)
    (problem,) = caught.value.diagnostics
    assert problem.code == "dynamic-unknown-operation"
    assert problem.place.python == "Unlisted.dynamic_payload"
    assert problem.place.line is not None


class BadReference(WebhookTrigger[dict[str, Any]]):
    route = Route(method="POST", path="/bad", summary="When bad")
    dynamic_payload = DynamicSchema(BoardSchema, parameters={"board": ParamRef("body/nothing")})
    url: Annotated[str, Body(), NotificationUrl()]


class BadReferenceConnector(Connector):
    info = ConnectorInfo(title="Hooks", host="example.com")
    operations = (BoardSchema, BadReference)


def test_dynamic_payload_references_its_own_inputs() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(BadReferenceConnector)
    (problem,) = caught.value.diagnostics
    assert problem.code == "dynamic-unknown-parameter"
    assert problem.message == (
        "ref('body/nothing') names no input of BadReference, which show this dropdown: "
        "name one of their inputs"
    )
    assert problem.place.python == "BadReference.dynamic_payload"


class WrongKinds(WebhookTrigger[Change]):
    route = Route(method="POST", path="/wrong", summary="When wrong")
    notification_description: ClassVar[Any] = 3
    dynamic_payload: ClassVar[Any] = "BoardSchema"
    url: Annotated[str, Body(), NotificationUrl()]


class WrongKindsConnector(Connector):
    info = ConnectorInfo(title="Hooks", host="example.com")
    operations = (WrongKinds,)


def test_wrong_kinds_are_refused() -> None:
    with pytest.raises(AuthoringError) as caught:
        build(WrongKindsConnector)
    messages = [(d.code, d.message, d.place.python) for d in caught.value.diagnostics]
    assert messages == [
        (
            "webhook-notification-content",
            "WrongKinds.notification_description must be a string (None: no description), not int",
            "WrongKinds.notification_description",
        ),
        (
            "webhook-notification-content",
            "WrongKinds.dynamic_payload takes a DynamicSchema(Operation, path=..., "
            "parameters=...), not str",
            "WrongKinds.dynamic_payload",
        ),
    ]


def test_imported_notification_content_is_typed() -> None:
    built = to_data(build(Hooks))
    document = SwaggerDocument.model_validate(built, context={"lenient": True})
    source, plan = generate(document)
    assert "notification_description = 'Details of the change'" in source
    assert "notification_description = None" in source
    assert "class OnBoard(WebhookTrigger[dict[str, Any]]):" in source
    assert (
        "dynamic_payload = DynamicSchema(BoardSchema, path='schema', "
        "parameters={'board': ParamRef('body/board'), 'Accept': '*/*'})"
    ) in source
    assert source.count("notification_description") == 4  # told, silent twice, OnBoard
    assert not plan.path_raw
    assert not plan.document_raw
    assert build_source(source, "ImportedConnector") == built
