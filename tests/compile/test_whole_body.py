"""A single `Body()` field of `bytes`, or with `whole=True`, is the whole request body."""

from __future__ import annotations

from typing import Annotated, Any

from connector_dsl import Action, Body, Connector, ConnectorInfo, Route, build
from connector_dsl.dump import to_data


class Upload(Action[None]):
    route = Route(
        method="POST",
        path="/files",
        summary="Upload a file",
        consumes=("application/octet-stream",),
    )
    content: Annotated[bytes, Body(name="File", summary="File content")]


class Say(Action[None]):
    route = Route(method="POST", path="/say", summary="Say", consumes=("text/plain",))
    text: Annotated[str | None, Body(whole=True, description="What to say.")] = None


class Note(Action[None]):
    route = Route(method="POST", path="/notes", summary="Add a note")
    text: Annotated[str, Body()]


class Files(Connector):
    info = ConnectorInfo(title="Files", host="example.com")
    operations = (Upload, Say, Note)


def body(path: str) -> dict[str, Any]:
    data = to_data(build(Files))
    (found,) = data["paths"][path]["post"]["parameters"]
    assert isinstance(found, dict)
    return found


def test_bytes_is_a_binary_body() -> None:
    assert body("/files") == {
        "name": "File",
        "in": "body",
        "required": True,
        "schema": {"type": "string", "format": "binary"},
        "x-ms-summary": "File content",
    }


def test_whole_makes_a_plain_text_body() -> None:
    found = body("/say")
    assert found["schema"] == {"type": "string"}
    assert found["required"] is False
    assert found["description"] == "What to say."


def test_a_str_body_field_without_whole_is_a_property() -> None:
    assert body("/notes")["schema"] == {
        "type": "object",
        "properties": {"text": {"type": "string"}},
        "required": ["text"],
    }
