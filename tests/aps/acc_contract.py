"""The ACC connector held against Autodesk's contracts, operation by operation.

Two halves, both generic over every operation the connector lists (operations
added later are covered without a change here):

* `static_checks`: each operation's path and method exist in a contract; its
  success status is one the spec declares; every property of its declared
  response exists in the spec's response schema with a compatible type; every
  dropdown's collection, value and title path exists in the response of the
  operation it calls; a trigger's notification properties exist in Autodesk's
  documented callback sample (`aps_samples`).
* `drive`: the harness calls every operation (every input the designer shows
  filled, then the required ones only; triggers registered, their callback
  received and their hook deleted; polling triggers polled) against
  `spec_fake`, which checks every request it receives.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, cast

from connector_dsl.harness import Harness, HarnessError
from connector_dsl.harness.policies import instances_for
from connector_dsl.harness.request import to_schema
from connector_dsl.harness.schemas import walk_properties
from connector_dsl.harness.source import ConnectorSource, OperationInfo
from tests.aps import aps_samples, world
from tests.aps.contracts import Contracts, SpecOperation
from tests.aps.spec_fake import SpecFake

JsonDict = dict[str, Any]
DYNAMIC = ("x-ms-dynamic-values", "x-ms-dynamic-list", "x-ms-dynamic-tree")


@dataclass
class Row:
    """What was checked for one operation of the connector."""

    operation: str
    contract: str = "-"
    requests: int = 0
    invalid: int = 0
    response_paths: int = 0
    dropdown_paths: int = 0
    problems: list[str] = field(default_factory=list)


def template_probe(path: str) -> str:
    """A concrete path for a template: `{x}` -> `x`, to find the contract it falls under."""
    return re.sub(r"\{([^}]+)\}", r"\1", path)


def sent_route(source: ConnectorSource, info: OperationInfo) -> tuple[str, str]:
    """(method, path template) the operation's request goes to, after a
    `routerequesttoendpoint` policy (a polling trigger's alias path) moves it."""
    method, path = info.method, info.path
    for policy in instances_for(source, info.operation_id):
        if policy.template_id == "routerequesttoendpoint":
            parameters = policy.parameters or {}
            path = str(parameters.get("x-ms-apimTemplateParameter.newPath", path)).split("?")[0]
            routed = parameters.get("x-ms-apimTemplateParameter.httpMethod")
            if isinstance(routed, str) and routed and not routed.startswith("@"):
                method = routed.lower()
    return method, path


def connector_operation(source: ConnectorSource, method: str, path: str) -> str | None:
    """The connector operation a received request belongs to (its method and path)."""
    for info in source.operations.values():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(info.path))
        if info.method.upper() == method.upper() and re.fullmatch(pattern, path):
            return info.operation_id
    return None


# --- static checks ------------------------------------------------------------------------------


