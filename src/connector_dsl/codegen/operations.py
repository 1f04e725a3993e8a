"""One operation object to one operation class."""

from __future__ import annotations

import re
from collections.abc import Container, Mapping
from dataclasses import dataclass, field
from typing import Any

from connector_dsl.authoring import Extension, Route
from connector_dsl.codegen.calls import Call, Expr, Ref, source_with_names
from connector_dsl.codegen.literals import docstring, literal
from connector_dsl.codegen.models import Models, constraint_kwargs
from connector_dsl.codegen.names import (
    FIELD_RESERVED,
    MODEL_ATTRIBUTES,
    Namer,
    class_name,
    field_name,
)
from connector_dsl.codegen.node_data import node_data
from connector_dsl.codegen.parameters import (
    MADE_HERE,
    MARKERS,
    InputField,
    InputType,
    default_fits,
    field_key,
    input_type,
    keep_field,
    known_field,
    stand_in,
)
from connector_dsl.codegen.plan import DROP, OperationKey, Plan
from connector_dsl.codegen.responses import (
    Shared,
    body_node,
    headers_expr,
    raw_call,
    spread,
    written,
)
from connector_dsl.codegen.type_tree import ANY, DictOf, Named, TypeNode
from connector_dsl.codegen.used_names import text_names
from connector_dsl.compile.dynamic_checks import item_schema, resolve_schema, schema_has_path
from connector_dsl.compile.emit import operation_head
from connector_dsl.document.base import swagger_alias
from connector_dsl.document.operation import Operation
from connector_dsl.document.schema import Schema
from connector_dsl.dump import to_data

METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
NOTIFICATION = "x-ms-notification-content"
_VISIBILITIES = ("important", "advanced", "internal")
_TYPED_KEYS = frozenset(swagger_alias(name) for name in Operation.model_fields)
_TEMPLATE_CHARS = frozenset("{}/")
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")
_MISSING: Any = object()
_STATUS_KEYS = frozenset({"default", *(str(code) for code in range(100, 600))})
"""The usual keys `is_status` takes (others, `0200`, are asked of it)."""
_KINDS = {"WebhookTrigger": "webhook", "PollingTrigger": "polling"}
"""`operation_head`'s kind of each trigger class (`action` for the others)."""
_RESPONSE_ARGS = frozenset(
    {"responses", "response_headers", "response_schema", "response_raw", "dynamic_response"}
)


class _CheckedRoute(Route):
    """A `Route` of the arguments `_route` writes, made without checking them again.

    `_route` writes each of them valid: an upper-case method, a path that starts
    with `/` (`module.operation_codes`), a non-empty summary, a visibility of
    `_VISIBILITIES`, a success status of `success_status`, texts and booleans
    where the route takes them, and no `responses`.
    """

    __slots__ = ()

    def __post_init__(self) -> None:
        """Nothing to check (see the class)."""


@dataclass
class OperationCode:
    """An operation read for generation: its class name and what it depends on."""

    key: OperationKey
    data: dict[str, Any]
    path_item: dict[str, Any]
    name: str
    depends: set[str] = field(default_factory=set)
    source: str = ""
    kinds: list[str] = field(default_factory=list)
    """Per input parameter: `typed`, `body` (typed, written where it is listed) or `exact`."""
    synthetic: bool = False
    """Whether some field makes a parameter the input does not have."""
    form: bool = False
    """Whether some field is `FormData()` (the compiler then writes `consumes`)."""
    webhook: bool = False
    """Whether the class is a `WebhookTrigger` (it writes `x-ms-notification-content`)."""
    replies: dict[str, Call] = field(default_factory=dict)
    """`Route.responses`: the other responses, by status (`Reply(...)`, `Exact(...)`)."""
    fields: list[tuple[str, str]] = field(default_factory=list)
    """The input fields as (Python name, annotation), for the module's shared aliases."""


@dataclass
class PlannedResponse:
    """One response of an operation, with the type planned for its body."""

    value: Any
    node: TypeNode | None = None
    """The body's type; None when it has no schema or no type says it."""
    dynamic: str = ""
    """`DynamicSchema(...)` source of a success response's dynamic schema."""


@dataclass(frozen=True, slots=True)
class SchemaCheck:
    """A type an operation writes where the input has `want`.

    `place` is `body`, a response's status, or `NOTIFICATION` (a webhook's payload,
    `want` the whole notification content). The module checks every operation's
    types in one live run with its models (`model_check.check_models`), then
    `OperationWriter.decide` writes raw the one key a type does not give back.
    """

    node: TypeNode
    want: Any
    place: str


def same_schema(want: Any, have: Any) -> bool:
    """Whether a schema the compiler is given as `have` is written as the input's `want`.

    `want` is data of a document (`dump.to_data`), so where it equals `have` the schema
    node made of `have` writes it back the same: making a node and writing it changes
    only arrays given as tuples (and nodes), and no written document holds one where
    writing would change it. Else `have` is compared as its node would write it.
    """
    return isinstance(have, dict) and (have == want or node_data(Schema, have) == want)


def success_status(responses: Any) -> int:
    """The first 2xx status among the responses, else the first status code, else 200."""
    codes = (
        [int(k) for k in responses if k.isdigit() and 100 <= int(k) <= 599]
        if isinstance(responses, dict)
        else []
    )
    return next((c for c in codes if 200 <= c < 300), codes[0] if codes else 200)


def is_status(code: Any) -> bool:
    """Whether `code` is a key `Route.responses` takes: `default` or an HTTP status."""
    return isinstance(code, str) and (
        code == "default" or (code.isdigit() and 100 <= int(code) <= 599)
    )


