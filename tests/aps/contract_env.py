"""What the ACC contract tests run on: Autodesk's contracts, the fake, the harness.

Plain functions and context managers (not fixtures), so that the tests of other
ACC families can keep their own `conftest.py`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from aps_connectors.acc import ACC
from connector_dsl.harness import Harness, load_source
from connector_dsl.testing.oracles import shared_dir
from tests.aps import spec_fake
from tests.aps.acc_contract import connector_operation
from tests.aps.acc_script import ScriptTransport
from tests.aps.contracts import Contracts
from tests.aps.synthesize import NO_HINT, synthesize

REGION = "EMEA"
"""The region the contract tests connect with: not the default, so the header is visible."""


@functools.cache
def _load(aps: Path) -> Contracts:
    found = Contracts(aps)
    assert found.operations and found.postman
    return found


def load_contracts() -> Contracts:
    """Autodesk's OpenAPI specs and Postman collections from ../shared/aps (else skip)."""
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared is not beside the project")
    return _load(shared / "aps")


def declared_answer(method: str, path: str, seed: Any) -> tuple[int, Any]:
    """For a Postman route (no response in the collection): the connector's declared
    success status and a body of its declared schema, with the world's seed."""
    source = load_source(ACC)
    operation = connector_operation(source, method, path)
    if operation is None:
        return 200, seed
    info = source.operations[operation]
    data = source.data["paths"][info.path][info.method]["responses"]
    code = next((c for c in sorted(data) if c.startswith("2")), "200")
    schema = data.get(code, {}).get("schema")
    if schema is None:
        return int(code), seed

    def resolve(node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = source.data["definitions"][str(node["$ref"]).rsplit("/", 1)[-1]]
        return node

    return int(code), synthesize(schema, resolve, NO_HINT if seed is None else seed)


@contextmanager
def running_fake() -> Iterator[spec_fake.SpecFake]:
    """The fake APS server generated from the contracts, stopped on exit."""
    server = spec_fake.start(load_contracts(), declared_answer)
    try:
        yield server
    finally:
        server.close()


def acc_harness(fake: spec_fake.SpecFake, region: str = REGION) -> Harness:
    """The harness on ACC, through the script seam (`acc_script`), against `fake`."""
    probe = Harness(ACC)
    routes = [(i.method, i.path, i.operation_id) for i in probe.source.operations.values()]
    scripts = probe.source.script_operations or ()
    probe.close()
    transport = ScriptTransport(httpx.HTTPTransport(), routes, scripts)
    return Harness(
        ACC,
        base_url=fake.url,
        token=spec_fake.TOKEN,
        connection={"region": region},
        timeout=10,
        transport=transport,
    )
