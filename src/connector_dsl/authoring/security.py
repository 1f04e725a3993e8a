"""How users sign in: the security schemes of a connector's swagger."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, Protocol

from connector_dsl.document import SecurityRequirement, SecurityScheme

OAuthFlow = Literal["accessCode", "implicit", "password", "application"]


class SecurityDeclaration(Protocol):
    """Anything that declares a connector's security: its schemes and requirement."""

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """The `securityDefinitions` entries."""
        ...

    def requirement(self) -> list[SecurityRequirement]:
        """The global `security` requirement."""
        ...


@dataclass(frozen=True, slots=True, kw_only=True)
class OAuth2:
    """OAuth 2.0; `refresh_url` goes to `apiProperties.json` (Swagger 2.0 has no field)."""

    flow: OAuthFlow = "accessCode"
    authorization_url: str | None = None
    token_url: str | None = None
    refresh_url: str | None = None
    scopes: Mapping[str, str] = field(default_factory=dict)
    name: str = "oauth2-auth"
    description: str | None = None

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """One `oauth2` scheme with the URLs its flow needs."""
        scheme = SecurityScheme(type="oauth2", flow=self.flow, scopes=dict(self.scopes))
        if self.flow in ("accessCode", "implicit"):
            scheme.authorization_url = self.authorization_url or ""
        if self.flow in ("accessCode", "password", "application"):
            scheme.token_url = self.token_url or ""
        if self.description:
            scheme.description = self.description
        return {self.name: scheme}

    def requirement(self) -> list[SecurityRequirement]:
        """The scheme with every scope."""
        return [{self.name: list(self.scopes)}]


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiKey:
    """An API key sent in a header or the query string."""

    parameter: str = "api_key"
    location: Literal["header", "query"] = "header"
    name: str = "API Key"
    description: str | None = None

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """One `apiKey` scheme."""
        scheme = SecurityScheme(type="apiKey", name=self.parameter, in_=self.location)
        if self.description:
            scheme.description = self.description
        return {self.name: scheme}

    def requirement(self) -> list[SecurityRequirement]:
        """The scheme."""
        return [{self.name: []}]


@dataclass(frozen=True, slots=True, kw_only=True)
class Basic:
    """HTTP basic authentication (user name and password)."""

    name: str = "basic_auth"
    description: str | None = None

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """One `basic` scheme."""
        scheme = SecurityScheme(type="basic")
        if self.description:
            scheme.description = self.description
        return {self.name: scheme}

    def requirement(self) -> list[SecurityRequirement]:
        """The scheme."""
        return [{self.name: []}]


@dataclass(frozen=True, slots=True)
class NoAuth:
    """No authentication."""

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """No schemes."""
        return {}

    def requirement(self) -> list[SecurityRequirement]:
        """No requirement."""
        return []
