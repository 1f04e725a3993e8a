"""Reading an existing Swagger 2.0 connector into the document model."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from connector_dsl.collection import collector_paused
from connector_dsl.document import LENIENT, SwaggerDocument
from connector_dsl.document.checked import checked_node
from connector_dsl.errors import Diagnostic, InputError, Place, pointer
from connector_dsl.importers.locating import Locator
from connector_dsl.importers.reading import Loaded, read_file

DEFINITION_FILE = "apiDefinition.swagger.json"
PROPERTIES_FILE = "apiProperties.json"

SourceFormat = Literal["swagger2", "openapi3", "postman"]


@dataclass(frozen=True, slots=True)
class ImportedConnector:
    """A connector read from its files, with what reading had to forgive."""

    document: SwaggerDocument
    source: Path
    """The swagger file read."""
    locator: Locator
    """Line and column of a JSON pointer in the swagger file."""
    api_properties: dict[str, Any] | None = None
    """The raw `apiProperties.json` beside the swagger file, when there is one."""
    warnings: list[Diagnostic] = field(default_factory=list[Diagnostic])


def detect_format(data: Any, *, file: str | None = None) -> SourceFormat:
    """Which kind of document `data` is; raises `InputError` when it is none of them."""
    if isinstance(data, dict):
        top: dict[str, Any] = data  # pyright: ignore[reportUnknownVariableType]
        if "swagger" in top:
            return "swagger2"
        if "openapi" in top:
            return "openapi3"
        info = top.get("info")
        if isinstance(info, dict):
            fields: dict[str, Any] = info  # pyright: ignore[reportUnknownVariableType]
            schema = fields.get("schema")
            if "_postman_id" in fields or (isinstance(schema, str) and "getpostman" in schema):
                return "postman"
        if isinstance(top.get("item"), list):
            return "postman"
    msg = (
        "this is not a swagger 2.0, OpenAPI 3 or Postman collection document (no 'swagger', "
        "'openapi' or Postman 'info'/'item' at the top); give one of those"
    )
    place = Place(file=file, line=1, column=1, pointer="")
    raise InputError([Diagnostic(code="input-format", message=msg, place=place)])


def read_swagger(path: str | os.PathLike[str]) -> ImportedConnector:
    """Read a swagger file, or a connector folder holding `apiDefinition.swagger.json`.

    `apiProperties.json` beside it is read too. Raises `InputError` when the file
    cannot be read, is not swagger 2.0, or has a `$ref` outside itself.
    """
    source = Path(path)
    if source.is_dir():
        source = source / DEFINITION_FILE
        if not source.is_file():
            msg = f"this folder has no {DEFINITION_FILE}; give the swagger file or its folder"
            place = Place(file=str(path))
            raise InputError([Diagnostic(code="input-unreadable", message=msg, place=place)])
    # The data read and the nodes made of it hold no cycles: with the collector paused
    # throughout, its next pass meets only the document, the data read being freed by then.
    with collector_paused():
        return import_swagger(read_file(source))


def import_swagger(loaded: Loaded) -> ImportedConnector:
    """The connector of a swagger document already read (see `read_swagger`)."""
    kind = detect_format(loaded.data, file=loaded.file)
    if kind != "swagger2":
        msg = f"this is a {_NAMES[kind]}, not swagger 2.0: use `connector-dsl convert` on it"
        place = loaded.place("")
        raise InputError([Diagnostic(code="input-format", message=msg, place=place)])
    refs = loaded.external_refs()
    if refs:
        raise InputError(refs)
    document = checked_node(SwaggerDocument, loaded.data)
    if document is None:
        try:
            document = SwaggerDocument.model_validate(loaded.data, context={LENIENT: True})
        except ValidationError as error:
            raise InputError(_validation_diagnostics(error, loaded)) from None
    source = Path(loaded.file)
    warnings = list(loaded.warnings)
    properties = _read_properties(source.parent / PROPERTIES_FILE, warnings)
    return ImportedConnector(
        document=document,
        source=source,
        locator=loaded.locator,
        api_properties=properties,
        warnings=warnings,
    )


_NAMES: dict[SourceFormat, str] = {
    "swagger2": "swagger 2.0 document",
    "openapi3": "OpenAPI 3 document",
    "postman": "Postman collection",
}


def _validation_diagnostics(error: ValidationError, loaded: Loaded) -> list[Diagnostic]:
    found: list[Diagnostic] = []
    for detail in error.errors():
        where = pointer(*detail["loc"])
        msg = f"{detail['msg']}; this document cannot be read as swagger 2.0: fix the value"
        found.append(Diagnostic(code="input-swagger", message=msg, place=loaded.place(where)))
    return found


def _read_properties(path: Path, warnings: list[Diagnostic]) -> dict[str, Any] | None:
    """The data of `apiProperties.json`; a broken one is left out with a warning."""
    if not path.is_file():
        return None
    try:
        loaded = read_file(path)
    except InputError as error:
        warnings.extend(
            Diagnostic(
                code=diagnostic.code,
                message=f"{diagnostic.message} (the file was left out)",
                place=diagnostic.place,
                severity="warning",
            )
            for diagnostic in error.diagnostics
        )
        return None
    warnings.extend(loaded.warnings)
    if not isinstance(loaded.data, dict):
        msg = "apiProperties.json must hold an object; the file was left out"
        place = loaded.place("")
        warnings.append(
            Diagnostic(code="input-format", message=msg, place=place, severity="warning")
        )
        return None
    data: dict[str, Any] = loaded.data  # pyright: ignore[reportUnknownMemberType, reportUnknownVariableType]
    return data
