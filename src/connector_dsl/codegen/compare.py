"""Comparing a build of generated code with the input, to choose the raw parts."""

from __future__ import annotations

from typing import Any

from connector_dsl.codegen.operations import METHODS, OperationCode
from connector_dsl.codegen.path_items import NOTIFICATION
from connector_dsl.codegen.plan import DROP, Plan

_MISSING: Any = object()


def _key_diff(original: dict[str, Any], built: dict[str, Any], skip: set[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in list(original) + [k for k in built if k not in original]:
        if key in skip:
            continue
        want = original.get(key, _MISSING)
        have = built.get(key, _MISSING)
        if want is _MISSING:
            changes[key] = DROP
        elif have is _MISSING or have != want:
            changes[key] = want
    return changes


def refine(
    original: dict[str, Any], built: dict[str, Any], codes: list[OperationCode], plan: Plan
) -> bool:
    """Add to `plan` every raw part needed for `built` to equal `original`; False if none."""
    changed = False
    classes = {code.key: code for code in codes}
    want_paths = original.get("paths")
    have_paths = built.get("paths")
    if not isinstance(want_paths, dict) or not isinstance(have_paths, dict):
        return changed  # written raw as a whole (see `path_items`)
    for path, want in want_paths.items():
        have = have_paths.get(path, {})
        if not isinstance(want, dict) or not isinstance(have, dict):
            continue  # written raw as a whole
        typed = {m for (p, m) in classes if p == path}
        webhook = any(classes[(path, m)].webhook for m in typed)
        content = want.get(NOTIFICATION, _MISSING)
        if webhook and content != have.get(NOTIFICATION, _MISSING):
            known = plan.path_raw.setdefault(path, {})
            changed = changed or known.get(NOTIFICATION, _MISSING) is not content
            known[NOTIFICATION] = DROP if content is _MISSING else content
        for method in typed:
            if _operation(classes[(path, method)], want[method], have.get(method, {}), plan):
                changed = True
    return changed


def _operation(code: OperationCode, want: dict[str, Any], have: dict[str, Any], plan: Plan) -> bool:
    changes: dict[str, Any] = {}
    responses_added = _responses(
        code, want.get("responses", _MISSING), have.get("responses", _MISSING), plan, changes
    )
    wanted = want.get("parameters", _MISSING)
    got = have.get("parameters", _MISSING)
    schema_added = False
    if wanted != got:
        schema = _body_schema(code, wanted, got)
        if schema is _MISSING:  # the fields were to give the list: a generator bug
            changes["parameters"] = DROP if wanted is _MISSING else wanted
        else:
            schema_added = plan.body_schema.get(code.key, _MISSING) is not schema
            plan.body_schema[code.key] = schema
    raw = plan.operation_raw.setdefault(code.key, {})
    new = {k: v for k, v in changes.items() if k not in raw or raw[k] is not v}
    raw.update(changes)
    if not raw:
        del plan.operation_raw[code.key]
    return bool(new) or schema_added or responses_added


def _responses(
    code: OperationCode, wanted: Any, got: Any, plan: Plan, changes: dict[str, Any]
) -> bool:
    """The response keys written raw so that `responses` comes out right; False if none new.

    The generator writes each response per key already (`operations.plan_responses`);
    what is left is a body schema its type does not write exactly: that one key of
    that one response is written raw. When the statuses themselves differ, the
    whole `responses` key is (a generator bug, but the output stays exact).
    """
    if wanted == got:
        return False
    if (
        not isinstance(wanted, dict)
        or not isinstance(got, dict)
        or set(wanted) != set(got)
        or not all(isinstance(v, dict) and isinstance(got[k], dict) for k, v in wanted.items())
    ):
        changes["responses"] = DROP if wanted is _MISSING else wanted
        return True
    fixes = plan.response_fixes.setdefault(code.key, {})
    added = False
    for status, want in wanted.items():
        diff = _key_diff(want, got[status], set())
        known = fixes.setdefault(status, {})
        added = added or any(known.get(k, _MISSING) is not v for k, v in diff.items())
        known.update(diff)
        if not known:
            del fixes[status]
    if not fixes:
        del plan.response_fixes[code.key]
    return added


def _body_schema(code: OperationCode, wanted: Any, got: Any) -> Any:
    """The input's body schema, when the typed body's schema is all that differs.

    The fields decide every other key of every parameter as they are written
    (`parameters.InputField`); only a body model's schema needs the build.
    `_MISSING` when something else differs.
    """
    if "body" not in code.kinds or not isinstance(wanted, list) or not isinstance(got, list):
        return _MISSING
    index = code.kinds.index("body")
    if len(wanted) != len(got) or not wanted or index != len(wanted) - 1:
        return _MISSING
    want, have = wanted[-1], got[-1]
    if not isinstance(want, dict) or not isinstance(have, dict) or wanted[:-1] != got[:-1]:
        return _MISSING
    schema = want.get("schema", _MISSING)
    if {k: v for k, v in have.items() if k != "schema"} != {
        k: v for k, v in want.items() if k != "schema"
    }:
        return _MISSING
    return DROP if schema is _MISSING else schema


__all__ = ["METHODS", "refine"]
