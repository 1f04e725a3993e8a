"""`validate` on long `$ref` chains: every link is checked, loops at the end are still found.

How long a 10,000-link chain takes is measured by bench/bench_ref_chains.py, not here.
"""

from __future__ import annotations

from typing import Any

from connector_dsl.validate import validate
from tests.robustness.kit import swagger

LINKS = 10_000


def bare_chain(links: int, *, loop: bool) -> dict[str, Any]:
    definitions: dict[str, Any] = {
        f"D{i}": {"$ref": f"#/definitions/D{i + 1}"} for i in range(links)
    }
    definitions[f"D{links}"] = {"$ref": "#/definitions/D0"} if loop else {"type": "string"}
    return swagger(definitions={**definitions, "Item": {"type": "object"}})


def required_chain(links: int, *, loop: bool) -> dict[str, Any]:
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
    return [f.rule for f in validate(data, profile="custom")]


def test_long_bare_chain_without_loop() -> None:
    assert "SchemaRefLoopNotAllowed" not in _codes(bare_chain(LINKS, loop=False))


def test_long_bare_chain_with_loop() -> None:
    codes = _codes(bare_chain(LINKS, loop=True))
    assert codes.count("SchemaRefLoopNotAllowed") == LINKS + 1


def test_long_required_chain_without_loop() -> None:
    assert "RequiredLoopInSchemaNotAllowed" not in _codes(required_chain(LINKS, loop=False))


def test_long_required_chain_with_loop() -> None:
    codes = _codes(required_chain(LINKS, loop=True))
    assert codes.count("RequiredLoopInSchemaNotAllowed") == LINKS
