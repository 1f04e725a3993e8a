"""The dropdown walk on any connector, against a fake generated from its schemas."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from connector_dsl.harness import Harness, HarnessError
from connector_dsl.harness.fake import start_fake
from connector_dsl.harness.request import to_schema
from connector_dsl.harness.samples import sample
from connector_dsl.harness.schemas import walk_properties
from connector_dsl.harness.source import OperationInfo

DYNAMIC = ("x-ms-dynamic-values", "x-ms-dynamic-list")


@dataclass
class Walk:
    dropdowns: int = 0
    filled: int = 0
    calls: int = 0
    calls_ok: int = 0
    webhooks: int = 0
    notified: int = 0
    problems: list[str] = field(default_factory=list)


def dynamic_inputs(harness: Harness, info: OperationInfo) -> list[str]:
    found: list[str] = []
    for parameter in info.parameters:
        if parameter.in_ == "body":
            for path, node in walk_properties(harness.source.data, to_schema(parameter)):
                if any(k in node for k in DYNAMIC) and node.get("x-ms-dynamic-values", {}).get(
                    "operationId", True
                ):
                    found.append(path)
        elif parameter.x_ms_dynamic_values is not None or parameter.x_ms_dynamic_list is not None:
            found.append(parameter.name)
    return found


def base_inputs(harness: Harness, info: OperationInfo) -> dict[str, Any]:
    """Sample values for the plain inputs an operation needs."""
    inputs: dict[str, Any] = {}
    for parameter in info.parameters:
        if parameter.in_ == "body":
            if parameter.required or parameter.schema_ is not None:
                value = sample(harness.source.data, to_schema(parameter), parameter.name)
                inputs[parameter.name] = value
        elif parameter.required and parameter.default is None:
            inputs[parameter.name] = sample(
                harness.source.data, {"type": parameter.type or "string"}, parameter.name
            )
    return inputs


def walk(folder: Path, limit: int = 6) -> Walk:
    result = Walk()
    fake = start_fake(folder)
    try:
        with Harness(
            folder,
            base_url=fake.url,
            api_key="key-1234",
            token="token-1234",
            username="user",
            password="pass-1234",
            timeout=5,
        ) as harness:
            operations = [
                i for i in harness.source.operations.values() if dynamic_inputs(harness, i)
            ]
            for info in operations[:limit]:
                chosen = base_inputs(harness, info)
                for name in dynamic_inputs(harness, info):
                    result.dropdowns += 1
                    try:
                        pairs = harness.values(info.operation_id, name, **_flat(chosen))
                    except HarnessError as error:
                        result.problems.append(
                            f"{info.operation_id}.{name}: {error.diagnostics[0].message}"
                        )
                        continue
                    if pairs:
                        result.filled += 1
                        chosen[name] = pairs[0][0]
                if harness.is_webhook(info.operation_id):
                    result.webhooks += 1
                    try:
                        with harness.webhook(info.operation_id, wait=5, **_flat(chosen)) as hook:
                            hook.wait()
                            result.notified += 1
                    except HarnessError as error:
                        result.problems.append(
                            f"{info.operation_id} (webhook): {error.diagnostics[0].message}"
                        )
                    continue
                result.calls += 1
                try:
                    call = harness.call_with(info.operation_id, chosen)
                except HarnessError as error:
                    result.problems.append(f"{info.operation_id}: {error.diagnostics[0].message}")
                    continue
                if call.status is not None and 200 <= call.status < 300:
                    result.calls_ok += 1
                else:
                    result.problems.append(
                        f"{info.operation_id}: {[str(f) for f in call.findings][:2]}"
                    )
    finally:
        fake.close()
    return result


def _flat(chosen: dict[str, Any]) -> dict[str, Any]:
    return {k.replace("/", "__"): v for k, v in chosen.items()}
