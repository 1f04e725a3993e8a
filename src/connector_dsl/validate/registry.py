"""The rule registry: every rule id once, with its severity per profile, and the checks.

Microsoft's rule ids are kept as they are (PascalCase, spelling included). Checks
Microsoft has no id for use ids of our own that start with `cdsl-` (kebab case).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from connector_dsl.validate.profiles import Profile, RuleSeverity

if TYPE_CHECKING:
    from connector_dsl.validate.context import Context

OUR_PREFIX = "cdsl-"


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: its id, group, severity per profile (None: not run) and a short summary."""

    id: str
    group: str
    custom: RuleSeverity | None
    certification: RuleSeverity | None
    summary: str

    def severity(self, profile: Profile) -> RuleSeverity | None:
        """The severity of this rule in a profile, or None when the profile skips it."""
        return self.custom if profile == "custom" else self.certification

    @property
    def ours(self) -> bool:
        """Whether the id is ours rather than Microsoft's."""
        return self.id.startswith(OUR_PREFIX)


Check = Callable[["Context"], None]

RULES: dict[str, Rule] = {}
CHECKS: list[tuple[frozenset[str], Check]] = []


def declare(
    rule_id: str,
    group: str,
    custom: RuleSeverity | None,
    certification: RuleSeverity | None,
    summary: str,
) -> str:
    """Register a rule; returns its id so modules can keep it in a constant."""
    if rule_id in RULES:
        msg = f"rule {rule_id} declared twice"
        raise ValueError(msg)
    RULES[rule_id] = Rule(rule_id, group, custom, certification, summary)
    return rule_id


def check(*rule_ids: str) -> Callable[[Check], Check]:
    """Register a check that may report any of `rule_ids`; skipped when none is on."""
    for rule_id in rule_ids:
        if rule_id not in RULES:
            msg = f"check reports undeclared rule {rule_id}"
            raise ValueError(msg)

    def register(function: Check) -> Check:
        CHECKS.append((frozenset(rule_ids), function))
        return function

    return register