def _swagger_resolve(source: ConnectorSource, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = source.data["definitions"][str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


def _spec_node(spec: SpecOperation, node: Any) -> JsonDict:
    """A spec schema with `$ref` followed and `allOf`/`oneOf`/`anyOf` folded into one."""
    node = spec.resolve(node)
    if not isinstance(node, dict):
        return {}
    parts = [spec.resolve(p) for k in ("allOf", "oneOf", "anyOf") for p in node.get(k, [])]
    if not parts:
        return cast("JsonDict", node)
    merged: JsonDict = {k: v for k, v in node.items() if k not in ("allOf", "oneOf", "anyOf")}
    for part in (_spec_node(spec, p) for p in parts):
        merged.setdefault("type", part.get("type"))
        merged.setdefault("properties", {}).update(part.get("properties", {}))
        if "items" in part:
            merged.setdefault("items", part["items"])
    return merged


def _kind(node: JsonDict) -> str | None:
    kind = node.get("type")
    if kind is None and "properties" in node:
        return "object"
    return kind if isinstance(kind, str) else None


def _compatible(declared: str | None, spec: str | None) -> bool:
    if declared is None or spec is None or declared == spec:
        return True
    return {declared, spec} <= {"integer", "number"}


def compare_schema(
    source: ConnectorSource, spec: SpecOperation, declared: Any, found: Any, where: str
) -> tuple[int, list[str]]:
    """(properties checked, problems): every declared property must exist in `found`."""
    declared = _swagger_resolve(source, declared)
    node = _spec_node(spec, found)
    if not isinstance(declared, dict):
        return 0, []
    mine, theirs = _kind(declared), _kind(node)
    if not _compatible(mine, theirs):
        return 0, [f"{where or '/'}: declared {mine}, Autodesk's spec says {theirs}"]
    checked, problems = 0, []
    if mine == "array":
        return compare_schema(source, spec, declared.get("items"), node.get("items"), where + "/*")
    props = cast("JsonDict", declared.get("properties") or {})
    known = cast("JsonDict", node.get("properties") or {})
    free_form = not known and (theirs in (None, "object"))
    for name, child in props.items():
        checked += 1
        if name in known:
            more, found_problems = compare_schema(
                source, spec, child, known[name], f"{where}/{name}"
            )
            checked += more
            problems += found_problems
        elif not free_form:
            problems.append(f"{where}/{name}: not in Autodesk's response schema")
    return checked, problems


def compare_sample(
    source: ConnectorSource, declared: Any, sample: Any, where: str
) -> tuple[int, list[str]]:
    """(properties checked, problems): every declared property must be in the documented sample."""
    declared = _swagger_resolve(source, declared)
    if not isinstance(declared, dict):
        return 0, []
    kind = _kind(declared)
    if sample is None:
        ok = declared.get("x-nullable") is True or kind is None
        return 0, [] if ok else [f"{where}: null in Autodesk's sample, but not declared nullable"]
    actual = {
        dict: "object",
        list: "array",
        str: "string",
        bool: "boolean",
        int: "integer",
        float: "number",
    }.get(type(sample))
    if not _compatible(kind, actual):
        return 0, [f"{where}: declared {kind}, Autodesk's sample has {actual}"]
    if kind == "array":
        items = sample[:1] or [None]
        if not sample:
            return 0, []
        return compare_sample(source, declared.get("items"), items[0], where + "/*")
    checked, problems = 0, []
    for name, child in cast("JsonDict", declared.get("properties") or {}).items():
        checked += 1
        if not isinstance(sample, dict) or name not in sample:
            problems.append(f"{where}/{name}: not in Autodesk's documented sample")
            continue
        more, found = compare_sample(source, child, sample[name], f"{where}/{name}")
        checked += more
        problems += found
    return checked, problems


def _spec_path(spec: SpecOperation, schema: Any, path: str | None) -> tuple[JsonDict | None, str]:
    node = _spec_node(spec, schema)
    for token in (path or "").strip("/").split("/") if path else []:
        props = cast("JsonDict", node.get("properties") or {})
        if token not in props:
            return None, f"{token!r} is not in Autodesk's response schema"
        node = _spec_node(spec, props[token])
    return node, ""


def raw_parameters(source: ConnectorSource, info: OperationInfo) -> list[JsonDict]:
    """The operation's parameters as written in the swagger, `$ref`s followed."""
    item = cast("JsonDict", source.data["paths"][info.path])
    found: list[JsonDict] = []
    for node in [*item.get("parameters", []), *item[info.method].get("parameters", [])]:
        while "$ref" in node:
            node = source.data["parameters"][str(node["$ref"]).rsplit("/", 1)[-1]]
        found.append(cast("JsonDict", node))
    return found


def dropdowns(source: ConnectorSource, info: OperationInfo) -> Iterator[tuple[str, str, JsonDict]]:
    """(input, extension, settings) of every dropdown of an operation's inputs."""
    for parameter in raw_parameters(source, info):
        if parameter.get("in") == "body":
            for path, node in walk_properties(source.data, parameter.get("schema", {})):
                for key in DYNAMIC:
                    if key in node:
                        yield path, key, cast("JsonDict", node[key])
            continue
        for key in DYNAMIC:
            if key in parameter:
                yield str(parameter["name"]), key, cast("JsonDict", parameter[key])


def _dropdown_paths(
    key: str, settings: JsonDict
) -> Iterator[tuple[str, str | None, str | None, str | None]]:
    """(operationId, collection, value, title) of a dropdown (both stages of a tree)."""
    if key == "x-ms-dynamic-values":
        yield (
            settings["operationId"],
            settings.get("value-collection"),
            settings.get("value-path"),
            settings.get("value-title"),
        )
    elif key == "x-ms-dynamic-list":
        yield (
            settings["operationId"],
            settings.get("itemsPath"),
            settings.get("itemValuePath"),
            settings.get("itemTitlePath"),
        )
    else:
        for stage in ("open", "browse"):
            part = cast("JsonDict", settings.get(stage) or {})
            if "operationId" in part:
                yield (
                    part["operationId"],
                    part.get("itemsPath"),
                    part.get("itemValuePath"),
                    part.get("itemTitlePath"),
                )


def static_checks(source: ConnectorSource, contracts: Contracts, rows: dict[str, Row]) -> None:
    """Fill each row's contract, response and dropdown path counts and problems."""
    for info in source.operations.values():
        row = rows.setdefault(info.operation_id, Row(info.operation_id))
        method, path = sent_route(source, info)
        contract = contracts.find(method, template_probe(path))
        if contract is None:
            row.problems.append(f"{method.upper()} {path}: in no Autodesk spec or collection")
            continue
        row.contract = contract.name
        for name, key, settings in dropdowns(source, info):
            for target, collection, value, title in _dropdown_paths(key, settings):
                _check_dropdown(source, contracts, row, name, target, collection, value, title)
        if (
            info.operation.x_ms_trigger is not None
            and info.path_item.x_ms_notification_content is not None
        ):
            _check_notification(source, info, row)
            continue
        if not isinstance(contract, SpecOperation):
            continue
        declared = {k: v for k, v in info.operation.responses.items() if k.startswith("2")}
        spec_codes = {
            str(s) for s in contract.operation.get("responses", {}) if str(s).startswith("2")
        }
        for code in declared:
            if code not in spec_codes:
                row.problems.append(f"declares {code}; Autodesk's spec has {sorted(spec_codes)}")
        for code, response in declared.items():
            schema = getattr(response, "schema_", None)
            shape = contract.response_schema(int(code)) if code in spec_codes else None
            if schema is None or shape is None:
                continue
            data = source.data["paths"][info.path][info.method]["responses"][code]["schema"]
            checked, problems = compare_schema(source, contract, data, shape[0], "")
            row.response_paths += checked
            row.problems += [f"response {code}{p}" for p in problems]


def _probe(source: ConnectorSource, info: OperationInfo) -> tuple[str, str]:
    method, path = sent_route(source, info)
    return method, template_probe(path)


def _check_dropdown(
    source: ConnectorSource,
    contracts: Contracts,
    row: Row,
    name: str,
    target: str,
    collection: str | None,
    value: str | None,
    title: str | None,
) -> None:
    info = source.operations.get(target)
    contract = contracts.find(*_probe(source, info)) if info else None
    if not isinstance(contract, SpecOperation):
        return  # a Postman route: the collection holds no response to check paths against
    status, _ = contract.success()
    shape = contract.response_schema(status)
    where = f"dropdown {name} -> {target}"
    if shape is None:
        row.problems.append(f"{where}: Autodesk's spec declares no JSON response")
        return
    items, problem = _spec_path(contract, shape[0], collection)
    row.dropdown_paths += 1
    if items is None or (_kind(items) != "array"):
        row.problems.append(f"{where}: collection {collection!r}: {problem or 'not an array'}")
        return
    for label, path in (("value", value), ("title", title)):
        if path is None:
            continue
        row.dropdown_paths += 1
        node, problem = _spec_path(contract, items.get("items"), path)
        if node is None:
            row.problems.append(f"{where}: {label} {path!r}: {problem}")
        elif _kind(node) in ("object", "array"):
            row.problems.append(f"{where}: {label} {path!r} is an {_kind(node)}, not a value")


def documented_notification(info: OperationInfo) -> JsonDict:
    """Autodesk's documented callback for the trigger's system and event (`aps_samples`)."""
    match = re.search(r"/systems/([^/]+)/events/([^/]+)/hooks", info.path)
    system, event = match.groups() if match else ("data", "dm.version.added")
    hook_id = "0f60f6a0-6b1e-4b8e-9bb0-3b0f5a2c2a10"
    if system == "data":
        scope = {"folder": world.FOLDER}
        payload = aps_samples.data_event(
            world.FOLDER, world.PROJECT_GUID, world.VERSION, world.ITEM
        )
        resource = world.VERSION
    elif system == "derivative":
        scope = {"workflow": "my-workflow"}
        payload = aps_samples.extraction_event(world.DERIVATIVE)
        resource = world.DERIVATIVE
    else:
        scope = {"project": world.PROJECT_GUID}
        payload = aps_samples.issue_event(
            world.PROJECT_GUID, world.ISSUE, world.SUBTYPE, world.ISSUE_TYPE
        )
        resource = f"urn:adsk.issues:issues.issue:{world.ISSUE}"
    body = {"callbackUrl": "https://example.invalid/callback", "scope": scope}
    return {
        "version": "1.0",
        "resourceUrn": resource,
        "hook": aps_samples.hook_envelope(system, event, hook_id, body),
        "payload": payload,
    }


def _check_notification(source: ConnectorSource, info: OperationInfo, row: Row) -> None:
    data = source.data["paths"][info.path]["x-ms-notification-content"]["schema"]
    checked, problems = compare_sample(source, data, documented_notification(info), "")
    row.response_paths += checked
    row.problems += [f"notification {p}" for p in problems]


# --- driving every operation --------------------------------------------------------------------

_SAMPLE_STRINGS = {"date": "2024-05-01", "date-time": "2024-05-01T12:00:00Z"}


def sample_value(node: JsonDict, name: str) -> Any:
    """A plain value for an input without a dropdown."""
    if node.get("enum"):
        return node["enum"][0]
    if "default" in node:
        return node["default"]
    kind = node.get("type")
    if kind == "integer":
        return 20
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [sample_value(cast("JsonDict", node.get("items") or {}), name)]
    if kind == "object":
        return {}
    if name.lower().endswith(("hook_id", "hookid")):
        return str(uuid.uuid4())
    if name.lower() in ("limit", "offset"):
        return "20"
    return _SAMPLE_STRINGS.get(str(node.get("format")), f"{name} text")


@dataclass
class Input:
    name: str
    required: bool
    internal: bool
    dynamic: bool
    node: JsonDict
    whole_object: bool = False


def inputs_of(source: ConnectorSource, info: OperationInfo) -> list[Input]:
    """The inputs the designer shows (body properties by path), in the operation's order."""
    found: list[Input] = []
    for parameter in info.parameters:
        data = parameter.extensions()
        internal = data.get("x-ms-visibility") == "internal"
        if parameter.in_ != "body":
            node = {k: getattr(parameter, k, None) for k in ("type", "format", "enum", "default")}
            node = {k: v for k, v in node.items() if v is not None}
            dynamic = any(k in data for k in DYNAMIC)
            found.append(Input(parameter.name, bool(parameter.required), internal, dynamic, node))
            continue
        root = _swagger_resolve(source, to_schema(parameter))
        found += _body_inputs(source, root, "", True)
    return found


def _body_inputs(
    source: ConnectorSource, schema: JsonDict, prefix: str, required: bool
) -> list[Input]:
    found: list[Input] = []
    needed = set(schema.get("required", []))
    for name, child in cast("JsonDict", schema.get("properties") or {}).items():
        node = _swagger_resolve(source, child)
        path = prefix + name
        must = required and name in needed
        internal = (
            node.get("x-ms-visibility") == "internal" or node.get("x-ms-notification-url") is True
        )
        if node.get("type") == "object" and node.get("properties"):
            found += _body_inputs(source, node, path + "/", must)
            continue
        items = _swagger_resolve(source, node.get("items")) if node.get("type") == "array" else None
        whole = isinstance(items, dict) and bool(items.get("properties"))
        if whole:
            node = {**node, "items": items}
        dynamic = any(k in node for k in DYNAMIC)
        found.append(Input(path, must, internal, dynamic, node, whole))
    return found


def _object_value(source: ConnectorSource, node: JsonDict) -> JsonDict:
    items = cast("JsonDict", node.get("items") or {})
    return {
        name: sample_value(_swagger_resolve(source, child), name)
        for name, child in cast("JsonDict", items.get("properties") or {}).items()
    }


def choose(harness: Harness, info: OperationInfo) -> tuple[JsonDict, JsonDict]:
    """(every shown input, required inputs only): dropdowns filled with their first entry."""
    source = harness.source
    wanted = [i for i in inputs_of(source, info) if not i.internal]
    chosen: JsonDict = {}
    pending = [i for i in wanted if i.dynamic]
    for item in wanted:
        if not item.dynamic:
            chosen[item.name] = (
                [_object_value(source, item.node)]
                if item.whole_object
                else sample_value(item.node, item.name)
            )
    for _ in range(len(pending) + 1):
        waiting = []
        for item in pending:
            try:
                pairs = harness.values(info.operation_id, item.name, **chosen)
            except HarnessError:
                waiting.append(item)
                continue
            chosen[item.name] = pairs[0][0] if pairs else sample_value(item.node, item.name)
        if len(waiting) == len(pending):
            break
        pending = waiting
    for item in pending:
        chosen[item.name] = sample_value(item.node, item.name)
    required = {i.name: chosen[i.name] for i in wanted if i.required and i.name in chosen}
    return chosen, required


def drive(harness: Harness, fake: SpecFake, owners: dict[int, str]) -> list[str]:
    """Call every operation as a flow would; the findings of calls that did not succeed.

    `owners` gets, by index into `fake.received`, the operation that sent each request
    the operation's own calls sent (a polling trigger routed to a list's path included).
    """
    source = harness.source
    failures: list[str] = []
    deletes = set(source.unsubscribe.values())
    for info in source.operations.values():
        if info.operation_id in deletes:
            continue  # called when its trigger's hook is deleted
        full, required = choose(harness, info)
        variants = [full] if full == required else [full, required]
        method, path = sent_route(source, info)
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path))
        for inputs in variants:
            start = len(fake.received)
            failures += _run(harness, info, inputs)
            for index in range(start, len(fake.received)):
                seen = fake.received[index].seen
                if seen.method.lower() == method and re.fullmatch(pattern, seen.path):
                    owners[index] = info.operation_id
    return failures


