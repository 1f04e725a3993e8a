"""Assembling the generated module: imports, models, operation classes, the connector."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Any

from connector_dsl.authoring.connector import host_problem
from connector_dsl.codegen.aliases import alias_lines, shared_annotations
from connector_dsl.codegen.calls import Call, node, source_with_names
from connector_dsl.codegen.head import head_raw
from connector_dsl.codegen.literals import literal
from connector_dsl.codegen.model_check import check_models
from connector_dsl.codegen.models import Models, render_bases, render_model
from connector_dsl.codegen.names import RESERVED, Namer, class_name
from connector_dsl.codegen.operations import (
    METHODS,
    DesignerTargets,
    OperationCode,
    OperationWriter,
)
from connector_dsl.codegen.path_items import path_raw, whole_paths_raw
from connector_dsl.codegen.plan import DROP, Plan
from connector_dsl.codegen.properties import (
    PROPERTY_IMPORTS,
    PropertiesCode,
    properties_code,
    property_classes,
)
from connector_dsl.codegen.responses import share, share_headers
from connector_dsl.codegen.used_names import code_names

_SOURCES = (
    ("enum", ("IntEnum", "StrEnum", "nonmember")),
    ("typing", ("Annotated", "Any", "ClassVar", "Literal")),
    ("pydantic", ("BaseModel", "ConfigDict", "Field", "RootModel")),
    (
        "connector_dsl.authoring",
        (
            "Action",
            "ApiKey",
            "Basic",
            "Body",
            "Connector",
            "ConnectorInfo",
            "DynamicSchema",
            "DynamicValues",
            "FormData",
            "Header",
            "NotificationUrl",
            "OAuth2",
            "ParamRef",
            "Path",
            "PollingTrigger",
            "Query",
            "Reply",
            "Route",
            "TagInfo",
            "Ui",
            "WebhookTrigger",
            "extension",
        ),
    ),
    ("connector_dsl.authoring.raw", ("Exact", "Raw", "RawDocument", "RawProperties")),
)


IMPORTS = tuple(sorted(name for _, names in _SOURCES for name in names))
"""Every name the generated code may import; none can be a generated class name."""


_STDLIB = frozenset({"enum", "typing"})


def _header(title: str, used: set[str], properties: set[str]) -> str:
    """The module docstring and only the imports of the names the body uses (`used`)."""
    lines = [
        f'"""{title}: imported by connector-dsl."""',
        "",
        "from __future__ import annotations",
        "",
    ]
    # isort's order where connector_dsl is installed: the standard library, then the
    # third-party packages (connector_dsl and pydantic) as one group sorted by module
    groups = sorted(
        [*_SOURCES, ("connector_dsl.properties", tuple(sorted(properties)))],
        key=lambda group: (group[0] not in _STDLIB, group[0]),
    )
    section = ""
    for module, names in groups:
        wanted = [name for name in names if name in used]
        if not wanted:
            continue
        package = "stdlib" if module in _STDLIB else "third-party"
        if section and package != section:
            lines.append("")
        section = package
        lines.append(f"from {module} import " + ", ".join(wanted))
    return "\n".join(lines) + "\n"


def operation_codes(data: dict[str, Any], namer: Namer) -> list[OperationCode]:
    """The operations that become classes, named, in document order."""
    codes: list[OperationCode] = []
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return codes
    for path, item in paths.items():
        if not isinstance(item, dict) or not path.startswith("/"):
            continue
        for method, operation in item.items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            if not isinstance(operation.get("responses"), dict):
                continue
            operation_id = operation.get("operationId")
            base = operation_id if isinstance(operation_id, str) else f"{method} {path}"
            name = namer.unique(class_name(base, "Operation"))
            codes.append(OperationCode((path, method), operation, item, name))
    return codes


def _ordered(codes: list[OperationCode]) -> list[OperationCode]:
    by_name = {code.name: code for code in codes}
    done: list[OperationCode] = []
    state: dict[str, int] = {}

    def visit(code: OperationCode) -> None:
        if state.get(code.name):
            return
        state[code.name] = 1
        for dep in sorted(code.depends):
            if dep in by_name and state.get(dep) != 1:
                visit(by_name[dep])
        state[code.name] = 2
        done.append(code)

    for code in codes:
        visit(code)
    return done


def render(
    data: dict[str, Any], plan: Plan, connector_name: str
) -> tuple[str, list[OperationCode]]:
    """The module source for `data` under `plan`, and the operations made classes."""
    namer = Namer(RESERVED | set(IMPORTS) | set(PROPERTY_IMPORTS))
    connector = namer.unique(class_name(connector_name, "ImportedConnector"))
    codes = operation_codes(data, namer) if plan.operations else []
    definitions = data.get("definitions")
    models = Models(namer, definitions if isinstance(definitions, dict) else {}, typed=plan.typed)
    classes: dict[str, str] = {}
    used_ids: set[str] = {code.name for code in codes}
    for code in codes:
        operation_id = code.data.get("operationId")
        if isinstance(operation_id, str):
            classes.setdefault(operation_id, code.name)
            if operation_id != code.name:
                unique = operation_id
                number = 2
                while unique in used_ids:
                    unique = f"{operation_id}_{number}"
                    number += 1
                used_ids.add(unique)
                classes[f"id:{code.key}"] = unique
    shared = data.get("parameters")
    by_operation_id: dict[str, OperationCode] = {}
    for code in codes:
        operation_id = code.data.get("operationId")
        if isinstance(operation_id, str):
            by_operation_id.setdefault(operation_id, code)
    called = DesignerTargets(data)
    writers = [
        OperationWriter(
            code,
            classes=classes,
            models=models,
            plan=plan,
            shared_parameters=shared if isinstance(shared, dict) else {},
            document_consumes=data.get("consumes"),
            operations=by_operation_id,
            definitions=definitions if isinstance(definitions, dict) else {},
            called=called,
        )
        for code in codes
    ]
    for writer in writers:  # the types, in the order their classes are named
        writer.plan_responses()
    for writer in writers:
        writer.plan_fields()
    # the models and the operations' types checked at once, then per key what differs
    checks = [check for writer in writers for check in writer.checks]
    schemas = iter(check_models(models, [check.node for check in checks]))
    for writer in writers:
        writer.decide([next(schemas) for _check in writer.checks])
        writer.finish_responses()
    plan.definition_raw = dict(models.raw)
    headers = share_headers(
        [writer.success for writer in writers], [code.replies for code in codes], namer
    )
    replies = share([code.replies for code in codes], namer)
    for writer in writers:
        writer.annotate()
    aliases = shared_annotations(codes, namer)
    for writer in writers:
        writer.shared_replies = replies
        writer.code.source = writer.render(aliases)
    info = data.get("info")
    title = info.get("title") if isinstance(info, dict) else None
    security_call = _security(data.get("securityDefinitions")) if plan.operations else None
    declared: PropertiesCode | None = None
    if plan.properties is not None:
        by_id: dict[str, str] = {}
        for code in codes:
            operation_id = code.data.get("operationId")
            if isinstance(operation_id, str):
                by_id.setdefault(operation_id, code.name)
        declared = properties_code(
            plan.properties, data, by_id, security_call, with_security=plan.operations
        )
        security_call = declared.security
    rendered = models.ordered()
    # the names the body uses: recorded as the models and routes are written, the rest read
    used: set[str] = set()
    parts = render_bases(models, rendered)
    unread = [*parts, *headers]
    parts.extend(render_model(model, used) for model in rendered)
    parts.extend(headers)
    mappings = [mapping.source() for mapping in replies]
    parts.extend(mappings)
    unread.extend(mappings)
    if aliases:
        parts.append("\n".join(alias_lines(aliases)))
        unread.append(parts[-1])
    for writer in writers:
        used |= writer.used
        unread.extend(writer.unread)
    parts.extend(code.source for code in _ordered(codes))
    declared_models = list(models.by_definition.values()) if plan.operations and plan.models else []
    info_call = _info(data, info if isinstance(info, dict) else {})
    tags = _tags(data.get("tags"))
    head = head_raw(data, info_call, security_call, tags, property_classes())
    if "definitions" in data and not (isinstance(definitions, dict) and definitions):
        head["definitions"] = definitions  # no models: an empty or odd value as it is
    paths = data.get("paths")
    if whole_paths_raw(paths):
        head["paths"] = paths if "paths" in data else DROP
    order = {key: index for index, key in enumerate(data)}
    head = dict(sorted(head.items(), key=lambda item: order.get(item[0], len(order))))
    plan.document_raw = head
    items = path_raw(paths, codes) if isinstance(paths, dict) and not whole_paths_raw(paths) else {}
    declaration = Declaration(info_call, security_call, tags, head, items)
    connector_source, connector_unread = _connector(
        connector, codes, plan, declaration, declared, declared_models, used
    )
    parts.append(connector_source)
    unread.extend(connector_unread)
    used |= code_names("\n".join(unread))
    body = "\n\n\n".join(parts)
    properties = set(declared.imports) if declared is not None else set()
    header = _header(_safe_title(title), used, properties)
    return header + "\n\n" + body + "\n", codes


def _safe_title(title: Any) -> str:
    text = title if isinstance(title, str) else "Connector"
    text = "".join(ch for ch in text if ch.isprintable() and ch not in '"\\')
    return text.strip()[:80] or "Connector"


@dataclass(frozen=True, slots=True)
class Declaration:
    """What the connector class says about the document's top level."""

    info: Call
    security: Call | None
    tags: tuple[Call, ...]
    raw: dict[str, Any]
    """Top-level keys these do not give back, written raw (see `head_raw`)."""
    paths: dict[str, dict[str, Any]]
    """Path item keys written raw, by path (see `path_raw`)."""


