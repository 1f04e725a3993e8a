"""Checking response headers: each is given by a plain type.

- `response-header-type`: a header of `Route.response_headers` or `Reply.headers`
  is given a type whose schema is no plain header (a model, a dict, `Any`): a
  header is a string, a number, a boolean or a list of those.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from connector_dsl.authoring.places import class_place
from connector_dsl.authoring.route import Reply
from connector_dsl.compile.spec import OperationSpec
from connector_dsl.errors import Diagnostic

_PLAIN = frozenset({"string", "integer", "number", "boolean"})


def plain_header(schema: Any) -> bool:
    """Whether a schema is one a response header can have: a scalar, or a list of scalars."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    kind = schema.get("type")
    if kind == "array":
        return plain_header(schema.get("items"))
    return kind in _PLAIN


def check_headers(specs: Iterable[OperationSpec], schemas: Mapping[Any, Any]) -> list[Diagnostic]:
    """`response-header-type` for each header given a type that no header can have."""
    found: list[Diagnostic] = []
    for spec in specs:
        route = spec.route
        given: list[tuple[str, str, Any]] = [
            ("response_headers", name, kind) for name, kind in route.response_headers.items()
        ]
        for code, reply in route.responses.items():
            if isinstance(reply, Reply):
                given += [(f"responses[{code!r}]", n, k) for n, k in reply.headers.items()]
        for where, name, kind in given:
            if not plain_header(schemas.get(kind)):
                found.append(
                    Diagnostic(
                        "response-header-type",
                        f"Route({where}=...): header {name!r} is {kind!r}; give it a plain "
                        "type: str, int, float, bool or a list of those",
                        class_place(spec.cls, "route"),
                    )
                )
    return found