def _run(harness: Harness, info: OperationInfo, inputs: JsonDict) -> list[str]:
    name = info.operation_id
    if info.operation.x_ms_trigger is not None and harness.is_webhook(name):
        with harness.webhook(
            name, wait=5, **{k.replace("/", "__"): v for k, v in inputs.items()}
        ) as hook:
            note = hook.wait()
        failures = [
            f"{name} notification: {f.code}: {f.message}"
            for f in note.findings
            if f.severity == "error"
        ]
        gone = hook.unsubscribed
        if gone is None or not gone.ok:
            failures.append(f"{name}: its hook was not deleted ({gone and gone.status})")
        return failures
    if info.operation.x_ms_trigger is not None:
        polled = harness.poll(name, **inputs)
        return [
            f"{name} poll: {f.code}: {f.message}" for f in polled.findings if f.severity == "error"
        ]
    result = harness.call_with(name, inputs)
    if result.ok:
        return []
    found = [f"{f.code}: {f.message}" for f in result.findings if f.severity == "error"]
    return [f"{name} answered {result.status}: {found}"]


def tally(
    source: ConnectorSource, fake: SpecFake, rows: dict[str, Row], owners: dict[int, str]
) -> None:
    """Count the requests the fake checked per connector operation, and the invalid ones.

    A request is the operation's that `drive` saw send it, else the one whose path it has
    (a dropdown's call, a hook's deletion).
    """
    for index, received in enumerate(fake.received):
        operation = owners.get(index) or connector_operation(
            source, received.seen.method, received.seen.path
        )
        row = rows.setdefault(operation or "(no operation)", Row(operation or "(no operation)"))
        row.requests += 1
        if received.problems or received.response_problems:
            row.invalid += 1
            row.problems += [
                f"request {received.seen.method} {received.seen.path}: {p}"
                for p in received.problems
            ]
            row.problems += [f"fake's answer: {p}" for p in received.response_problems]


def table(rows: dict[str, Row]) -> str:
    """The table for the report: operation, contract, requests checked, paths checked."""
    head = (
        "operation",
        "Autodesk contract",
        "requests checked",
        "invalid",
        "response paths",
        "dropdown paths",
    )
    lines = [head] + [
        (
            r.operation,
            r.contract,
            str(r.requests),
            str(r.invalid),
            str(r.response_paths),
            str(r.dropdown_paths),
        )
        for r in sorted(rows.values(), key=lambda r: r.operation)
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    out = [
        "| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |"
        for line in lines
    ]
    out.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def region_headers(fake: SpecFake, region: str) -> list[str]:
    """Requests to a contract that declares a region header but did not carry `region` in it."""
    missing = []
    for received in fake.received:
        contract = fake.contracts.find(received.seen.method, received.seen.path)
        if not isinstance(contract, SpecOperation):
            continue
        wanted = [
            str(p["name"])
            for p in contract.parameters
            if p.get("in") == "header" and str(p["name"]).lower() in ("x-ads-region", "region")
        ]
        if wanted and not any(received.seen.header(h) == region for h in wanted):
            missing.append(f"{received.seen.method} {received.seen.path}: wants {wanted}")
    return missing