def _connector(
    name: str,
    codes: list[OperationCode],
    plan: Plan,
    declaration: Declaration,
    declared: PropertiesCode | None,
    models: list[str],
    used: set[str],
) -> tuple[str, list[str]]:
    """The connector class, and its lines whose names are read (`used_names`).

    The names of the other lines are added to `used` as they are written, but
    keywords and builtins.
    """
    lines = [f"class {name}(Connector):"]
    used.update((name, "Connector", "info"))
    lines.append(f"    info = {source_with_names(declaration.info, used)}")
    if declaration.security is not None:
        used.add("security")
        lines.append(f"    security = {source_with_names(declaration.security, used)}")
    if codes:
        names = [code.name for code in codes]
        used.add("operations")
        used.update(names)
        lines.append(f"    operations = ({', '.join(names)},)")
    unread: list[str] = []
    if declaration.tags:
        lines.append(f"    tags = {ast.unparse(node(declaration.tags))}")
        unread.append(lines[-1])
    if models:
        used.add("models")
        used.update(models)
        lines.append(f"    models = ({', '.join(models)},)")
    raw = _document_raw(plan, declaration, used)
    if raw:
        used.add("raw")
        lines.append(f"    raw = {raw}")
    if declared is not None:
        lines.extend(declared.lines)
        unread.extend(declared.lines)
    return "\n".join(lines), unread


