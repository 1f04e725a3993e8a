"""Query items, path variables, headers and form fields as Swagger parameters."""

from __future__ import annotations

import re

from connector_dsl.document import Location, Parameter
from connector_dsl.importers.postman_reader import Reporter, Tokens
from connector_dsl.importers.postman_schema import value_type
from connector_dsl.importers.postman_url import Field, parameter_name
from connector_dsl.importers.postman_variables import VARIABLE

AUTH_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
"""Headers that carry credentials: the connection supplies them, never the user."""
MEDIA_HEADERS = frozenset({"content-type", "accept"})


def simple_parameter(
    name: str, where: Location, example: str, description: str, *, required: bool
) -> Parameter:
    """A non-body parameter typed from its example value (`{{var}}` examples are strings)."""
    typed = "string" if VARIABLE.search(example) else value_type(example)
    parameter = Parameter(name=name, in_=where, required=required, type=typed)
    if description:
        parameter.description = description
    return parameter


def path_parameters(names: list[str], variables: dict[str, Field]) -> list[Parameter]:
    """One required path parameter per `{name}` of the path template."""
    by_name = {parameter_name(key): field for key, field in variables.items()}
    parameters: list[Parameter] = []
    for name in names:
        field = by_name.get(name)
        example = field.value if field else ""
        description = field.description if field else ""
        parameters.append(simple_parameter(name, "path", example, description, required=True))
    return parameters


def field_parameters(
    reporter: Reporter, fields: list[Field], where: Location, at: Tokens
) -> list[Parameter]:
    """Query items or form fields; disabled ones are optional; repeated keys kept once."""
    parameters: list[Parameter] = []
    seen: set[str] = set()
    for field in fields:
        if field.key in seen:
            reporter.warn(
                "postman-duplicate-parameter",
                f"`{field.key}` appears more than once; only the first is kept",
                field.at or at,
            )
            continue
        seen.add(field.key)
        parameter = simple_parameter(
            field.key, where, field.value, field.description, required=not field.disabled
        )
        if where == "formData" and field.kind == "file":
            parameter.type = "file"
        parameters.append(parameter)
    return parameters


def header_parameters(
    reporter: Reporter, headers: list[Field], auth_header: str | None, at: Tokens
) -> tuple[list[Parameter], str | None, str | None]:
    """Header parameters, with the Content-Type and Accept values set apart.

    Credentials (Authorization and the auth's own header) are never parameters.
    """
    excluded = AUTH_HEADERS | ({auth_header.lower()} if auth_header else set[str]())
    content_type = accept = None
    kept: list[Field] = []
    for header in headers:
        lowered = header.key.lower()
        if lowered == "content-type" and not header.disabled:
            content_type = content_type or _media_type(header.value)
        elif lowered == "accept" and not header.disabled:
            accept = accept or _media_type(header.value)
        elif lowered not in excluded | MEDIA_HEADERS:
            kept.append(header)
    return field_parameters(reporter, kept, "header", at), content_type, accept


def _media_type(value: str) -> str | None:
    media = value.split(";", 1)[0].strip().lower()
    return media if re.fullmatch(r"[\w.+-]+/[\w.+*-]+", media) else None


def read_headers(reporter: Reporter, value: object, at: Tokens) -> list[Field]:
    """Request or response headers: a key/value list, or (v2.0) `Name: value` lines."""
    if isinstance(value, str):
        lines = [line.partition(":") for line in value.splitlines()]
        return [Field(k.strip(), v.strip(), "", False, at) for k, _, v in lines if k.strip()]
    fields: list[Field] = []
    for index, entry in enumerate(reporter.sequence(value, at)):
        where = (*at, index)
        item = reporter.mapping(entry, where)
        key = reporter.text(item.get("key"), (*where, "key")).strip()
        if key:
            fields.append(
                Field(
                    key=key,
                    value=reporter.text(item.get("value"), (*where, "value")),
                    description=reporter.description(
                        item.get("description"), (*where, "description")
                    ),
                    disabled=item.get("disabled") is True,
                    at=where,
                )
            )
    return fields
