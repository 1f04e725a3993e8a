"""Matching the operations of two versions, and the changes of whole operations."""

from __future__ import annotations

from connector_dsl.diff import rules as r
from connector_dsl.diff.context import Differ
from connector_dsl.diff.inputs import compare_inputs
from connector_dsl.diff.outputs import compare_outputs
from connector_dsl.diff.schema_facts import visibility
from connector_dsl.diff.scope import Scope, advice, family_of
from connector_dsl.diff.view import OperationView, route_shape


def trigger_kind(op: OperationView) -> str:
    """`action`, or `webhook`/`polling` with `single`/`batch`."""
    mode = op.data.get("x-ms-trigger")
    if not isinstance(mode, str) or not mode:
        return "action"
    webhook = op.notification is not None or any(
        node.data.get("x-ms-notification-url") is True
        or "x-ms-notification-url" in str(node.data.get("schema", ""))
        for node in op.parameters
    )
    return f"{'webhook' if webhook else 'polling'} {mode.lower()}"


def compare_operations(differ: Differ) -> None:
    """Every operation-level change, then the inputs and outputs of matched operations."""
    old_ops, new_ops = differ.old.operations, differ.new.operations
    gone = [key for key in old_ops if key not in new_ops]
    added = [key for key in new_ops if key not in old_ops]
    new_base, old_base = differ.new.data.get("basePath"), differ.old.data.get("basePath")
    by_route = {(new_ops[k].method, route_shape(new_ops[k].path, new_base)): k for k in added}
    members = families(new_ops)
    renamed: dict[str, str] = {}
    for key in gone:
        twin = by_route.get((old_ops[key].method, route_shape(old_ops[key].path, old_base)))
        if twin is not None:
            renamed[key] = twin
    for key in gone:
        old = old_ops[key]
        if key in renamed:
            new = new_ops[renamed[key]]
            differ.report(
                r.OPERATION_ID_CHANGED,
                f"{old.method.upper()} {old.path} was operationId {key!r} and is now "
                f"{new.key!r}: flows call operations by id. {advice(old)}",
                old.pointer,
                new.pointer,
                key,
            )
            continue
        successors = _successors(old, members, added)
        hint = f"; its successor {successors[0]} exists, but" if successors else ":"
        differ.report(
            r.OPERATION_REMOVED,
            f"operation {key!r} was removed{hint} flows that use it fail. {advice(old)}",
            old.pointer,
            None,
            key,
        )
    for key in added:
        if key in renamed.values():
            continue
        new = new_ops[key]
        differ.report(r.OPERATION_ADDED, f"new operation {key!r}.", None, new.pointer, key)
    for key in old_ops.keys() & new_ops.keys():
        _compare_operation(differ, old_ops[key], new_ops[key], members, added)
    for old_key, new_key in renamed.items():
        scope = Scope(differ, old_ops[old_key], new_ops[new_key])
        compare_inputs(scope)
        compare_outputs(scope)


Families = dict[str, list[tuple[int, str]]]
"""The members of each family of the new version: (revision, operation key), in order."""


def families(new_ops: dict[str, OperationView]) -> Families:
    """Every family of the new version with its members."""
    found: Families = {}
    for key, op in new_ops.items():
        family, revision = family_of(op)
        found.setdefault(family, []).append((revision, key))
    return found


def _successors(op: OperationView, members: Families, added: list[str]) -> list[str]:
    """Operations of `op`'s family with a higher revision, new ones first."""
    family, revision = family_of(op)
    higher = [key for number, key in members.get(family, []) if number > revision and key != op.key]
    fresh = set(added)
    return [k for k in higher if k in fresh] + [k for k in higher if k not in fresh]


def _compare_operation(
    differ: Differ,
    old: OperationView,
    new: OperationView,
    members: Families,
    added: list[str],
) -> None:
    key = old.key
    scope = Scope(differ, old, new)
    if old.method != new.method:
        scope.report(
            r.OPERATION_METHOD_CHANGED,
            f"operation {key!r}: method {old.method.upper()} -> {new.method.upper()}",
            old.pointer,
            new.pointer,
        )
    old_url = route_shape(old.path, differ.old.data.get("basePath"))
    if old_url != route_shape(new.path, differ.new.data.get("basePath")):
        scope.report(
            r.OPERATION_PATH_CHANGED,
            f"operation {key!r}: path {old.path} -> {new.path}; the service must still answer "
            "the old path's calls the same way",
            old.pointer,
            new.pointer,
        )
    if trigger_kind(old) != trigger_kind(new):
        scope.report(
            r.TRIGGER_KIND_CHANGED,
            f"operation {key!r}: {trigger_kind(old)} -> {trigger_kind(new)}; flows built on it "
            "expect the old kind",
            old.pointer,
            new.pointer,
        )
    _lifecycle(scope, members, added)
    _text(scope)
    if (
        differ.same(old.data, new.data)
        and differ.same([p.data for p in old.parameters], [p.data for p in new.parameters])
        and _same_notification(scope)
    ):
        return
    compare_inputs(scope)
    compare_outputs(scope)


def _same_notification(scope: Scope) -> bool:
    a, b = scope.old.notification, scope.new.notification
    if a is None or b is None:
        return a is b
    return scope.differ.same(a.data, b.data)


def _lifecycle(scope: Scope, members: Families, added: list[str]) -> None:
    old, new = scope.old, scope.new
    new_ops = scope.differ.new.operations
    deprecated = new.data.get("deprecated") is True and old.data.get("deprecated") is not True
    hidden = visibility(new.data) == "internal" and visibility(old.data) != "internal"
    successors = _successors(new, members, added)
    family, revision = family_of(new)
    fresh = set(added)
    for their_revision, key in members.get(family, []):
        if key in fresh and their_revision <= revision and key != old.key:
            scope.report(
                r.FAMILY_REVISION_NOT_HIGHER,
                f"new operation {key!r} joins family {family!r} with revision {their_revision}, "
                f"not above {old.key!r}'s {revision}: give it revision {revision + 1}",
                old.pointer,
                new_ops[key].pointer,
            )
    if (deprecated or hidden) and successors and new.data.get("deprecated") is True:
        scope.report(
            r.OPERATION_SUPERSEDED,
            f"operation {old.key!r} is deprecated"
            + (" and internal" if visibility(new.data) == "internal" else "")
            + f"; {successors[0]} (family {family!r}, revision "
            f"{family_of(new_ops[successors[0]])[1]}) succeeds it and existing flows keep "
            "working",
            old.pointer,
            new.pointer,
        )
        return
    if hidden:
        scope.report(
            r.OPERATION_HIDDEN,
            f"operation {old.key!r} became internal: the designer cannot show it in flows "
            "that use it",
            old.pointer,
            new.pointer,
        )
    elif deprecated:
        scope.report(
            r.OPERATION_DEPRECATED,
            f"operation {old.key!r} is deprecated; flows that use it keep working",
            old.pointer,
            new.pointer,
        )


def _text(scope: Scope) -> None:
    a, b = scope.old.data, scope.new.data
    for key in ("summary", "description"):
        if a.get(key) != b.get(key):
            scope.report(
                r.TEXT_CHANGED,
                f"operation {scope.old.key!r}: {key} {a.get(key)!r} -> {b.get(key)!r}",
                f"{scope.old.pointer}/{key}",
                f"{scope.new.pointer}/{key}",
            )