def _resolve(param: Any, shared: dict[str, Any]) -> dict[str, Any] | None:
    if not isinstance(param, dict):
        return None
    ref = param.get("$ref")
    if isinstance(ref, str):
        target = shared.get(ref.removeprefix("#/parameters/"))
        return target if ref.startswith("#/parameters/") and isinstance(target, dict) else None
    return param


class OperationWriter:
    """Writes the class of one operation, given the module's names, models and plan."""

    def __init__(
        self,
        code: OperationCode,
        *,
        classes: dict[str, str],
        models: Models,
        plan: Plan,
        shared_parameters: dict[str, Any],
        document_consumes: Any,
        operations: dict[str, OperationCode] | None = None,
        definitions: dict[str, Any] | None = None,
        called: Container[str] = frozenset(),
    ) -> None:
        self.code = code
        self.called = called
        """operationIds the designer may call itself (`designer_targets`, `DesignerTargets`)."""
        self.operations = operations or {}
        """Operations made classes, by operationId (the targets of dropdowns)."""
        self.definitions = definitions or {}
        self.classes = classes
        self.models = models
        self.plan = plan
        self.shared = shared_parameters
        self.document_consumes = document_consumes
        self.payload = "None"
        """The success response's type (the class's type argument unless a webhook's)."""
        self.success: dict[str, Any] = {}
        """`Route` arguments of the success response."""
        self.shared_replies: list[Shared] = []
        """Module-level mappings of replies the `Route` may spread."""
        self.responses: dict[str, PlannedResponse] = {}
        """The responses by status, as `plan_responses` planned them."""
        self.checks: list[SchemaCheck] = []
        """The types whose schemas the module checks (see `SchemaCheck`)."""
        self.kind: tuple[str, str | None, list[str]] = ("Action", None, [])
        """The class's base, its type argument and its extra lines (`plan_fields`)."""
        self.inputs: list[str | InputField] = []
        """Each field: its line, or the field (its line written after `decide`)."""
        self.body: TypeNode | None = None
        """The type of the body last typed (`_body_type`)."""
        self.typed_body: InputField | None = None
        """The body field written typed (not `Exact`), when there is one."""
        self._status: int | None = None
        self._is_webhook: bool | None = None

    def plan_fields(self) -> None:
        """The class's base and fields, and the checks of its payload's and body's schemas.

        Run for every operation after `plan_responses`, in the order classes are named.
        """
        self.kind = self._kind()
        self.code.webhook = self.kind[0] == "WebhookTrigger"
        self.inputs = self._fields(notification=self.code.webhook)

    annotated: list[str | tuple[InputField, str]] | None = None
    """Each field's line, or the field and its annotation (`annotate`)."""

    def annotate(self) -> None:
        """Write the fields' annotations (`code.fields`), for the module's shared aliases.

        Run for every operation before any is rendered (after `decide`).
        """
        schema = self.plan.body_schema.get(self.code.key, _MISSING)
        self.code.fields = []
        self.annotated = []
        for item in self.inputs:
            if isinstance(item, str):
                self.annotated.append(item)
                continue
            if item is self.typed_body and schema is not _MISSING:
                item.set_raw("schema", schema)
            annotation = item.annotation()
            self.code.fields.append((item.python, annotation))
            self.annotated.append((item, annotation))

    used: set[str]
    """The names `render()` wrote, but keywords, builtins and those of `unread`."""
    unread: list[str]
    """The lines `render()` wrote whose names are read from them: extra lines and fields."""

    def render(self, aliases: Mapping[str, str] | None = None) -> str:
        """The class source (after `annotate` and `finish_responses`); sets `used`, `unread`.

        A field whose annotation has an alias (`aliases.shared_annotations`) names it.
        The names of the class line and the route are recorded as they are written
        (a docstring has none), those of the other lines read (`used_names`).
        """
        data = self.code.data
        base, payload, extra_lines = self.kind
        response = self.payload
        fields = self._field_lines(aliases or {})
        argument = payload or response
        lines = [f"class {self.code.name}({base}[{argument}]):"]
        used = {self.code.name, base, "route"}
        used |= text_names(argument)
        description = data.get("description")
        route_description = None
        if isinstance(description, str):
            doc = docstring(description)
            if doc is not None:
                lines.append(f"    {doc}")
                lines.append("")
            else:
                route_description = description
        lines.append(f"    route = {source_with_names(self._route(route_description, base), used)}")
        self.used = used
        self.unread = [*extra_lines, *fields]
        lines.extend(f"    {line}" for line in self.unread)
        return "\n".join(lines)

    def _status_code(self) -> int:
        """The success status (`success_status` of the operation's responses), asked once."""
        if self._status is None:
            self._status = success_status(self.code.data.get("responses"))
        return self._status

    def _webhook(self) -> bool:
        """Whether the operation is written as a `WebhookTrigger` (asked once)."""
        if self._is_webhook is None:
            self._is_webhook = self._webhook_class()
        return self._is_webhook

    def _webhook_class(self) -> bool:
        trigger = self.code.data.get("x-ms-trigger")
        content = self.code.path_item.get("x-ms-notification-content")
        if not (self.plan.triggers and trigger == "single" and isinstance(content, dict)):
            return False
        params = self.code.data.get("parameters")
        return isinstance(params, list) and any(
            isinstance(p, dict) and p.get("in") == "body" for p in params
        )

    def _kind(self) -> tuple[str, str | None, list[str]]:
        trigger = self.code.data.get("x-ms-trigger")
        if not self.plan.triggers or trigger not in ("single", "batch"):
            return "Action", None, []
        content = self.code.path_item.get("x-ms-notification-content")
        if self._webhook() and isinstance(content, dict):
            lines: list[str] = []
            dynamic = self._dynamic_schema(content.get("schema"))
            if dynamic:
                payload = "dict[str, Any]"
                lines.append(f"dynamic_payload = {dynamic}")
            else:
                node = self.models.top_node(content.get("schema"), self.code.name + "Payload")
                self.models.use(node)
                payload = node.source()
                self.checks.append(SchemaCheck(node, content, NOTIFICATION))
            description = content.get("description", None)
            if description is None or (
                isinstance(description, str) and description != self._derived(payload)
            ):
                lines.append(f"notification_description = {literal(description)}")
            return "WebhookTrigger", payload, lines
        if isinstance(content, dict):
            return "Action", None, []
        return "PollingTrigger", None, [f"mode = {literal(trigger)}"]

    def _derived(self, payload: str) -> str:
        """The notification description the compiler writes when the class does not say one.

        The first line of the payload model's docstring, else the route's summary.
        """
        model = self.models.classes.get(payload)
        doc = model.description if model is not None else None
        first = (doc or "").strip().splitlines()
        if first:
            return first[0]
        summary = self.code.data.get("summary")
        if not (isinstance(summary, str) and summary.strip()):
            summary = self.code.name
        return summary.strip().splitlines()[0]

    def _dynamic_schema(self, schema: Any) -> str:
        """`DynamicSchema(...)` for an object schema that is only the two extensions it writes.

        '' unless both forms say the same call the way `DynamicSchema` writes it.
        """
        keys = {"type", "x-ms-dynamic-schema", "x-ms-dynamic-properties"}
        if not (self.plan.dynamic and isinstance(schema, dict) and set(schema) == keys):
            return ""
        legacy, modern = schema["x-ms-dynamic-schema"], schema["x-ms-dynamic-properties"]
        if schema["type"] != "object" or not isinstance(legacy, dict):
            return ""
        operation_id = legacy.get("operationId")
        target = self.classes.get(operation_id) if isinstance(operation_id, str) else None
        references = modern.get("parameters") if isinstance(modern, dict) else None
        if target is None or target == self.code.name or not isinstance(references, dict):
            return ""
        args = [target]
        want_legacy: dict[str, Any] = {"operationId": operation_id, "parameters": {}}
        want_modern: dict[str, Any] = {"operationId": operation_id, "parameters": {}}
        path = legacy.get("value-path")
        if isinstance(path, str):
            args.append(f"path={literal(path)}")
            want_legacy["value-path"] = path
            want_modern["itemValuePath"] = path
        items = []
        for key, item in references.items():
            reference = item.get("parameterReference") if isinstance(item, dict) else None
            value = item.get("value") if isinstance(item, dict) else None
            if isinstance(reference, str) and set(item) == {"parameterReference"}:
                items.append(f"{literal(key)}: ParamRef({literal(reference)})")
                want_legacy["parameters"][key] = {"parameter": reference.rsplit("/", 1)[-1]}
            elif isinstance(value, str | int | float | bool) and set(item) == {"value"}:
                items.append(f"{literal(key)}: {literal(value)}")
                want_legacy["parameters"][key] = value
            else:
                return ""
            want_modern["parameters"][key] = item
        if legacy != want_legacy or modern != want_modern:
            return ""
        if items:
            args.append("parameters={" + ", ".join(items) + "}")
        self.code.depends.add(target)
        return f"DynamicSchema({', '.join(args)})"

    def plan_responses(self) -> None:
        """The responses' types, and the checks of their schemas (see `SchemaCheck`).

        Run for every operation before `plan_fields`, in the order classes are named.
        """
        responses = self.code.data.get("responses")
        self.responses = {}
        if not isinstance(responses, dict):
            return
        status = str(self._status_code())
        if status not in responses or not (
            _STATUS_KEYS.issuperset(responses) or all(is_status(code) for code in responses)
        ):
            # no success status (the route writes one: none at all, only `default`), or
            # a status `Route.responses` does not take: the whole key, as it is
            self.plan.operation_raw.setdefault(self.code.key, {})["responses"] = responses
            return
        for code, value in responses.items():
            if not isinstance(value, dict) or "$ref" in value:
                self.responses[code] = PlannedResponse(value)
            elif code == status:
                self.responses[code] = self._plan_success(value)
            else:
                hint = self.code.name + class_name(code, "") + "Response"
                planned = PlannedResponse(value)
                if "schema" in value:
                    planned.node = body_node(self.models, value["schema"], hint)
                self.responses[code] = planned
            node = self.responses[code].node
            if node is not None and not self.responses[code].dynamic:
                self.checks.append(SchemaCheck(node, value["schema"], code))

    def _plan_success(self, value: dict[str, Any]) -> PlannedResponse:
        """The success response's type, and the class's type argument."""
        planned = PlannedResponse(value)
        webhook = self._webhook()
        planned.dynamic = "" if webhook else self._dynamic_schema(value.get("schema"))
        if planned.dynamic:
            planned.node = DictOf(ANY)
        elif "schema" in value:
            hint = self.code.name + ("Registration" if webhook else "Response")
            planned.node = body_node(self.models, value["schema"], hint)
        if not webhook:
            if planned.node is not None:
                self.payload = planned.node.source()
                self.models.use(planned.node)
            elif "schema" in value:  # no type says the schema: the nearest one, for the
                hint = self.code.name + "Response"  # compiler's dropdown checks
                self.payload = self.models.type_of(value.get("schema"), hint)
            else:
                self.payload = "None"
        return planned

    def decide(self, schemas: list[Any]) -> None:
        """Record in the plan each checked type whose schema is not the input's.

        `schemas` are what the compiler writes for the types of `checks`, in order
        (`model_check.check_models`): a body's schema is then written raw on the body,
        a response's on the response (its type left out of a `Reply`), and a webhook's
        notification content on its path item.
        """
        key = self.code.key
        for check, have in zip(self.checks, schemas, strict=True):
            if check.place == NOTIFICATION:
                self._decide_notification(check, have)
            elif same_schema(check.want, have):
                if check.place != "body":
                    self.models.use(check.node)
            elif check.place == "body":
                self.plan.body_schema[key] = DROP if check.want is _MISSING else check.want
            else:
                fixes = self.plan.response_fixes.setdefault(key, {})
                fixes[check.place] = {"schema": check.want}

    def _decide_notification(self, check: SchemaCheck, have: Any) -> None:
        """The notification content written raw unless the payload class writes it as given."""
        path = self.code.key[0]
        content = check.want
        told = any(line.startswith("notification_description = ") for line in self.kind[2])
        payload = self.kind[1] or ""
        # the class's own description, else the one the compiler derives (`_derived`)
        description = content.get("description") if told else self._derived(payload)
        built: dict[str, Any] = {"schema": node_data(Schema, have)}
        if description is not None:
            built["description"] = description
        known = self.plan.path_raw.setdefault(path, {})
        if content == built:
            known.pop(NOTIFICATION, None)  # the last webhook of a path writes it
        else:
            known[NOTIFICATION] = content
        if not known:
            del self.plan.path_raw[path]

    def finish_responses(self) -> None:
        """The success response's `Route` arguments, and the other responses (after `decide`).

        Run for every operation before any is rendered, so that replies several
        operations give alike can be written once (`responses.share`).
        """
        key = self.code.key
        self.plan.response_keys.pop(key, None)
        self.code.replies = {}
        if not self.responses:
            return
        status = str(self._status_code())
        self.success = {"status": int(status)} if status != "200" else {}
        fixes = self.plan.response_fixes.get(key, {})
        for code, planned in self.responses.items():
            value = planned.value
            if not isinstance(value, dict) or "$ref" in value:
                self.plan.response_raw.setdefault(key, {})[code] = value
                self.code.replies[code] = Call("Exact", (), (value,))
            elif code == status:
                self._success(planned, fixes.get(code, {}))
            else:
                self.code.replies[code] = self._reply(code, planned, fixes.get(code, {}))

    def _success(self, planned: PlannedResponse, fixes: dict[str, Any]) -> None:
        args = self.success
        value: dict[str, Any] = planned.value
        status = self._status_code()
        webhook = self._webhook()
        kind = planned.node
        # a schema the type does not build exactly is written raw, the type kept for the
        # class (the compiler's dropdown checks read the response's fields from it)
        shown = written(value, ("schema" in value and kind is None) or "schema" in fixes, fixes)
        if shown.description != "OK":
            args["response_description"] = shown.description
        if shown.headers:
            args["response_headers"] = headers_expr(shown.headers)
        if planned.dynamic:
            args["dynamic_response"] = Expr(planned.dynamic)
        elif webhook and kind is not None and "schema" not in fixes:
            args["response_schema"] = Expr(kind.source())
        raw = raw_call(shown.raw)
        if raw is not None:
            args["response_raw"] = raw
            self.plan.response_keys.setdefault(self.code.key, {})[str(status)] = shown.raw

    def _reply(self, code: str, planned: PlannedResponse, fixes: dict[str, Any]) -> Call:
        """`Reply(description, Type, headers=..., raw=...)` for one further response."""
        value: dict[str, Any] = planned.value
        kind = None if "schema" in fixes else planned.node
        schema_raw = "schema" in value and kind is None
        shown = written(value, schema_raw, fixes)
        pos: tuple[Any, ...] = (shown.description,)
        if kind is not None:
            pos += (Expr(kind.source()),)
        args: dict[str, Any] = {}
        if shown.headers:
            args["headers"] = headers_expr(shown.headers)
        raw = raw_call(shown.raw)
        if raw is not None:
            args["raw"] = raw
            self.plan.response_keys.setdefault(self.code.key, {})[code] = shown.raw
        return Call.of("Reply", args, *pos)

    def _route(self, description: str | None, base: str) -> Call:
        """`Route(...)`, with `raw=Raw(...)` for the operation keys it does not give back.

        The compiler's own `operation_head` is run on the `Route` (made as an object):
        every key of the input operation other than `parameters` and `responses` that
        it does not write as given is written raw.
        """
        data = self.code.data
        path, method = self.code.key
        args: dict[str, Any] = {"method": method.upper(), "path": path}
        summary = data.get("summary")
        if not (isinstance(summary, str) and summary.strip()):
            summary = self.code.name
        args["summary"] = summary
        operation_id = data.get("operationId")
        if isinstance(operation_id, str) and operation_id != self.code.name:
            args["operation_id"] = self._unique_id(operation_id)
        if description is not None:
            args["description"] = description
        visibility = data.get("x-ms-visibility")
        if visibility in _VISIBILITIES:
            args["visibility"] = visibility
        tags = data.get("tags")
        if isinstance(tags, list) and tags and all(isinstance(t, str) for t in tags):
            args["tags"] = tuple(tags)
        if isinstance(data.get("deprecated"), bool):
            args["deprecated"] = data["deprecated"]
        args.update(self.success)
        if self.code.replies:  # with no shared mapping, `spread` gives the replies back
            replies = self.code.replies
            args["responses"] = (
                spread(replies, self.shared_replies) if self.shared_replies else replies
            )
        for key in ("consumes", "produces"):
            value = data.get(key)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                args[key] = tuple(value)  # `()`: an explicit empty list
        for key, name in (
            ("x-ms-trigger-hint", "trigger_hint"),
            ("x-ms-no-generic-test", "no_generic_test"),
            ("x-ms-safe-operation", "safe"),
        ):
            value = data.get(key)
            if isinstance(value, str if name == "trigger_hint" else bool):
                args[name] = value
        pageable = data.get("x-ms-pageable")
        if isinstance(pageable, dict) and isinstance(pageable.get("nextLinkName"), str):
            args["next_link"] = pageable["nextLinkName"]
        extensions = tuple(
            Call("extension", (), (k, v))
            for k, v in data.items()
            if k not in _TYPED_KEYS and k.startswith("x-")
        )
        if extensions:
            args["extensions"] = extensions
        raw = self._head_raw(args, base)
        raw.update(self.plan.operation_raw.get(self.code.key, {}))
        if raw:
            args["raw"] = Call.of("Raw", _raw_args(raw))
        return Call.of("Route", args)

    def _head_raw(self, args: dict[str, Any], base: str) -> dict[str, Any]:
        """The operation keys (not `parameters`, `responses`) `Route(**args)` does not give back.

        The response arguments are left out: they say nothing of these keys, and
        their types are written, not made.
        """
        values = {key: value for key, value in args.items() if key not in _RESPONSE_ARGS}
        extensions = values.get("extensions")
        if extensions:  # keys `_route` took only when they start with `x-`
            values["extensions"] = tuple(Extension(*call.pos) for call in extensions)
        route = _CheckedRoute(**values, place=MADE_HERE)
        kind = _KINDS.get(base, "action")
        description = self.code.data.get("description")
        head = to_data(
            operation_head(
                route,
                args.get("operation_id") or self.code.name,  # as `Operation.operation_id()`
                description if isinstance(description, str) else None,
                kind,
                "single" if self.code.data.get("x-ms-trigger") == "single" else "batch",
                form=self.code.form,
            )
        )
        want = self.code.data
        raw: dict[str, Any] = {}
        for key in [*want, *(k for k in head if k not in want)]:
            if key in ("parameters", "responses"):
                continue
            if key not in want:
                raw[key] = DROP
            elif head.get(key, _MISSING) != want[key]:
                raw[key] = want[key]
        return raw

    def _unique_id(self, operation_id: str) -> str:
        return self.classes.get(f"id:{self.code.key}", operation_id)

    def _check_body(self, field: InputField, param: dict[str, Any], wire: str) -> None:
        """Check the typed body's schema with the models, or write it raw when no type does."""
        want = param.get("schema", _MISSING)
        self.typed_body = field
        if "dynamic_schema" in field.marker:
            return  # written by `DynamicSchema`, as `_dynamic_schema` found
        if "/" in wire or self.body is None:  # a name with `/` is a path into an object
            self.plan.body_schema[self.code.key] = DROP if want is _MISSING else want
        else:
            self.checks.append(SchemaCheck(self.body, want, "body"))

    def _field_lines(self, aliases: Mapping[str, str]) -> list[str]:
        """The field lines (`annotate`), an annotation with an alias naming it."""
        if self.annotated is None:
            self.annotate()
        lines: list[str] = []
        for entry in self.annotated or ():
            if isinstance(entry, str):
                lines.append(entry)
            else:
                item, annotation = entry
                lines.append(item.line(aliases.get(annotation, annotation)))
        return lines

    def _fields(self, *, notification: bool) -> list[str | InputField]:
        """The fields, one per input parameter, then any path name no parameter binds.

        A typed field is kept as the field (`_field_lines` writes it after `decide`),
        the others as their lines.

        Each typed field is compared with its parameter as the compiler writes it
        (`InputField.compare`); `Exact(...)` is left for what no field can be: a
        `$ref`, a second body, a body or form field on a HEAD or on a GET the designer
        calls (`_no_body`). The fields are declared in the input's order, which is the
        order the compiler writes (the body too goes where its field is). When the list
        as a whole cannot come out (an empty list, a path name no parameter binds),
        `parameters` is raw. A plain parameter's field (no body, no dropdown) is
        planned and compared once per value, location and name (`parameters.field_key`).
        """
        params = self.code.data.get("parameters", _MISSING)
        listed = params if isinstance(params, list) else []
        path, method = self.code.key
        templates = _template_names(path)
        names = Namer(MODEL_ATTRIBUTES, FIELD_RESERVED)
        lines: list[str | InputField] = []
        bound: set[str] = set()
        bodies = [i for i, p in enumerate(listed) if isinstance(p, dict) and p.get("in") == "body"]
        self.code.kinds = []
        self.code.fields = []
        self.code.synthetic = False
        self.code.form = False
        exact: set[int] = set()
        for index, param in enumerate(listed):
            resolved = _resolve(param, self.shared)
            wire = resolved.get("name") if resolved is not None else None
            location = resolved.get("in") if resolved is not None else None
            if resolved is None or not isinstance(wire, str) or not wire or location not in MARKERS:
                lines.append(self._opaque_field(names, index, param))
                exact.add(index)
                continue
            if location == "path":
                bound.add(wire)
                if wire not in templates:
                    location = "query"  # written `in: path` by `Raw`
            written = (
                param is not resolved
                or (location == "body" and len(bodies) > 1)
                or (location in ("body", "formData") and self._no_body(method))
            )
            python = names.unique(field_name(wire, module=self.models.namer))
            key = None if written else field_key(resolved, location, python)
            field = known_field(key)
            if field is None and written and _placed_only(resolved, location):
                field = _placed(python, resolved, location, wire)
            if field is None:
                field = self._input(
                    python,
                    resolved,
                    location,
                    wire,
                    notification=notification and location == "body",
                )
            if written:  # the marker only places the field: `Exact` writes the parameter
                field.marker = {k: v for k, v in field.marker.items() if k in ("name", "whole")}
                field.field = {}
                field.exact = param
                exact.add(index)
            elif field.raw is None:  # else a known field, compared when it was planned
                _compare(field, resolved)
                keep_field(key, field)
                if location == "body":
                    self._check_body(field, resolved, wire)
            self.code.kinds.append(
                "exact" if written else "body" if location == "body" else "typed"
            )
            self.code.form = self.code.form or location == "formData"
            lines.append(field)
        for name in templates:
            if name not in bound:
                self.code.synthetic = True
                python = names.unique(field_name(name, module=self.models.namer))
                marker = f"Path(name={literal(name)})" if python != name else "Path()"
                lines.append(f"{python}: Annotated[str, {marker}]")
        if (params is _MISSING and lines) or (
            params is not _MISSING
            and (not isinstance(params, list) or not params or self.code.synthetic)
        ):
            raw = self.plan.operation_raw.setdefault(self.code.key, {})
            raw["parameters"] = DROP if params is _MISSING else params
        if exact:
            self.plan.exact[self.code.key] = exact
        else:
            self.plan.exact.pop(self.code.key, None)
        return lines

    def _no_body(self, method: str) -> bool:
        """Whether a typed body or form field would not compile here (`body-on-get`).

        A HEAD request, and a GET the designer calls itself: a dropdown's or a dynamic
        schema's operation or the connection test. On another GET the compiler takes
        the field (the validator warns, as it does for the input).
        """
        operation_id = self.code.data.get("operationId")
        return method.lower() == "head" or (
            method.lower() == "get"
            and (not isinstance(operation_id, str) or operation_id in self.called)
        )

    def _opaque_field(self, names: Namer, index: int, param: Any) -> str:
        python = names.unique(f"parameter_{index}")
        exact = f"Exact({literal(param)})" if isinstance(param, dict) else ""
        self.code.kinds.append("exact")
        self.code.synthetic = self.code.synthetic or not exact
        marker = f"Query(name={literal(python)})"
        return f"{python}: Annotated[Any, {marker}{', ' + exact if exact else ''}] = None"

    def _input(
        self,
        python: str,
        param: dict[str, Any],
        location: str,
        wire: str,
        *,
        notification: bool,
    ) -> InputField:
        """The field of one parameter, with its typed options (its raw keys come later)."""
        body = location == "body"
        required = param.get("required") is True or location == "path"
        args: dict[str, Any] = {}
        if python != wire:
            args["name"] = wire
        if body:
            kind = self._body_type(param)
            if kind.live is not bytes and not self._structured(kind.text):
                args["whole"] = True  # the type is the whole body, whatever it is
            dynamic = self._dynamic_schema(param.get("schema"))
            if dynamic:
                args["dynamic_schema"] = Expr(dynamic)
        else:
            kind = input_type(param)
        default = param.get("default", _MISSING)
        if body or (default is not _MISSING and not default_fits(kind, default)):
            default = _MISSING  # a body has none; a mistyped one is written raw
        internal_ok = not required or default is not _MISSING
        used = self._options(param, location, args, internal_ok=internal_ok)
        nullable = not body and param.get("x-nullable") is True
        if nullable and (not required or kind.text == "Any"):
            args["nullable"] = True
        if nullable:  # `X | None` without a default, or `nullable=True`
            used.add("x-nullable")
        if default is not _MISSING:
            args["default"] = default
        if not body and "x-ms-test-value" in param:
            args["test_value"] = param["x-ms-test-value"]
            used.add("x-ms-test-value")
        extensions: tuple[Call, ...] = ()
        if not body:
            extensions = tuple(
                [
                    Call("extension", (), (key, value))
                    for key, value in param.items()
                    if key.startswith("x-") and key not in used
                ]
            )
        if extensions:
            args["extensions"] = extensions
        return InputField(
            python=python,
            location=location,
            kind=kind,
            marker=args,
            required=required,
            takes_none=not required or nullable,
            field={} if body else constraint_kwargs(param),
            notification=notification,
        )

    def _body_type(self, param: dict[str, Any]) -> InputType:
        """The body's type (its tree kept in `body` for the check of its schema)."""
        if _plain_body(param) == "bytes":
            self.body = Named("bytes")
            return InputType("bytes", bytes)  # a binary upload: bytes is the whole body
        hint = self.code.name + class_name(str(param.get("name")), "Param") + "Body"
        self.body = self.models.top_node(param.get("schema"), hint)
        self.models.use(self.body)
        return InputType(self.body.source(), None)

    def _structured(self, kind: str) -> bool:
        """Whether a body type is the whole body by itself: a model, a list or a dict."""
        return (
            kind.startswith(("list[", "dict["))
            or kind in self.models.classes
            or kind in self.models.by_definition.values()
        )

    def _options(
        self, param: dict[str, Any], location: str, args: dict[str, Any], *, internal_ok: bool
    ) -> set[str]:
        """Add the display options of `param` to `args`; the extension keys they write."""
        used: set[str] = set()
        body = location == "body"
        summary = param.get("x-ms-summary")
        if isinstance(summary, str) and summary.strip():
            args["summary"] = summary
            used.add("x-ms-summary")
        description = param.get("description")
        if isinstance(description, str):
            args["description"] = description
        visibility = param.get("x-ms-visibility")
        if visibility in _VISIBILITIES and (visibility != "internal" or internal_ok):
            args["visibility"] = visibility
            used.add("x-ms-visibility")
        if body:
            return used
        enum = param.get("enum")
        if isinstance(enum, list) and enum and all(isinstance(v, str | int | float) for v in enum):
            named = _enum_names(enum, param.get("x-ms-enum-values", _MISSING))
            args["enum"] = named if named is not None else enum
            if named is not None:
                used.add("x-ms-enum-values")
        fmt = param.get("format")
        if isinstance(fmt, str):
            args["format"] = fmt
        dynamic = self._dynamic(param.get("x-ms-dynamic-values"))
        if dynamic is not None:
            args["dynamic"] = dynamic
            used |= {"x-ms-dynamic-values", "x-ms-dynamic-list"}
        encoding = param.get("x-ms-url-encoding")
        if location == "path" and encoding in ("single", "double"):
            args["url_encoding"] = encoding
            used.add("x-ms-url-encoding")
        elif location == "path":
            args["url_encoding"] = None
        return used

    def _dynamic(self, values: Any) -> Call | None:
        """`DynamicValues(Target, value=..., ...)` when the compiler's dropdown checks pass."""
        if not (self.plan.dynamic and self.plan.typed and isinstance(values, dict)):
            return None
        target = self.classes.get(values.get("operationId", ""))
        value = values.get("value-path")
        if target is None or not isinstance(value, str) or target == self.code.name:
            return None
        called = self.operations.get(values["operationId"])
        if called is None or not dynamic_checks_pass(
            values, self.code.data, called.data, self.shared, self.definitions
        ):
            return None
        written = self.classes.get(f"id:{called.key}") or values["operationId"]
        args: dict[str, Any] = {"value": value}
        for key, name in (("value-title", "title"), ("value-collection", "collection")):
            if isinstance(values.get(key), str):
                args[name] = values[key]
        parameters = values.get("parameters")
        if isinstance(parameters, dict) and parameters:
            items: dict[str, Any] = {}
            for key, item in parameters.items():
                if (
                    isinstance(item, dict)
                    and set(item) == {"parameter"}
                    and isinstance(item["parameter"], str)
                ):
                    items[key] = Call("ParamRef", (), (item["parameter"],))
                elif isinstance(item, str | int | float | bool):
                    items[key] = item
                else:
                    return None
            args["parameters"] = items
        self.code.depends.add(target)
        return Call.of("DynamicValues", args, Ref(target, stand_in(written)))


