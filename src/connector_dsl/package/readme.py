"""`readme.md` in the shape Microsoft's certification asks for, written from the connector."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from connector_dsl.document import Operation, Parameter, Schema, SwaggerDocument


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ").strip()


def _properties(schema: Schema, *, required: bool) -> list[tuple[str, str, str, str]]:
    """Rows for the visible properties of a body object; nested objects give their leaves."""
    rows: list[tuple[str, str, str, str]] = []
    needed = set(schema.required or [])
    for name, child in (schema.properties or {}).items():
        if child.x_ms_visibility == "internal" or child.x_ms_notification_url:
            continue
        need = required and name in needed
        if child.properties and child.x_ms_summary is None:
            rows += _properties(child, required=need)
            continue
        title = child.x_ms_summary or name
        rows.append(
            (title, child.type or "object", "yes" if need else "no", child.description or "")
        )
    return rows


def _parameters(operation: Operation) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for parameter in operation.parameters or []:
        if not isinstance(parameter, Parameter) or parameter.x_ms_visibility == "internal":
            continue
        if parameter.in_ == "body" and parameter.schema_ is not None:
            body_rows = _properties(parameter.schema_, required=True)
            rows += body_rows
            if parameter.schema_.properties:
                continue
        title = parameter.x_ms_summary or parameter.name
        kind = parameter.type or "object"
        need = "yes" if parameter.required else "no"
        rows.append((title, kind, need, parameter.description or ""))
    return rows


def _operations(document: SwaggerDocument) -> Iterable[tuple[str, Operation]]:
    for path, item in document.paths.items():
        for method, operation in item.operations():
            if operation.x_ms_visibility != "internal":
                yield f"{method.upper()} {path}", operation


def _credentials(document: SwaggerDocument) -> str:
    schemes = document.security_definitions or {}
    if not schemes:
        return "The service needs no credentials."
    lines: list[str] = []
    for scheme in schemes.values():
        if scheme.type == "oauth2":
            lines.append(
                "Sign in with OAuth 2.0. Register an application with the service, add the "
                "connector's redirect URL to its callback URLs, and give its client ID and "
                "secret when you create the connection."
            )
            if scheme.scopes:
                lines.append("Scopes: " + ", ".join(f"`{s}`" for s in scheme.scopes) + ".")
        elif scheme.type == "apiKey":
            lines.append(
                f"Get an API key from the service; it is sent in the `{scheme.name}` "
                f"{scheme.in_ or 'header'}."
            )
        else:
            lines.append("Use your user name and password for the service.")
    return "\n\n".join(lines)


def render_readme(
    document: SwaggerDocument,
    *,
    publisher: str | None = None,
    prerequisites: Iterable[str] = (),
    known_limits: Iterable[str] = (),
    getting_started: str | None = None,
) -> str:
    """The connector's `readme.md`."""
    info = document.info
    out: list[str] = [f"# {info.title}", "", info.description or "", ""]
    if publisher:
        out += ["## Publisher", "", publisher, ""]
    out += ["## Prerequisites", ""]
    listed = list(prerequisites) or ["An account with the service."]
    out += [f"- {item}" for item in listed] + [""]
    out += ["## Obtaining Credentials", "", _credentials(document), ""]
    if getting_started:
        out += ["## Getting Started", "", getting_started, ""]
    out += ["## Supported Operations", ""]
    actions = [(k, op) for k, op in _operations(document) if op.x_ms_trigger is None]
    triggers = [(k, op) for k, op in _operations(document) if op.x_ms_trigger is not None]
    for heading, group in (("Triggers", triggers), ("Actions", actions)):
        if not group:
            continue
        out += [f"### {heading}", ""]
        for _key, operation in group:
            out += [f"#### {operation.summary or operation.operation_id}", ""]
            if operation.description:
                out += [operation.description, ""]
            rows = _parameters(operation)
            if rows:
                out += ["| Input | Type | Required | Description |", "|---|---|---|---|"]
                out += [f"| {' | '.join(_cell(c) for c in row)} |" for row in rows]
                out.append("")
    out += ["## Known Issues and Limitations", ""]
    limits = list(known_limits) or ["None known."]
    out += [f"- {item}" for item in limits] + [""]
    out += [
        "## Deployment Instructions",
        "",
        "Create the connector from this folder with the Power Platform CLI "
        "(`pac connector create --api-definition-file apiDefinition.swagger.json "
        "--api-properties-file apiProperties.json`) or with `paconn create`.",
        "",
    ]
    return "\n".join(_tidy(out))


def _tidy(lines: list[str]) -> list[Any]:
    tidy: list[str] = []
    for line in lines:
        if line == "" and tidy and tidy[-1] == "":
            continue
        tidy.append(line)
    return tidy
