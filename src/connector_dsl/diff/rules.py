"""The breaking-change rules of `connector-dsl diff`, each id once with its severity.

Severities have Power Platform's meaning: `breaking` stops flows (or connections)
made with the old version; `warning` may change what they do; `info` is safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

ChangeSeverity: TypeAlias = Literal["breaking", "warning", "info"]
SEVERITIES: tuple[ChangeSeverity, ...] = ("breaking", "warning", "info")


@dataclass(frozen=True, slots=True)
class DiffRule:
    """One kind of change: its id, severity and a one-line meaning."""

    id: str
    severity: ChangeSeverity
    summary: str


DIFF_RULES: dict[str, DiffRule] = {}


def _rule(rule_id: str, severity: ChangeSeverity, summary: str) -> str:
    DIFF_RULES[rule_id] = DiffRule(rule_id, severity, summary)
    return rule_id


B: ChangeSeverity = "breaking"
W: ChangeSeverity = "warning"
I: ChangeSeverity = "info"  # noqa: E741

# operations
OPERATION_REMOVED = _rule("operation-removed", B, "an operation is gone")
OPERATION_ID_CHANGED = _rule("operation-id-changed", B, "same method and path, other operationId")
OPERATION_METHOD_CHANGED = _rule("operation-method-changed", B, "same operationId, other method")
OPERATION_PATH_CHANGED = _rule("operation-path-changed", B, "same operationId, other path")
OPERATION_HIDDEN = _rule(
    "operation-hidden", B, "an operation became internal without a successor in its family"
)
TRIGGER_KIND_CHANGED = _rule(
    "trigger-kind-changed", B, "action/trigger, webhook/polling or single/batch changed"
)
OPERATION_ADDED = _rule("operation-added", I, "a new operation")
OPERATION_DEPRECATED = _rule("operation-deprecated", I, "an operation became deprecated")
OPERATION_SUPERSEDED = _rule(
    "operation-superseded", I, "deprecated and internal, with a higher revision in its family"
)
FAMILY_REVISION_NOT_HIGHER = _rule(
    "family-revision-not-higher", W, "a successor's revision is not above its predecessor's"
)

# inputs: parameters and body properties
INPUT_ADDED_REQUIRED = _rule("input-added-required", B, "a new required input without a default")
INPUT_REMOVED = _rule("input-removed", B, "an input is gone")
INPUT_RENAMED = _rule("input-renamed", B, "an input has another name")
INPUT_MOVED = _rule("input-moved", B, "a parameter moved to another `in`")
INPUT_TYPE_CHANGED = _rule("input-type-changed", B, "an input's type changed")
INPUT_FORMAT_CHANGED = _rule("input-format-changed", B, "an input's format was added or changed")
INPUT_ENUM_NARROWED = _rule("input-enum-narrowed", B, "an input accepts fewer values")
INPUT_MADE_REQUIRED = _rule(
    "input-made-required", B, "an optional input without default is required"
)
INPUT_HIDDEN = _rule("input-hidden", B, "an input became internal without a default")
INPUT_DEFAULT_CHANGED = _rule("input-default-changed", W, "an input's default changed")
DYNAMIC_VALUES_CHANGED = _rule(
    "dynamic-values-changed", W, "the operation behind an input's dropdown changed"
)
INPUT_ADDED = _rule("input-added", I, "a new optional input (or one with a default)")
INPUT_WIDENED = _rule("input-widened", I, "an input accepts more values")
INPUT_VISIBILITY_CHANGED = _rule(
    "input-visibility-changed", I, "an input's x-ms-visibility changed harmlessly"
)
INTERNAL_INPUT_CHANGED = _rule("internal-input-changed", I, "an internal input changed")

# outputs: the success response and the webhook payload
OUTPUT_REMOVED = _rule("output-removed", B, "a response property is gone")
OUTPUT_TYPE_CHANGED = _rule("output-type-changed", B, "a response property's type changed")
OUTPUT_ADDED = _rule("output-added", I, "a new response property")
NOTIFICATION_PROPERTY_REMOVED = _rule(
    "notification-property-removed", B, "a webhook payload property is gone"
)
NOTIFICATION_PROPERTY_TYPE_CHANGED = _rule(
    "notification-property-type-changed", B, "a webhook payload property's type changed"
)
NOTIFICATION_PROPERTY_ADDED = _rule(
    "notification-property-added", I, "a new webhook payload property"
)
DYNAMIC_SCHEMA_CHANGED = _rule(
    "dynamic-schema-changed", B, "the operation that describes a dynamic schema changed"
)

# the connection and the service
SECURITY_TYPE_CHANGED = _rule("security-type-changed", B, "the kind of sign-in changed")
SECURITY_SCOPES_ADDED = _rule("security-scopes-added", B, "OAuth scopes were added")
SECURITY_SCOPES_REMOVED = _rule("security-scopes-removed", I, "OAuth scopes were removed")
CONNECTION_PARAMETER_ADDED_REQUIRED = _rule(
    "connection-parameter-added-required", B, "a new required connection parameter"
)
CONNECTION_PARAMETER_REMOVED = _rule(
    "connection-parameter-removed", B, "a connection parameter is gone"
)
CONNECTION_PARAMETER_TYPE_CHANGED = _rule(
    "connection-parameter-type-changed", B, "a connection parameter's type changed"
)
CONNECTION_PARAMETER_ADDED = _rule(
    "connection-parameter-added", I, "a new optional connection parameter"
)
HOST_CHANGED = _rule("host-changed", B, "the service host changed")
BASE_PATH_CHANGED = _rule("base-path-changed", B, "the base path changed")
TEXT_CHANGED = _rule("text-changed", I, "a summary, description or title changed")
