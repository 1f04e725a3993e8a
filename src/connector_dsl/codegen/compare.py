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
    exact_added = False
    if wanted != got:
        exact = plan.exact.setdefault(code.key, set())
        chosen = _exact_parameters(code, wanted, got)
        if chosen is None:
            changes["parameters"] = DROP if wanted is _MISSING else wanted
        else:
            exact_added = bool(chosen - exact)
            exact.update(chosen)
        if not exact:
            del plan.exact[code.key]
    raw = plan.operation_raw.setdefault(code.key, {})
    new = {k: v for k, v in changes.items() if k not in raw or raw[k] is not v}
    raw.update(changes)
    if not raw:
        del plan.operation_raw[code.key]
    return bool(new) or exact_added or responses_added


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


def _exact_parameters(code: OperationCode, wanted: Any, got: Any) -> set[int] | None:
    """The input parameters to write `Exact(...)` so that the list comes out right.

    The compiler writes parameters in field order with a typed body last; `Exact`
    parameters stay in place. None when no choice of `Exact` parameters can do it.
    """
    if not isinstance(wanted, list) or not isinstance(got, list) or code.synthetic:
        return None
    if len(code.kinds) != len(wanted):
        return None
    in_place = [i for i, kind in enumerate(code.kinds) if kind != "body"]
    bodies = [i for i, kind in enumerate(code.kinds) if kind == "body"]
    if len(got) != len(in_place) + (1 if bodies else 0) or len(bodies) > 1:
        return None
    position = {index: n for n, index in enumerate(in_place)}
    if bodies:
        position[bodies[0]] = len(in_place)
    chosen = {i for i, param in enumerate(wanted) if got[position[i]] != param}
    if bodies and bodies[0] != len(wanted) - 1:
        chosen.add(bodies[0])
    return chosen


__all__ = ["METHODS", "refine"]