_DROPDOWN_KEYS = ("x-ms-dynamic-values", "x-ms-dynamic-list")


def _placed_only(param: dict[str, Any], location: str) -> bool:
    """Whether a parameter written `Exact(...)` needs no more of its field than `_placed`.

    Not a body (its type names models) nor a dropdown (it names the operation it calls):
    the options of another one are dropped from the marker unread.
    """
    return location != "body" and "x-ms-dynamic-values" not in param


def _placed(python: str, param: dict[str, Any], location: str, wire: str) -> InputField:
    """The field of a parameter written `Exact(...)`: its place, wire name and type.

    What `OperationWriter._input` gives such a field once its marker is cut to the
    name (`Exact` writes the parameter).
    """
    required = param.get("required") is True or location == "path"
    return InputField(
        python=python,
        location=location,
        kind=input_type(param),
        marker={"name": wire} if python != wire else {},
        required=required,
        takes_none=not required or param.get("x-nullable") is True,
        field={},
    )


def _compare(field: InputField, param: dict[str, Any]) -> None:
    """Compare `field` with `param`; a dropdown that does not build its keys is extensions.

    `DynamicValues` always writes `parameters` (`{}` for none) in both forms, so a
    dropdown written without them keeps its keys as they are, not beside a typed one.
    """
    field.compare(param)
    changed = (field.raw or {}).get("keys", {})
    if "dynamic" not in field.marker or not any(key in changed for key in _DROPDOWN_KEYS):
        return
    del field.marker["dynamic"]
    given = tuple(
        Call("extension", (), (key, param[key])) for key in _DROPDOWN_KEYS if key in param
    )
    field.marker["extensions"] = (*given, *field.marker.get("extensions", ()))
    field.compare(param)


