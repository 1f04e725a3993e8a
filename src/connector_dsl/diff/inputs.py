"""Comparing the inputs of one operation: parameters and body properties, as flows store them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from connector_dsl.diff import rules as r
from connector_dsl.diff.schema_facts import (
    WIDER_FORMATS,
    describe,
    dynamic_schema,
    dynamic_values,
    enum,
    fmt,
    internal,
    kind,
    label,
    visibility,
)
from connector_dsl.diff.scope import Scope
from connector_dsl.diff.view import Node, parameter_in, parameter_name

_MAX_DEPTH = 24


@dataclass(slots=True)
class Input:
    """One input field of one side: its JSON, pointer, label and whether it is required."""

    node: Node
    name: str
    required: bool


def compare_inputs(scope: Scope) -> None:
    """Every input change of one operation."""
    old = _fields(scope.old.parameters)
    new = _fields(scope.new.parameters)
    old_body = _body(scope.old.parameters)
    new_body = _body(scope.new.parameters)
    for name in old.keys() & new.keys():
        before, after = old[name], new[name]
        if parameter_in(before.node) != parameter_in(after.node):
            scope.report(
                r.INPUT_MOVED,
                f"input {name!r} moved from {parameter_in(before.node)} to "
                f"{parameter_in(after.node)}: flows send it where it was",
                before.node.pointer,
                after.node.pointer,
            )
            continue
        compare_field(scope, before, after, set(), 0)
    _added_removed(
        scope,
        [old[n] for n in old.keys() - new.keys()],
        [new[n] for n in new.keys() - old.keys()],
        group=lambda f: parameter_in(f.node),
    )
    if old_body is not None and new_body is not None:
        if old_body.name != new_body.name:
            scope.report(
                r.INPUT_RENAMED,
                f"the body parameter {old_body.name!r} is now {new_body.name!r}: flows store "
                f"body inputs under {old_body.name!r}",
                old_body.node.pointer,
                new_body.node.pointer,
            )
        else:
            compare_field(scope, old_body, new_body, set(), 0)
    elif old_body is not None:
        _removed(scope, old_body)
    elif new_body is not None:
        _added(scope, new_body)


def _fields(parameters: list[Node]) -> dict[str, Input]:
    found: dict[str, Input] = {}
    for node in parameters:
        name = parameter_name(node)
        if parameter_in(node) != "body" and name:
            found.setdefault(name, Input(node, name, node.data.get("required") is True))
    return found


def _body(parameters: list[Node]) -> Input | None:
    for node in parameters:
        if parameter_in(node) == "body":
            name = parameter_name(node) or "body"
            schema = node.data.get("schema")
            merged = Node(dict(node.data), node.pointer)
            if isinstance(schema, dict):
                merged = Node(schema, node.pointer + "/schema")
            required = node.data.get("required") is True
            return Input(merged, name, required)
    return None


def _resolved(scope: Scope, field: Input, new: bool) -> Input:
    document = scope.differ.new if new else scope.differ.old
    node = document.resolve(field.node.data, field.node.pointer) or field.node
    return Input(node, field.name, field.required)


def compare_field(
    scope: Scope, old: Input, new: Input, stack: set[tuple[str, str]], depth: int
) -> None:
    """Changes of one input that exists in both versions, and of its properties."""
    old = _resolved(scope, old, new=False)
    new = _resolved(scope, new, new=True)
    key = (old.node.pointer, new.node.pointer)
    if key in stack or depth > _MAX_DEPTH:
        return
    if old.required == new.required and scope.differ.same(old.node.data, new.node.data):
        return
    a, b = old.node.data, new.node.data
    where = (old.node.pointer, new.node.pointer)
    if internal(a):
        _was_internal(scope, old, new)
        return
    if internal(b):
        if "default" in b:
            scope.report(
                r.INPUT_VISIBILITY_CHANGED,
                f"input {old.name!r} became internal; flows now send its default {b['default']!r}",
                *where,
            )
        else:
            scope.report(
                r.INPUT_HIDDEN,
                f"input {old.name!r} became internal without a default: flows that set it "
                "cannot show or change it",
                *where,
            )
        return
    if visibility(a) != visibility(b):
        scope.report(
            r.INPUT_VISIBILITY_CHANGED,
            f"input {old.name!r}: x-ms-visibility {visibility(a) or 'none'} -> "
            f"{visibility(b) or 'none'}",
            *where,
        )
    if new.required and not old.required and "default" not in b:
        scope.report(
            r.INPUT_MADE_REQUIRED,
            f"input {old.name!r} is now required and has no default: flows that left it out fail",
            *where,
        )
    if _type_changed(scope, old, new):
        return
    _text(scope, old, new)
    _dynamic(scope, old, new)
    inner = stack | {key}
    if "object" in (kind(a), kind(b)) or "allOf" in a or "allOf" in b:
        _properties(scope, old, new, inner, depth)
    items_a, items_b = a.get("items"), b.get("items")
    if isinstance(items_a, dict) and isinstance(items_b, dict):
        compare_field(
            scope,
            Input(Node(items_a, old.node.pointer + "/items"), old.name + "[]", False),
            Input(Node(items_b, new.node.pointer + "/items"), new.name + "[]", False),
            inner,
            depth + 1,
        )


def _was_internal(scope: Scope, old: Input, new: Input) -> None:
    a, b = old.node.data, new.node.data
    where = (old.node.pointer, new.node.pointer)
    if internal(b):
        if a.get("default") != b.get("default"):
            scope.report(
                r.INPUT_DEFAULT_CHANGED,
                f"internal input {old.name!r}: flows now send {b.get('default')!r} instead of "
                f"{a.get('default')!r}",
                *where,
            )
        elif not scope.differ.same(a, b):
            scope.report(r.INTERNAL_INPUT_CHANGED, f"internal input {old.name!r} changed", *where)
    elif new.required and "default" not in b:
        scope.report(
            r.INPUT_ADDED_REQUIRED,
            f"internal input {old.name!r} is now shown and required without a default: "
            "existing flows never set it",
            *where,
        )
    else:
        scope.report(
            r.INPUT_VISIBILITY_CHANGED, f"internal input {old.name!r} is now shown", *where
        )


def _type_changed(scope: Scope, old: Input, new: Input) -> bool:
    a, b = old.node.data, new.node.data
    where = (old.node.pointer, new.node.pointer)
    before, after = kind(a), kind(b)
    if before is not None and after is not None and before != after:
        if (before, after) == ("integer", "number"):
            scope.report(r.INPUT_WIDENED, f"input {old.name!r}: integer -> number", *where)
        else:
            scope.report(
                r.INPUT_TYPE_CHANGED,
                f"input {old.name!r}: type {before} -> {after}; flows still send a {before}",
                *where,
            )
            return True
    format_a, format_b = fmt(a), fmt(b)
    if format_a != format_b:
        if format_b is None or (format_a, format_b) in WIDER_FORMATS:
            scope.report(
                r.INPUT_WIDENED, f"input {old.name!r}: format {format_a} -> {format_b}", *where
            )
        else:
            scope.report(
                r.INPUT_FORMAT_CHANGED,
                f"input {old.name!r}: format {format_a or 'none'} -> {format_b}; values flows "
                "send may not match it",
                *where,
            )
    values_a, values_b = enum(a), enum(b)
    if values_b is not None and sorted(map(repr, values_b)) == ["False", "True"]:
        values_b = None  # every boolean
    if values_b is not None and values_a is None:
        scope.report(
            r.INPUT_ENUM_NARROWED,
            f"input {old.name!r} now only accepts {describe(values_b)}; flows may send others",
            *where,
        )
    elif values_a is not None and values_b is not None:
        gone = [v for v in values_a if v not in values_b]
        if gone:
            scope.report(
                r.INPUT_ENUM_NARROWED,
                f"input {old.name!r} no longer accepts {describe(gone)}",
                *where,
            )
        elif len(values_b) > len(values_a):
            added = [v for v in values_b if v not in values_a]
            scope.report(
                r.INPUT_WIDENED, f"input {old.name!r} also accepts {describe(added)}", *where
            )
    elif values_a is not None:
        scope.report(r.INPUT_WIDENED, f"input {old.name!r} accepts any value now", *where)
    return False


def _text(scope: Scope, old: Input, new: Input) -> None:
    a, b = old.node.data, new.node.data
    for key in ("x-ms-summary", "description"):
        if a.get(key) != b.get(key) and (a.get(key) or b.get(key)):
            scope.report(
                r.TEXT_CHANGED,
                f"input {old.name!r}: {key} {a.get(key)!r} -> {b.get(key)!r}",
                old.node.pointer + "/" + key,
                new.node.pointer + "/" + key,
            )


def _dynamic(scope: Scope, old: Input, new: Input) -> None:
    a, b = old.node.data, new.node.data
    where = (old.node.pointer, new.node.pointer)
    values_a = dynamic_values(a)
    if values_a is not None and values_a != dynamic_values(b):
        after = dynamic_values(b)
        scope.report(
            r.DYNAMIC_VALUES_CHANGED,
            f"input {old.name!r}: its dropdown came from {values_a[0]!r} and now "
            + (f"comes from {after[0]!r}" if after else "has none")
            + "; values saved in flows may not be offered any more",
            *where,
        )
    schema_a, schema_b = dynamic_schema(a), dynamic_schema(b)
    if schema_a != schema_b:
        scope.report(
            r.DYNAMIC_SCHEMA_CHANGED,
            f"input {old.name!r}: its dynamic schema "
            + (f"came from {schema_a[0]!r}" if schema_a else "was static")
            + (f" and now comes from {schema_b[0]!r}" if schema_b else " and is now static")
            + "; the fields flows filled in may not exist any more",
            *where,
        )


def _properties(
    scope: Scope, old: Input, new: Input, stack: set[tuple[str, str]], depth: int
) -> None:
    b = new.node.data
    props_a, required_a = scope.differ.old.object_properties(old.node)
    props_b, required_b = scope.differ.new.object_properties(new.node)
    props_a = {k: v for k, v in props_a.items() if not _read_only(v.data)}
    props_b = {k: v for k, v in props_b.items() if not _read_only(v.data)}

    def child(side: Input, name: str, node: Node, required: set[str]) -> Input:
        return Input(node, f"{side.name}.{name}", name in required)

    for name in props_a.keys() & props_b.keys():
        compare_field(
            scope,
            child(old, name, props_a[name], required_a),
            child(new, name, props_b[name], required_b),
            stack,
            depth + 1,
        )
    removed = [child(old, n, props_a[n], required_a) for n in props_a.keys() - props_b.keys()]
    added = [child(new, n, props_b[n], required_b) for n in props_b.keys() - props_a.keys()]
    if not props_b and removed and dynamic_schema(b) is not None:
        return  # reported as a dynamic schema change
    _added_removed(scope, removed, added, group=lambda f: "")


def _read_only(value: Any) -> bool:
    """A read-only property is set by the service, never sent by flows."""
    return isinstance(value, dict) and value.get("readOnly") is True


def _added_removed(scope: Scope, removed: list[Input], added: list[Input], group: Any) -> None:
    """Report removed and added inputs, pairing a lone removed and added one as a rename."""
    removed.sort(key=lambda f: f.node.pointer)
    added.sort(key=lambda f: f.node.pointer)
    paired: set[int] = set()
    for before in list(removed):
        twins = [
            (i, f)
            for i, f in enumerate(added)
            if i not in paired and group(f) == group(before) and _twin(scope, before, f)
        ]
        same_group = [f for f in removed if group(f) == group(before)]
        if len(twins) == 1 and len(same_group) == 1 and not internal(before.node.data):
            index, after = twins[0]
            paired.add(index)
            removed.remove(before)
            scope.report(
                r.INPUT_RENAMED,
                f"input {before.name!r} is now {after.name!r}: flows send it under its old name",
                before.node.pointer,
                after.node.pointer,
            )
    for before in removed:
        _removed(scope, before)
    for index, after in enumerate(added):
        if index not in paired:
            _added(scope, after)


def _twin(scope: Scope, before: Input, after: Input) -> bool:
    a = scope.differ.old.resolve(before.node.data, before.node.pointer)
    b = scope.differ.new.resolve(after.node.data, after.node.pointer)
    if a is None or b is None or internal(b.data):
        return False
    if label(a.data) is not None and label(a.data) == label(b.data):
        return True
    return (
        kind(a.data) == kind(b.data)
        and a.data.get("description") == b.data.get("description")
        and a.data.get("description") is not None
    )


def _removed(scope: Scope, before: Input) -> None:
    data = scope.differ.old.resolve(before.node.data, before.node.pointer)
    if data is not None and internal(data.data):
        scope.report(
            r.INTERNAL_INPUT_CHANGED,
            f"internal input {before.name!r} was removed",
            before.node.pointer,
            None,
        )
        return
    scope.report(
        r.INPUT_REMOVED,
        f"input {before.name!r} was removed: flows that set it send a value the operation "
        "does not take",
        before.node.pointer,
        None,
    )


def _added(scope: Scope, after: Input) -> None:
    data = scope.differ.new.resolve(after.node.data, after.node.pointer)
    b = data.data if data is not None else {}
    hidden_with_default = internal(b) and "default" in b
    if after.required and "default" not in b and not hidden_with_default:
        scope.report(
            r.INPUT_ADDED_REQUIRED,
            f"new input {after.name!r} is required and has no default: existing flows do "
            "not send it",
            None,
            after.node.pointer,
        )
    else:
        scope.report(r.INPUT_ADDED, f"new input {after.name!r}", None, after.node.pointer)
