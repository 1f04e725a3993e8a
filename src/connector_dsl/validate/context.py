"""What a check sees: the documents, the active rules, and where to report."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from connector_dsl.errors import pointer
from connector_dsl.validate.finding import DocumentKind
from connector_dsl.validate.index import Index
from connector_dsl.validate.jsonview import JsonObj, Ptr
from connector_dsl.validate.profiles import Profile, RuleSeverity


@dataclass(frozen=True, slots=True)
class Raw:
    """A finding before it is placed in a file."""

    rule: str
    pointer: str
    message: str
    severity: RuleSeverity
    document: DocumentKind


class Context:
    """The swagger (and apiProperties) under validation; checks call `report`."""

    def __init__(
        self,
        swagger: JsonObj,
        api_properties: JsonObj | None,
        profile: Profile,
        active: dict[str, RuleSeverity],
    ) -> None:
        self.swagger = swagger
        self.api_properties = api_properties
        self.profile: Profile = profile
        self.active = active
        self.found: list[Raw] = []

    @functools.cached_property
    def index(self) -> Index:
        """Operations, parameters, schemas and references of the swagger, found once."""
        return Index(self.swagger)

    @property
    def certification(self) -> bool:
        """Whether the certification profile is on."""
        return self.profile == "certification"

    def on(self, rule: str) -> bool:
        """Whether a rule is active in this run."""
        return rule in self.active

    def report(
        self,
        rule: str,
        at: Ptr,
        message: str,
        *,
        document: DocumentKind = "swagger",
        lenient: bool = False,
    ) -> None:
        """Record a finding; `lenient` lowers an error to a warning (legacy-tolerant cases)."""
        severity = self.active.get(rule)
        if severity is None:
            return
        if lenient:
            severity = "warning"
        self.found.append(Raw(rule, pointer(*at), message, severity, document))
