"""Every operation of the ACC connector against Autodesk's specs (and Postman collections).

Run with `-s` to see the table of operations, requests checked and paths checked.
"""

from __future__ import annotations

import pytest

from aps_connectors.acc import ACC
from tests.aps import acc_contract
from tests.aps.acc_contract import Row
from tests.aps.contract_env import REGION, acc_harness, load_contracts, running_fake

# Every ACC operation against Autodesk's specs and collections: tens of seconds.
pytestmark = pytest.mark.slow


def test_every_operation_keeps_to_autodesks_contracts() -> None:
    contracts = load_contracts()
    rows: dict[str, Row] = {}
    with running_fake() as fake, acc_harness(fake) as harness:
        acc_contract.static_checks(harness.source, contracts, rows)
        owners: dict[int, str] = {}
        failures = acc_contract.drive(harness, fake, owners)
        acc_contract.tally(harness.source, fake, rows, owners)
        missing_region = acc_contract.region_headers(fake, REGION)
    print("\n" + acc_contract.table(rows))
    problems = [f"{r.operation}: {p}" for r in rows.values() for p in r.problems]
    assert problems == []
    assert failures == []
    assert missing_region == []
    operations = {op.operation_id() for op in ACC.operations}
    assert set(rows) == operations  # every request belonged to an operation of the connector
    assert all(rows[name].requests > 0 for name in operations)
    assert sum(r.invalid for r in rows.values()) == 0
