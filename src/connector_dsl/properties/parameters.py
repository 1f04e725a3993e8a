"""Connection parameters of `apiProperties.json`: what a user fills in to connect.

Every node keeps keys it does not name, and reads leniently like the swagger
document model, so any real file reads and writes back unchanged.
"""

from typing import Literal, TypeAlias

from connector_dsl.document.base import JsonValue, Node

ParameterType: TypeAlias = Literal[
    "string", "securestring", "int", "bool", "oauthSetting", "gatewaySetting"
]
IdentityProvider: TypeAlias = Literal["oauth2", "oauth2generic", "aad", "aadcertificate"] | str
"""The four the platform defines, or a named provider (`facebook`, `DocuSign`, ...)."""
RedirectMode: TypeAlias = Literal["Global", "GlobalPerConnector", "Direct"]
StringBool: TypeAlias = Literal["true", "false"]
"""`required` and `hidden` constraints are the strings `"true"` and `"false"`."""


class DropdownChoice(Node):
    """One choice of `constraints.allowedValues`: the stored value and its shown text."""

    value: str
    text: str | None = None


class Dependency(Node):
    """Show a parameter only while another parameter has one of `values`."""

    values: list[str]


class Constraints(Node):
    """How the connection dialog treats a parameter."""

    required: StringBool | None = None
    hidden: StringBool | None = None
    clear_text: bool | None = None
    tab_index: int | None = None
    capability: list[str] | None = None
    allowed_values: list[DropdownChoice] | None = None
    dependencies: dict[str, Dependency] | None = None


class UiSchema(Node):
    """`uiDefinition.schema` of parameters inside a parameter set."""

    type: str | None = None
    description: str | None = None


class UiDefinition(Node):
    """The label, help text and constraints of a parameter (or of a parameter set)."""

    display_name: str | None = None
    description: str | None = None
    tooltip: str | None = None
    tab_index: int | None = None
    constraints: Constraints | None = None
    schema_: UiSchema | None = None


class ValueUi(Node):
    """The shown name and description of one allowed value."""

    display_name: str | None = None
    description: str | None = None


class AllowedValue(Node):
    """One value of a primitive parameter's `allowedValues`."""

    value: str
    ui_definition: ValueUi | None = None


class CustomParameter(Node):
    """One `customParameters` entry of `oAuthSettings`: `{"value": ...}`."""

    value: str | None = None


class Condition(Node):
    """Applies while connection parameter `parameter` has one of `one_of` (None: unset)."""

    parameter: str
    one_of: list[str | None]


class AdditionalParameter(Node):
    """An extra OAuth custom parameter that applies only under `applicable_when`."""

    type: Literal["string", "securestring"] | None = None
    applicable_when: list[Condition] | None = None


class OAuthSettings(Node):
    """`oAuthSettings` of an `oauthSetting` parameter.

    There is deliberately no `client_secret` field: a secret is given to the
    platform when the connector is created, never written into a file. A secret
    read from a file stays an unnamed key and is written back unchanged.
    """

    identity_provider: IdentityProvider
    client_id: str | None = None
    scopes: list[str] | None = None
    redirect_mode: RedirectMode | None = None
    redirect_url: str | None = None
    properties: dict[str, JsonValue] | None = None
    """`IsFirstParty` ("True"/"False"), `AzureActiveDirectoryResourceId`, ..."""
    custom_parameters: dict[str, CustomParameter] | None = None
    additional_parameters: dict[str, AdditionalParameter] | None = None


class ParameterMetadata(Node):
    """`metadata` of a connection parameter, e.g. `{"sourceType": "AzureActiveDirectoryTenant"}`."""

    source_type: str | None = None


class GatewaySettings(Node):
    """`gatewaySettings` of a gateway parameter (not in the official schema)."""

    data_source_type: str | None = None
    connection_details: list[JsonValue] | None = None


class ConnectionParameter(Node):
    """One connection parameter: primitive, OAuth or gateway, told apart by `type`."""

    type: ParameterType
    default_value: str | None = None
    allowed_values: list[AllowedValue] | None = None
    o_auth_settings: OAuthSettings | None = None
    gateway_settings: GatewaySettings | None = None
    metadata: ParameterMetadata | None = None
    ui_definition: UiDefinition | None = None


class SetMetadata(Node):
    """`metadata` of a parameter set."""

    allow_sharing: bool | None = None


class ConnectionParameterSet(Node):
    """One way to connect, among several (multi-auth)."""

    name: str
    ui_definition: UiDefinition | None = None
    metadata: SetMetadata | None = None
    parameters: dict[str, ConnectionParameter]


class ConnectionParameterSets(Node):
    """`connectionParameterSets`: the choice of how to connect, and the choices."""

    ui_definition: UiDefinition | None = None
    values: list[ConnectionParameterSet]