def _enum_names(enum: list[Any], named: Any) -> dict[str, str] | None:
    """`{value: display name}` when `x-ms-enum-values` names each text value in order."""
    if not isinstance(named, list) or len(named) != len(enum):
        return None
    if not all(isinstance(v, str) for v in enum):
        return None
    found: dict[str, str] = {}
    for value, item in zip(enum, named, strict=True):
        if not (
            isinstance(item, dict)
            and set(item) == {"value", "displayName"}
            and item["value"] == value
            and isinstance(item["displayName"], str)
        ):
            return None
        found[value] = item["displayName"]
    return found if len(found) == len(enum) else None


def _wire_names(operation: dict[str, Any], shared: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """An operation's parameters by wire name (`$ref`s resolved)."""
    params = operation.get("parameters")
    found: dict[str, dict[str, Any]] = {}
    for param in params if isinstance(params, list) else []:
        resolved = _resolve(param, shared)
        if resolved is not None and isinstance(resolved.get("name"), str):
            found.setdefault(resolved["name"], resolved)
    return found


def dynamic_checks_pass(
    values: dict[str, Any],
    caller: dict[str, Any],
    called: dict[str, Any],
    shared: dict[str, Any],
    definitions: dict[str, Any],
) -> bool:
    """Whether a typed `DynamicValues` of `values` passes the compiler's dropdown checks.

    The same rules as `compile.checks.check_dynamic`, applied to the input: every
    input named exists on the called operation (not its body), its required inputs
    are all given, each `ParamRef` names a plain parameter of the calling operation,
    every literal input is a value of its parameter's type (strictly), and the value,
    title and collection paths are in the called operation's success response. Bodies
    are left to the raw forms.
    """
    inputs = _wire_names(called, shared)
    own = _wire_names(caller, shared)
    parameters = values.get("parameters")
    parameters = parameters if isinstance(parameters, dict) else {}
    given = {str(name).split("/", 1)[0] for name in parameters}
    for name, param in inputs.items():
        required = param.get("required") is True or param.get("in") == "path"
        if required and "default" not in param and name not in given:
            return False
    for name, item in parameters.items():
        called_param = inputs.get(str(name).split("/", 1)[0])
        if called_param is None or called_param.get("in") == "body":
            return False
        if isinstance(item, dict):
            ref = own.get(str(item.get("parameter")))
            if ref is None or ref.get("in") == "body":
                return False
        elif not _literal_fits(item, called_param):
            return False
    responses = called.get("responses")
    response = (
        responses.get(str(success_status(responses))) if isinstance(responses, dict) else None
    )
    schema = response.get("schema") if isinstance(response, dict) else None
    base: Any = schema if isinstance(schema, dict) else {}
    collection = values.get("value-collection")
    if isinstance(collection, str) and collection:
        if not schema_has_path(base, collection, definitions):
            return False
        base = item_schema(base, collection, definitions)
    else:
        base = resolve_schema(base, definitions)
        items = base.get("items", {}) if isinstance(base, dict) else {}
        base = resolve_schema(items, definitions) if isinstance(base, dict) else {}
    paths = (values.get("value-path"), values.get("value-title"))
    return all(not path or schema_has_path(base, path, definitions) for path in paths)


_DROPDOWN_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}


