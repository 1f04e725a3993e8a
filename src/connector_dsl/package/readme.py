"""`readme.md` in the shape Microsoft's certification asks for, written from the connector."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from connector_dsl.document import Operation, Parameter, Schema, SwaggerDocument
from connector_dsl.properties.parameters import ConnectionParameter

OTHER = "Other"
"""The family of operations that have no tag, when the others have tags."""


def _cell(text: str | None) -> str:
    return (text or "").replace("|", "\\|").replace("\n", " ").strip()


Definitions = Mapping[str, Schema]


def _resolved(schema: Schema, definitions: Definitions) -> Schema:
    """The definition a `$ref` schema names (keeping the referrer's own title), else the schema."""
    name = (schema.ref or "").removeprefix("#/definitions/")
    target = definitions.get(name) if schema.ref else None
    if target is None:
        return schema
    if schema.x_ms_summary is None and schema.description is None:
        return target
    return target.model_copy(
        update={"x_ms_summary": schema.x_ms_summary, "description": schema.description}
    )


def _properties(
    schema: Schema, definitions: Definitions, *, required: bool
) -> list[tuple[str, str, str, str]]:
    """Rows for the visible properties of a body object; nested objects give their leaves."""
    rows: list[tuple[str, str, str, str]] = []
    schema = _resolved(schema, definitions)
    needed = set(schema.required or [])
    for name, given in (schema.properties or {}).items():
        child = _resolved(given, definitions)
        if child.x_ms_visibility == "internal" or child.x_ms_notification_url:
            continue
        need = required and name in needed
        if child.properties and given.x_ms_summary is None:
            rows += _properties(child, definitions, required=need)
            continue
        title = child.x_ms_summary or name
        rows.append(
            (title, child.type or "object", "yes" if need else "no", child.description or "")
        )
    return rows


def _parameters(operation: Operation, definitions: Definitions) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    for parameter in operation.parameters or []:
        if not isinstance(parameter, Parameter) or parameter.x_ms_visibility == "internal":
            continue
        if parameter.in_ == "body" and parameter.schema_ is not None:
            body = _resolved(parameter.schema_, definitions)
            rows += _properties(body, definitions, required=bool(parameter.required))
            if body.properties:
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


def _settings(parameters: Mapping[str, ConnectionParameter]) -> list[str]:
    """A bullet per connection parameter the user fills in, beside the sign-in."""
    lines: list[str] = []
    for name, parameter in parameters.items():
        if parameter.type == "oauthSetting" or parameter.o_auth_settings is not None:
            continue
        ui = parameter.ui_definition
        constraints = ui.constraints if ui is not None else None
        if constraints is not None and constraints.hidden == "true":
            continue
        title = (ui.display_name if ui is not None else None) or name
        line = f"- **{title}**"
        if ui is not None and ui.description:
            line += f": {ui.description.rstrip('.')}."
        choices = constraints.allowed_values if constraints is not None else None
        if choices:
            shown = ", ".join(f"`{c.value}`" + (f" ({c.text})" if c.text else "") for c in choices)
            line += f" Choices: {shown}."
        if parameter.default_value is not None:
            line += f" Default: `{parameter.default_value}`."
        lines.append(line)
    return lines


def _families(
    document: SwaggerDocument, operations: list[tuple[str, Operation]]
) -> list[tuple[str, str | None, list[Operation]]]:
    """Operations by their first tag, in the order of the document's tags; untagged last."""
    described = {tag.name: tag.description for tag in document.tags or []}
    order = list(described)
    grouped: dict[str, list[Operation]] = {}
    for _key, operation in operations:
        family = operation.tags[0] if operation.tags else OTHER
        grouped.setdefault(family, []).append(operation)
        if family not in order and family != OTHER:
            order.append(family)
    order.append(OTHER)
    return [(name, described.get(name), grouped[name]) for name in order if name in grouped]


def _notifies(schema: object) -> bool:
    """Whether an inline body schema has the notification URL property."""
    if not isinstance(schema, Schema):
        return False
    return bool(schema.x_ms_notification_url) or any(
        _notifies(child) for child in (schema.properties or {}).values()
    )


def _is_webhook(operation: Operation) -> bool:
    """Whether a trigger takes a notification URL in its body (a webhook), else it is polled."""
    return any(
        isinstance(parameter, Parameter) and _notifies(parameter.schema_)
        for parameter in operation.parameters or []
    )


def _operation(operation: Operation, definitions: Definitions) -> list[str]:
    out = [f"#### {operation.summary or operation.operation_id}", ""]
    if operation.x_ms_trigger is not None:
        kind = "the service calls the flow" if _is_webhook(operation) else "checked on a schedule"
        out += [f"*Trigger*, {kind}.", ""]
    if operation.description:
        out += [operation.description, ""]
    rows = _parameters(operation, definitions)
    if rows:
        out += ["| Input | Type | Required | Description |", "|---|---|---|---|"]
        out += [f"| {' | '.join(_cell(c) for c in row)} |" for row in rows]
        out.append("")
    return out


def render_readme(
    document: SwaggerDocument,
    *,
    publisher: str | None = None,
    prerequisites: Iterable[str] = (),
    known_limits: Iterable[str] = (),
    getting_started: str | None = None,
    connection_parameters: Mapping[str, ConnectionParameter] | None = None,
) -> str:
    """The connector's `readme.md`, in the sections of Microsoft's certification template.

    Title and description, Publisher, Prerequisites, Supported Operations (by family
    when the operations have tags, else triggers then actions), Obtaining Credentials
    (with the connection settings beside the sign-in), Getting Started, Known Issues
    and Limitations, Deployment Instructions.
    """
    info = document.info
    definitions: Definitions = {
        name: schema
        for name, schema in (document.definitions or {}).items()
        if isinstance(schema, Schema)
    }
    out: list[str] = [f"# {info.title}", "", info.description or "", ""]
    if publisher:
        out += [f"## Publisher: {publisher}", ""]
    out += ["## Prerequisites", ""]
    listed = list(prerequisites) or ["An account with the service."]
    out += [f"- {item}" for item in listed] + [""]
    out += ["## Supported Operations", ""]
    visible = list(_operations(document))
    if any(operation.tags for _key, operation in visible):
        for family, description, operations in _families(document, visible):
            out += [f"### {family}", ""]
            if description:
                out += [description, ""]
            ordered = sorted(operations, key=lambda op: op.x_ms_trigger is None)
            for operation in ordered:
                out += _operation(operation, definitions)
    else:
        actions = [op for _k, op in visible if op.x_ms_trigger is None]
        triggers = [op for _k, op in visible if op.x_ms_trigger is not None]
        for heading, group in (("Triggers", triggers), ("Actions", actions)):
            if group:
                out += [f"### {heading}", ""]
                for operation in group:
                    out += _operation(operation, definitions)
    out += ["## Obtaining Credentials", "", _credentials(document), ""]
    settings = _settings(connection_parameters or {})
    if settings:
        out += ["### Connection Settings", "", *settings, ""]
    if getting_started:
        out += ["## Getting Started", "", getting_started, ""]
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
