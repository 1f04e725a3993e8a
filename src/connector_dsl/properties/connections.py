"""How users connect: each class gives the swagger `securityDefinitions` entry and the
matching `apiProperties.json` connection parameters, named as the platform expects.

No class has a client secret: it is given to the platform (`paconn create --secret`)
and is never written into a file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from connector_dsl import properties
from connector_dsl.document import SecurityRequirement, SecurityScheme
from connector_dsl.properties.fields import ConnectionField, check_parameter_name, ui_definition

if TYPE_CHECKING:
    from connector_dsl.properties.parameters import (
        ConnectionParameter,
        ConnectionParameterSet,
    )


class Connection(Protocol):
    """Anything that declares how users connect."""

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """The swagger `securityDefinitions` entries."""
        ...

    def requirement(self) -> list[SecurityRequirement]:
        """The swagger top-level `security` requirement."""
        ...

    def connection_parameters(self) -> dict[str, ConnectionParameter]:
        """The `connectionParameters` of `apiProperties.json`."""
        ...


@dataclass(frozen=True, slots=True)
class NoAuth:
    """No authentication: no scheme, no parameters."""

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """None."""
        return {}

    def requirement(self) -> list[SecurityRequirement]:
        """None."""
        return []

    def connection_parameters(self) -> dict[str, ConnectionParameter]:
        """None."""
        return {}


def _secure(
    display_name: str, description: str, tooltip: str, *, tab_index: int, clear_text: bool
) -> ConnectionParameter:
    constraints = properties.Constraints(
        required="true", tab_index=tab_index, clear_text=clear_text
    )
    return properties.ConnectionParameter(
        type="securestring",
        ui_definition=ui_definition(display_name, description, tooltip, constraints),
    )


@dataclass(frozen=True, slots=True, kw_only=True)
class ApiKey:
    """An API key the user pastes, sent in a header or the query string."""

    parameter: str = "api_key"
    """The header or query parameter name on the wire (e.g. `X-API-Key`)."""
    location: Literal["header", "query"] = "header"
    name: str = "API Key"
    """The `securityDefinitions` key."""
    connection_parameter: str = "api_key"
    display_name: str = "API Key"
    description: str | None = None
    tooltip: str | None = None

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """One `apiKey` scheme."""
        return {self.name: SecurityScheme(type="apiKey", name=self.parameter, in_=self.location)}

    def requirement(self) -> list[SecurityRequirement]:
        """The scheme."""
        return [{self.name: []}]

    def connection_parameters(self) -> dict[str, ConnectionParameter]:
        """A hidden-text `securestring`, as the portal writes it."""
        check_parameter_name(self.connection_parameter, "ApiKey.connection_parameter")
        label = self.display_name
        return {
            self.connection_parameter: _secure(
                label,
                self.description or f"The {label} for this connection",
                self.tooltip or f"Provide your {label}",
                tab_index=2,
                clear_text=False,
            )
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Basic:
    """HTTP basic authentication: a user name and a password."""

    name: str = "basic_auth"
    username_label: str = "Username"
    username_description: str = "The user name for this connection"
    password_label: str = "Password"
    password_description: str = "The password for this connection"

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """One `basic` scheme."""
        return {self.name: SecurityScheme(type="basic")}

    def requirement(self) -> list[SecurityRequirement]:
        """The scheme."""
        return [{self.name: []}]

    def connection_parameters(self) -> dict[str, ConnectionParameter]:
        """`username` (shown as typed) and `password` (hidden), both `securestring`."""
        return {
            "username": _secure(
                self.username_label,
                self.username_description,
                f"Provide your {self.username_label}",
                tab_index=2,
                clear_text=True,
            ),
            "password": _secure(
                self.password_label,
                self.password_description,
                f"Provide your {self.password_label}",
                tab_index=3,
                clear_text=False,
            ),
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class ParameterSet:
    """One way to connect among several (multi-auth, `connectionParameterSets`)."""

    name: str
    display_name: str
    description: str
    connection: Connection
    extra_parameters: Sequence[ConnectionField] = ()
    allow_sharing: bool | None = None

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """The swagger schemes of this way to connect."""
        return self.connection.security_definitions()

    def to_set(self) -> ConnectionParameterSet:
        """The `connectionParameterSets.values` entry."""
        parameters = dict(self.connection.connection_parameters())
        parameters.update({extra.name: extra.to_parameter() for extra in self.extra_parameters})
        entry = properties.ConnectionParameterSet(
            name=self.name,
            ui_definition=ui_definition(self.display_name, self.description),
            parameters=parameters,
        )
        if self.allow_sharing is not None:
            entry.metadata = properties.SetMetadata(allow_sharing=self.allow_sharing)
        return entry


def tenant_parameter() -> ConnectionParameter:
    """The fixed `token:TenantId` parameter that accompanies Azure AD sign-in."""
    return properties.ConnectionParameter(
        type="string",
        metadata=properties.ParameterMetadata(source_type="AzureActiveDirectoryTenant"),
        ui_definition=ui_definition(
            "Tenant",
            "The tenant ID of for the Azure Active Directory application",
            constraints=properties.Constraints(required="false", hidden="true"),
        ),
    )