def _literal_fits(value: Any, param: dict[str, Any]) -> bool:
    """Whether a literal dropdown input is strictly a value of the parameter's field type."""
    required = param.get("required") is True or param.get("in") == "path"
    if value is None:
        return not required
    kind = param.get("type")
    if not isinstance(kind, str):
        return kind is None  # no type: the field is `Any`
    allowed = _DROPDOWN_TYPES.get(kind)
    if allowed is None or (isinstance(value, bool) and kind != "boolean"):
        return False  # arrays, files and other types are left to the raw forms
    return isinstance(value, allowed)


def _raw_args(keys: dict[str, Any]) -> dict[str, Any]:
    """`Raw(keys=..., drop=...)` arguments: `DROP` values are keys to remove."""
    kept = {k: v for k, v in keys.items() if v is not DROP}
    dropped = tuple(k for k, v in keys.items() if v is DROP)
    return ({"keys": kept} if kept else {}) | ({"drop": dropped} if dropped else {})


def _plain_body(param: dict[str, Any]) -> str | None:
    """`bytes` for a binary body, `scalar` for another plain (non-object) body, else None."""
    schema = param.get("schema")
    if not isinstance(schema, dict) or not set(schema) <= {"type", "format"}:
        return None
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "string" and fmt == "binary":
        return "bytes"
    if kind in ("string", "integer", "number", "boolean") and fmt is None:
        return "scalar"
    return None


