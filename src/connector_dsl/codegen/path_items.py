"""Path item keys: the operation classes write their methods, the rest is written raw.

A path item's other keys (`parameters`, extensions, a `x-ms-notification-content`
that no `WebhookTrigger` class writes) have no typed form, so each is written in
`RawDocument(paths={path: Raw(keys=...)})`; a path with no operation class is
written as that raw item alone. When `paths` is no object of objects, the whole
key is written raw.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from connector_dsl.codegen.operations import NOTIFICATION, OperationCode

__all__ = ["NOTIFICATION", "path_raw", "whole_paths_raw"]


def whole_paths_raw(paths: Any) -> bool:
    """Whether `paths` is written raw as a whole (it is no object of path item objects)."""
    return not isinstance(paths, dict) or not all(isinstance(item, dict) for item in paths.values())


def path_raw(paths: dict[str, Any], codes: Iterable[OperationCode]) -> dict[str, dict[str, Any]]:
    """The raw keys of each path item, for the paths that need some.

    The `x-ms-notification-content` of a path with a `WebhookTrigger` class is the
    class's to write (its payload model), so it is not among them.
    """
    typed: dict[str, set[str]] = {}
    webhooks: set[str] = set()
    for code in codes:
        typed.setdefault(code.key[0], set()).add(code.key[1])
        if code.webhook:
            webhooks.add(code.key[0])
    found: dict[str, dict[str, Any]] = {}
    for path, item in paths.items():
        methods = typed.get(path, set())
        keys = {
            key: value
            for key, value in item.items()
            if key not in methods and not (key == NOTIFICATION and path in webhooks)
        }
        if keys or not methods:
            found[path] = keys
    return found
