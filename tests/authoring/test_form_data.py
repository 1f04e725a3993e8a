"""Form fields and file uploads become formData parameters."""

from __future__ import annotations

from typing import Annotated, Any

from connector_dsl import Action, Connector, ConnectorInfo, FormData, Route, build, to_data


class Upload(Action[None]):
    """Uploads a file."""

    route = Route(method="POST", path="/files", summary="Upload a file")
    file: Annotated[bytes, FormData(summary="File")]
    note: Annotated[str | None, FormData(summary="Note")] = None


class Files(Connector):
    info = ConnectorInfo(title="Files", description="File uploads.", host="files.io")
    operations = (Upload,)


def test_file_upload_is_a_file_form_field() -> None:
    doc: dict[str, Any] = to_data(build(Files))
    operation = doc["paths"]["/files"]["post"]
    assert operation["consumes"] == ["multipart/form-data"]
    file, note = operation["parameters"]
    assert file == {
        "name": "file",
        "in": "formData",
        "required": True,
        "type": "file",
        "x-ms-summary": "File",
    }
    assert note["type"] == "string"
    assert note["required"] is False