def _template_names(path: str) -> list[str]:
    return _TEMPLATE.findall(path)


def designer_targets(data: dict[str, Any]) -> frozenset[str]:
    """Every operationId the document names as a call: those the designer may make itself.

    The value of each `operationId` key but an operation's own (dropdowns, dynamic
    schemas, trees, simulations, the connection test): a superset of the operations
    the compiler counts as the designer's (`field_checks.designer_calls`).
    """
    found: set[str] = set()
    paths = data.get("paths")
    for item in paths.values() if isinstance(paths, dict) else ():
        for operation in item.values() if isinstance(item, dict) else ():
            own = isinstance(operation, dict) and isinstance(operation.get("operationId"), str)
            _named_calls({**operation, "operationId": None} if own else operation, found)
    _named_calls({k: v for k, v in data.items() if k != "paths"}, found)
    return frozenset(found)


class DesignerTargets:
    """`designer_targets(data)`, worked out when first asked (most documents never ask)."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.found: frozenset[str] | None = None

    def __contains__(self, operation_id: object) -> bool:
        if self.found is None:
            self.found = designer_targets(self.data)
        return operation_id in self.found


def _named_calls(value: Any, found: set[str]) -> None:
    """Add to `found` the string value of every `operationId` key within `value`."""
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "operationId" and isinstance(item, str):
                    found.add(item)
                elif isinstance(item, dict | list):
                    stack.append(item)
        elif isinstance(value, list):
            stack.extend(item for item in value if isinstance(item, dict | list))