def _plain_tag(tag: Any) -> bool:
    return (
        isinstance(tag, dict)
        and isinstance(tag.get("name"), str)
        and set(tag) <= {"name", "description"}
        and isinstance(tag.get("description", ""), str)
        and tag.get("description", "x") != ""
    )


def _strings(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def _tags(tags: Any) -> tuple[Call, ...]:
    """`TagInfo(...)` for each tag, when every tag is one `TagInfo` writes back."""
    if not (isinstance(tags, list) and tags and all(_plain_tag(t) for t in tags)):
        return ()
    return tuple(
        Call.of("TagInfo", {}, *(t[key] for key in ("name", "description") if key in t))
        for t in tags
    )


def _info(data: dict[str, Any], info: dict[str, Any]) -> Call:
    args: dict[str, Any] = {}
    title = info.get("title")
    args["title"] = title if isinstance(title, str) else ""
    version = info.get("version")
    if isinstance(version, str) and version != "1.0":
        args["version"] = version
    description = info.get("description")
    if isinstance(description, str) and description:
        args["description"] = description
    host = data.get("host")  # one ConnectorInfo rejects is kept by RawDocument(keys=...)
    args["host"] = host if isinstance(host, str) and host_problem(host) is None else ""
    base_path = data.get("basePath")
    if isinstance(base_path, str) and base_path.startswith("/") and base_path != "/":
        args["base_path"] = base_path
    for key in ("schemes", "consumes", "produces"):
        values = _strings(data.get(key))
        default = ("https",) if key == "schemes" else ("application/json",)
        if values is not None and values != default:
            args[key] = values
    annotation = info.get("x-ms-api-annotation")
    if (
        isinstance(annotation, dict)
        and set(annotation) == {"status"}
        and annotation["status"] in ("Production", "Preview")
    ):
        args["status"] = annotation["status"]
    contact = info.get("contact")
    if isinstance(contact, dict):
        for key in ("name", "url", "email"):
            if isinstance(contact.get(key), str) and contact[key]:
                args[f"contact_{key}"] = contact[key]
    metadata = data.get("x-ms-connector-metadata")
    if isinstance(metadata, list):
        for item in metadata:
            if not isinstance(item, dict) or not isinstance(item.get("propertyValue"), str):
                continue
            value = item["propertyValue"]
            if item.get("propertyName") == "Website" and value:
                args["website"] = value
            elif item.get("propertyName") == "Privacy policy" and value:
                args["privacy_policy"] = value
            elif item.get("propertyName") == "Categories" and value:
                args["categories"] = tuple(value.split(";"))
    return Call.of("ConnectorInfo", args)


def _security(definitions: Any) -> Call | None:
    """The declaration of a document's one security scheme; None when it takes none.

    Each class is given only arguments it has: a `basic` scheme's description has
    no typed place, so the comparison writes `securityDefinitions` raw.
    """
    if not isinstance(definitions, dict) or len(definitions) != 1:
        return None
    ((name, scheme),) = definitions.items()
    if not isinstance(scheme, dict):
        return None
    args: dict[str, Any] = {"name": name}
    description = scheme.get("description")
    kind = scheme.get("type")
    if kind == "basic":
        return Call.of("Basic", args)
    if isinstance(description, str) and description:
        args["description"] = description
    if kind == "apiKey" and isinstance(scheme.get("name"), str):
        args["parameter"] = scheme["name"]
        if scheme.get("in") in ("header", "query"):
            args["location"] = scheme["in"]
        return Call.of("ApiKey", args)
    if kind == "oauth2":
        flow = scheme.get("flow")
        if flow in ("accessCode", "implicit", "password", "application"):
            args["flow"] = flow
        for key, arg in (("authorizationUrl", "authorization_url"), ("tokenUrl", "token_url")):
            if not isinstance(scheme.get(key), str):
                return None  # OAuth2 needs both URLs
            args[arg] = scheme[key]
        scopes = scheme.get("scopes")
        if isinstance(scopes, dict) and all(isinstance(v, str) for v in scopes.values()):
            args["scopes"] = scopes
        return Call.of("OAuth2", args)
    return None


def _raw(keys: dict[str, Any], used: set[str]) -> list[str]:
    """`keys=...`, `drop=...` of `Raw` and `RawDocument`; their names added to `used`
    (a literal's are builtins)."""
    kept = {k: v for k, v in keys.items() if v is not DROP}
    dropped = tuple(k for k, v in keys.items() if v is DROP)
    parts = []
    if kept:
        parts.append(f"keys={literal(kept)}")
        used.add("keys")
    if dropped:
        parts.append(f"drop={literal(dropped)}")
        used.add("drop")
    return parts


def _document_raw(plan: Plan, declaration: Declaration, used: set[str]) -> str:
    """`RawDocument(...)` of the top-level keys, path items and definitions written raw,
    or ''; its names added to `used`."""
    parts = _raw(declaration.raw, used)
    items = declaration.paths
    for path, keys in plan.path_raw.items():  # the notification content of webhook paths
        items.setdefault(path, {}).update(keys)
    if items:
        paths = ", ".join(
            f"{literal(path)}: Raw({', '.join(_raw(keys, used))})" for path, keys in items.items()
        )
        parts.append("paths={" + paths + "}")
        used.update(("paths", "Raw"))
    if plan.definition_raw:
        parts.append(f"definitions=Raw({', '.join(_raw(plan.definition_raw, used))})")
        used.update(("definitions", "Raw"))
    if not parts:
        return ""
    used.add("RawDocument")
    return f"RawDocument({', '.join(parts)})"
