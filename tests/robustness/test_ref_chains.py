"""`validate` on long `$ref` chains: each link is followed a bounded number of times.

A 10,000-link chain validates within seconds (the issue measured 10.9 s at 1,600
links before); loops at the end of a chain are still found.
"""

from __future__ import annotations

import time
from typing import Any

from connector_dsl.validate import validate
from tests.robustness.kit import swagger

LINKS = 10_000
BOUND_SECONDS = 5.0
"""Generous for a shared, busy machine; the work is linear in the links."""


def _bare_chain(links: int, *, loop: bool) -> dict[str, Any]:
    definitions: dict[str, Any] = {
        f"D{i}": {"$ref": f"#/definitions/D{i + 1}"} for i in range(links)
    }
    definitions[f"D{links}"] = {"$ref": "#/definitions/D0"} if loop else {"type": "string"}
    return swagger(definitions={**definitions, "Item": {"type": "object"}})


def _required_chain(links: int, *, loop: bool) -> dict[str, Any]:
    definitions: dict[str, Any] = {}
    for i in range(links):
        target = f"D{i + 1}" if i + 1 < links or not loop else "D0"
        definitions[f"D{i}"] = {
            "type": "object",
            "required": ["next"],
            "properties": {"next": {"$ref": f"#/definitions/{target}"}},
        }
    definitions[f"D{links}"] = {"type": "object"}
    return swagger(definitions={**definitions, "Item": {"type": "object"}})


def _codes(data: dict[str, Any]) -> list[str]:
    started = time.perf_counter()
    findings = validate(data, profile="custom")
    assert time.perf_counter() - started < BOUND_SECONDS
    return [f.rule for f in findings]


def test_long_bare_chain_without_loop() -> None:
    assert "SchemaRefLoopNotAllowed" not in _codes(_bare_chain(LINKS, loop=False))


def test_long_bare_chain_with_loop() -> None:
    codes = _codes(_bare_chain(LINKS, loop=True))
    assert codes.count("SchemaRefLoopNotAllowed") == LINKS + 1


def test_long_required_chain_without_loop() -> None:
    assert "RequiredLoopInSchemaNotAllowed" not in _codes(_required_chain(LINKS, loop=False))


def test_long_required_chain_with_loop() -> None:
    codes = _codes(_required_chain(LINKS, loop=True))
    assert codes.count("RequiredLoopInSchemaNotAllowed") == LINKS
