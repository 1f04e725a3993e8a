"""What the generator writes raw, planned per node."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from connector_dsl.codegen.properties import PropertiesPlan

DROP: Any = object()
"""A raw value meaning "remove this key"."""

OperationKey = tuple[str, str]
"""(path, method) of one operation."""


@dataclass
class Plan:
    """Generator choices: how typed to be, and which parts are written raw."""

    models: bool = True
    """`Connector.models` listing every definition's model (else only those operations use)."""
    typed: bool = True
    """Model classes for bodies and responses (else `Any`)."""
    dynamic: bool = True
    """Typed `DynamicValues` referring to operation classes."""
    triggers: bool = True
    """`WebhookTrigger` / `PollingTrigger` classes (else actions with raw keys)."""
    operations: bool = True
    """Operation classes at all (else the whole document is written raw: the last resort)."""
    operation_raw: dict[OperationKey, dict[str, Any]] = field(default_factory=dict)
    exact: dict[OperationKey, set[int]] = field(default_factory=dict)
    """Indices of the parameters written `Exact(...)` (recorded as the fields are written)."""
    body_schema: dict[OperationKey, Any] = field(default_factory=dict)
    """Body schemas written `Raw(keys={"schema": ...})`: the body's type does not write them."""
    response_raw: dict[OperationKey, dict[str, Any]] = field(default_factory=dict)
    """Responses written `Exact(...)` in `Route.responses`, by operation and status
    (references to `#/responses/...`, and responses that are no object)."""
    response_keys: dict[OperationKey, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """Keys of single responses written raw (`Route(response_raw=...)`, `Reply(raw=...)`),
    by operation, status and key; `DROP` removes a key."""
    response_fixes: dict[OperationKey, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """Response body schemas their types do not write exactly (`{"schema": ...}`), by
    operation and status: written raw too (see `operations.SchemaCheck`)."""
    document_raw: dict[str, Any] = field(default_factory=dict)
    """Top-level keys written raw (planned by `head_raw` and the module's rules)."""
    definition_raw: dict[str, Any] = field(default_factory=dict)
    """Definitions no class builds, written exactly (the last resort, see `model_check`)."""
    path_raw: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Path item keys written raw by the plan: a webhook's notification content its
    payload type does not write exactly."""
    properties: PropertiesPlan | None = None
    """The `apiProperties.json` to declare on the connector class, when there is one."""
