"""The document's top-level keys: what the connector class writes, and what is left raw.

The connector class says `info`, `security` and `tags`; the compiler's own
`document_head` is run on those declarations (made as objects, never as source
text), and every top-level key of the input it does not give back exactly
(other than `paths` and `definitions`, which are planned part by part) is
written in `RawDocument(keys=..., drop=...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from connector_dsl.authoring import ConnectorInfo, TagInfo
from connector_dsl.codegen.calls import Call
from connector_dsl.codegen.plan import DROP
from connector_dsl.compile import document_head
from connector_dsl.dump import to_data

PLANNED_APART = frozenset({"paths", "definitions"})
"""Top-level keys planned by the operations and the models, not here."""

_MISSING: Any = object()


def head_raw(
    data: Mapping[str, Any],
    info: Call,
    security: Call | None,
    tags: tuple[Call, ...],
    classes: Mapping[str, Callable[..., Any]],
) -> dict[str, Any]:
    """The top-level keys to write raw: the input's value, or `DROP` for a key it lacks."""
    makers: dict[str, Callable[..., Any]] = {
        "ConnectorInfo": ConnectorInfo,
        "TagInfo": TagInfo,
        **classes,
    }
    built = to_data(
        document_head(
            info.make(makers),
            security.make(makers) if security is not None else None,
            [tag.make(makers) for tag in tags],
        )
    )
    raw: dict[str, Any] = {}
    for key in [*data, *(k for k in built if k not in data)]:
        if key in PLANNED_APART:
            continue
        want = data.get(key, _MISSING)
        if want is _MISSING:
            raw[key] = DROP
        elif built.get(key, _MISSING) != want:
            raw[key] = want
    return raw
