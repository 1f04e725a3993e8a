"""The two validation profiles and what each one is for."""

from __future__ import annotations

from typing import Literal, TypeAlias

Profile: TypeAlias = Literal["custom", "certification"]
RuleSeverity: TypeAlias = Literal["error", "warning"]

PROFILES: dict[Profile, str] = {
    "custom": "what stops an import into Power Automate or makes the connector misbehave",
    "certification": "custom, plus the string, metadata and documentation rules of certification",
}

E: RuleSeverity = "error"
"""Short name for rule tables."""
W: RuleSeverity = "warning"
"""Short name for rule tables."""
