"""Comparing what an operation returns (and what a webhook posts): the fields flows read."""

from __future__ import annotations

from dataclasses import dataclass

from connector_dsl.diff import rules as r
from connector_dsl.diff.schema_facts import WIDER_FORMATS, dynamic_schema, fmt, kind
from connector_dsl.diff.scope import Scope
from connector_dsl.diff.view import Document, Node, OperationView
from connector_dsl.errors import escape_pointer_token
from connector_dsl.validate.jsonview import obj

_MAX_DEPTH = 24


@dataclass(frozen=True, slots=True)
class OutputRules:
    """The rule ids for one kind of output."""

    noun: str
    removed: str
    type_changed: str
    added: str


RESPONSE = OutputRules("output", r.OUTPUT_REMOVED, r.OUTPUT_TYPE_CHANGED, r.OUTPUT_ADDED)
NOTIFICATION = OutputRules(
    "webhook payload property",
    r.NOTIFICATION_PROPERTY_REMOVED,
    r.NOTIFICATION_PROPERTY_TYPE_CHANGED,
    r.NOTIFICATION_PROPERTY_ADDED,
)


def success_schema(document: Document, op: OperationView) -> Node | None:
    """The schema of the response flows read: 200, else the lowest 2xx, else `default`."""
    responses = obj(op.data.get("responses")) or {}
    codes = sorted(c for c in responses if c.startswith("2"))
    code = "200" if "200" in responses else (codes[0] if codes else None)
    if code is None and "default" in responses:
        code = "default"
    if code is None:
        return None
    pointer = f"{op.pointer}/responses/{escape_pointer_token(code)}"
    response = document.resolve(responses[code], pointer)
    if response is None:
        return None
    schema = obj(response.data.get("schema"))
    return Node(schema, response.pointer + "/schema") if schema is not None else None


def compare_outputs(scope: Scope) -> None:
    """Changes of the success response, and of the webhook payload for webhook triggers."""
    old = success_schema(scope.differ.old, scope.old)
    new = success_schema(scope.differ.new, scope.new)
    if old is not None and new is not None:
        compare_output(scope, RESPONSE, old, new, "", set(), 0)
    elif old is not None and _has_properties(scope, old):
        _all_removed(scope, RESPONSE, old, None)
    if scope.old.notification is not None and scope.new.notification is not None:
        a = obj(scope.old.notification.data.get("schema"))
        b = obj(scope.new.notification.data.get("schema"))
        if a is not None and b is not None:
            compare_output(
                scope,
                NOTIFICATION,
                Node(a, scope.old.notification.pointer + "/schema"),
                Node(b, scope.new.notification.pointer + "/schema"),
                "",
                set(),
                0,
            )


def _has_properties(scope: Scope, node: Node) -> bool:
    resolved = scope.differ.old.resolve(node.data, node.pointer) or node
    return bool(scope.differ.old.object_properties(resolved)[0])


def _all_removed(scope: Scope, rules: OutputRules, old: Node, new: Node | None) -> None:
    resolved = scope.differ.old.resolve(old.data, old.pointer) or old
    names = sorted(scope.differ.old.object_properties(resolved)[0])
    scope.report(
        rules.removed,
        f"the response no longer has a schema: flows that read its {rules.noun}s "
        f"({', '.join(names[:5])}) break",
        old.pointer,
        new.pointer if new is not None else None,
    )


def compare_output(
    scope: Scope,
    rules: OutputRules,
    old: Node,
    new: Node,
    name: str,
    stack: set[tuple[str, str]],
    depth: int,
) -> None:
    """Changes of one output field that exists in both versions, and of its properties."""
    old = scope.differ.old.resolve(old.data, old.pointer) or old
    new = scope.differ.new.resolve(new.data, new.pointer) or new
    key = (old.pointer, new.pointer)
    if key in stack or depth > _MAX_DEPTH or scope.differ.same(old.data, new.data):
        return
    a, b = old.data, new.data
    shown = name or "the response body"
    dynamic_a, dynamic_b = dynamic_schema(a), dynamic_schema(b)
    if dynamic_a != dynamic_b:
        scope.report(
            r.DYNAMIC_SCHEMA_CHANGED,
            f"{shown}: its dynamic schema "
            + (f"came from {dynamic_a[0]!r}" if dynamic_a else "was static")
            + (f" and now comes from {dynamic_b[0]!r}" if dynamic_b else " and is now static")
            + "; the fields flows read may not exist any more",
            old.pointer,
            new.pointer,
        )
        if dynamic_b is not None:
            return
    before, after = kind(a), kind(b)
    format_a, format_b = fmt(a), fmt(b)
    if before is not None and after is not None and before != after:
        scope.report(
            rules.type_changed,
            f"{rules.noun} {shown}: type {before} -> {after}; flows that read it expect a {before}",
            old.pointer,
            new.pointer,
        )
        return
    if (
        format_a is not None
        and format_b is not None
        and format_a != format_b
        and (format_a, format_b) not in WIDER_FORMATS
    ):
        scope.report(
            rules.type_changed,
            f"{rules.noun} {shown}: format {format_a} -> {format_b}",
            old.pointer,
            new.pointer,
        )
    inner = stack | {key}
    props_a, _ = scope.differ.old.object_properties(old)
    props_b, _ = scope.differ.new.object_properties(new)
    prefix = f"{name}." if name else ""
    for prop in sorted(props_a):
        if prop in props_b:
            compare_output(
                scope, rules, props_a[prop], props_b[prop], prefix + prop, inner, depth + 1
            )
        elif dynamic_b is None:
            scope.report(
                rules.removed,
                f"{rules.noun} {prefix + prop!r} was removed: flows that read it break",
                props_a[prop].pointer,
                None,
            )
    for prop in sorted(props_b.keys() - props_a.keys()):
        scope.report(
            rules.added, f"new {rules.noun} {prefix + prop!r}", None, props_b[prop].pointer
        )
    items_a, items_b = obj(a.get("items")), obj(b.get("items"))
    if items_a is not None and items_b is not None:
        compare_output(
            scope,
            rules,
            Node(items_a, old.pointer + "/items"),
            Node(items_b, new.pointer + "/items"),
            (name or "body") + "[]",
            inner,
            depth + 1,
        )
