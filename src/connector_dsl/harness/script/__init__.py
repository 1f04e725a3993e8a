"""Running a connector's `script.csx` locally, as Power Platform runs custom code (Mono)."""

from connector_dsl.harness.script.compiler import Toolchain, find_toolchain, missing_reason
from connector_dsl.harness.script.limits import ALLOWED_NAMESPACES, MAX_BYTES, TIME_LIMIT
from connector_dsl.harness.script.runner import ScriptOutcome, ScriptRunner, Sent

__all__ = [
    "ALLOWED_NAMESPACES",
    "MAX_BYTES",
    "TIME_LIMIT",
    "ScriptOutcome",
    "ScriptRunner",
    "Sent",
    "Toolchain",
    "find_toolchain",
    "missing_reason",
]
