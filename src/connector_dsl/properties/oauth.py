"""OAuth 2.0 sign-in, one class per identity provider.

Each gives an `oauth2` (authorization code) swagger scheme and a `token`
connection parameter of type `oauthSetting`. The client secret has no field.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

from connector_dsl import properties
from connector_dsl.document import SecurityRequirement, SecurityScheme
from connector_dsl.document.base import JsonValue
from connector_dsl.errors import AuthoringError, Diagnostic
from connector_dsl.properties.connections import tenant_parameter
from connector_dsl.properties.fields import check_parameter_name, ui_definition

if TYPE_CHECKING:
    from connector_dsl.properties.parameters import (
        ConnectionParameter,
        OAuthSettings,
        RedirectMode,
    )

OAuthFlow = Literal["accessCode", "implicit", "password", "application"]
GLOBAL_REDIRECT_URL = "https://global.consent.azure-apim.net/redirect"
AAD_LOGIN = "https://login.microsoftonline.com"


@dataclass(frozen=True, slots=True, kw_only=True)
class OAuthBase(ABC):
    """What every OAuth provider shares: client id, scopes, redirect, labels."""

    identity_provider: ClassVar[str]

    client_id: str = "[[DummyValue]]"
    """The app's client id; the default placeholder suits connectors published as source."""
    flow: OAuthFlow = "accessCode"
    """The swagger flow: `accessCode` (what Power Platform signs in with), `implicit`,
    `password` or `application`."""
    scopes: Sequence[str] | Mapping[str, str] = ()
    """Scopes, or scope -> description for the swagger scheme."""
    redirect_mode: RedirectMode = "GlobalPerConnector"
    """`GlobalPerConnector` gives each connector its own redirect URL (the platform's advice)."""
    redirect_url: str | None = None
    """Written as given; for `Global` mode the global consent URL when not given."""
    custom_parameters: Mapping[str, str] = field(default_factory=dict[str, str])
    """Further `customParameters` beyond the provider's own."""
    name: str = "oauth2-auth"
    """The `securityDefinitions` key."""
    parameter: str = "token"
    """The connection parameter; paconn gives the secret only to one named `token`."""
    display_name: str | None = None
    description: str | None = None
    tooltip: str | None = None
    on_behalf_of_login: bool | None = None
    """Written as `oAuthSettings.properties.IsOnbehalfofLoginSupported` when given (the
    portal writes `false` for every provider; `true` needs Azure AD)."""

    @abstractmethod
    def provider_parameters(self) -> dict[str, str]:
        """The provider's own `customParameters`."""

    @abstractmethod
    def urls(self) -> tuple[str, str]:
        """The authorization and token URLs of the swagger scheme."""

    def provider_properties(self) -> dict[str, JsonValue]:
        """`oAuthSettings.properties`."""
        found: dict[str, JsonValue] = {"IsFirstParty": "False"}
        if self.on_behalf_of_login is not None:
            found["IsOnbehalfofLoginSupported"] = self.on_behalf_of_login
        return found

    def extra_parameters(self) -> dict[str, ConnectionParameter]:
        """Connection parameters that accompany the token (e.g. `token:TenantId`)."""
        return {}

    def scope_names(self) -> list[str]:
        """The scopes as `apiProperties.json` lists them."""
        return list(self.scopes)

    def security_definitions(self) -> dict[str, SecurityScheme]:
        """One `oauth2` authorization-code scheme."""
        authorization_url, token_url = self.urls()
        scopes = (
            dict(self.scopes)
            if isinstance(self.scopes, Mapping)
            else {scope: scope for scope in self.scopes}
        )
        scheme = SecurityScheme(type="oauth2", flow=self.flow)
        if self.flow in ("accessCode", "implicit"):
            scheme.authorization_url = authorization_url
        if self.flow in ("accessCode", "password", "application"):
            scheme.token_url = token_url
        scheme.scopes = scopes
        return {self.name: scheme}

    def requirement(self) -> list[SecurityRequirement]:
        """The scheme with every scope."""
        return [{self.name: self.scope_names()}]

    def oauth_settings(self) -> OAuthSettings:
        """`oAuthSettings`, without a client secret."""
        settings = properties.OAuthSettings(
            identity_provider=self.identity_provider,
            client_id=self.client_id,
            scopes=self.scope_names(),
            redirect_mode=self.redirect_mode,
        )
        redirect_url = self.redirect_url
        if redirect_url is None and self.redirect_mode == "Global":
            redirect_url = GLOBAL_REDIRECT_URL
        if redirect_url is not None:
            settings.redirect_url = redirect_url
        settings.properties = self.provider_properties()
        for key in self.custom_parameters:
            if "secret" in key.lower():
                msg = (
                    f"{type(self).__name__}.custom_parameters[{key!r}]: a client secret is"
                    " never written into a file; give it to the platform when creating"
                    " the connector"
                )
                raise AuthoringError([Diagnostic("oauth-secret-in-file", msg)])
        custom = {**self.provider_parameters(), **self.custom_parameters}
        settings.custom_parameters = {
            k: properties.CustomParameter(value=v) for k, v in custom.items()
        }
        return settings

    def connection_parameters(self) -> dict[str, ConnectionParameter]:
        """The `oauthSetting` parameter and any that accompany it."""
        check_parameter_name(self.parameter, f"{type(self).__name__}.parameter")
        token = properties.ConnectionParameter(
            type="oauthSetting", o_auth_settings=self.oauth_settings()
        )
        if (self.display_name, self.description, self.tooltip) != (None, None, None):
            token.ui_definition = ui_definition(
                self.display_name,
                self.description,
                self.tooltip,
                properties.Constraints(required="true"),
            )
        return {self.parameter: token, **self.extra_parameters()}


@dataclass(frozen=True, slots=True, kw_only=True)
class OAuth2(OAuthBase):
    """Generic OAuth 2.0 (`oauth2`): fixed authorization, token and refresh URLs."""

    identity_provider: ClassVar[str] = "oauth2"

    authorization_url: str
    token_url: str
    refresh_url: str | None = None
    """The token URL when not given."""

    def provider_parameters(self) -> dict[str, str]:
        """`authorizationUrl`, `tokenUrl`, `refreshUrl`."""
        return {
            "authorizationUrl": self.authorization_url,
            "tokenUrl": self.token_url,
            "refreshUrl": self.refresh_url or self.token_url,
        }

    def urls(self) -> tuple[str, str]:
        """The given URLs."""
        return self.authorization_url, self.token_url


@dataclass(frozen=True, slots=True, kw_only=True)
class OAuth2Generic(OAuthBase):
    """OAuth 2.0 with URL and body templates (`oauth2generic`).

    Templates may use `{clientId}`, `{clientSecret}`, `{scopes}`, `{redirectUrl}`,
    `{State}`, `{code}` and `{refreshToken}`; the platform fills them in.
    """

    identity_provider: ClassVar[str] = "oauth2generic"

    authorization_url_template: str
    token_url_template: str
    refresh_url_template: str | None = None
    authorization_url_query_string_template: str | None = None
    token_url_query_string_template: str | None = None
    token_body_template: str | None = None
    refresh_url_query_string_template: str | None = None
    refresh_body_template: str | None = None
    scope_list_delimiter: str | None = None
    authorization_url: str | None = None
    """The swagger scheme's URL; the template when not given."""
    token_url: str | None = None
    """The swagger scheme's URL; the template when not given."""

    def provider_parameters(self) -> dict[str, str]:
        """The templates that are given, by their platform names."""
        given = {
            "authorizationUrlTemplate": self.authorization_url_template,
            "authorizationUrlQueryStringTemplate": self.authorization_url_query_string_template,
            "tokenUrlTemplate": self.token_url_template,
            "tokenUrlQueryStringTemplate": self.token_url_query_string_template,
            "tokenBodyTemplate": self.token_body_template,
            "refreshUrlTemplate": self.refresh_url_template or self.token_url_template,
            "refreshUrlQueryStringTemplate": self.refresh_url_query_string_template,
            "refreshBodyTemplate": self.refresh_body_template,
            "scopeListDelimiter": self.scope_list_delimiter,
        }
        return {key: value for key, value in given.items() if value is not None}

    def urls(self) -> tuple[str, str]:
        """The given URLs, or the templates."""
        return (
            self.authorization_url or self.authorization_url_template,
            self.token_url or self.token_url_template,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class AzureAD(OAuthBase):
    """Microsoft Entra ID (Azure AD) sign-in (`aad`), with the `token:TenantId` claim."""

    identity_provider: ClassVar[str] = "aad"

    resource_uri: str
    """The resource the token is for, e.g. `https://graph.microsoft.com`."""
    login_uri: str = AAD_LOGIN
    tenant_id: str = "common"
    resource_id: str | None = None
    """`AzureActiveDirectoryResourceId` (needed for on-behalf-of login)."""

    def provider_parameters(self) -> dict[str, str]:
        """`loginUri`, `tenantId`, `resourceUri`."""
        return {
            "loginUri": self.login_uri,
            "tenantId": self.tenant_id,
            "resourceUri": self.resource_uri,
        }

    def provider_properties(self) -> dict[str, JsonValue]:
        """Third party, with the resource id and on-behalf-of flag when given."""
        found: dict[str, JsonValue] = {"IsFirstParty": "False"}
        if self.resource_id is not None:
            found["AzureActiveDirectoryResourceId"] = self.resource_id
        if self.on_behalf_of_login is not None:
            found["IsOnbehalfofLoginSupported"] = self.on_behalf_of_login
        return found

    def extra_parameters(self) -> dict[str, ConnectionParameter]:
        """`token:TenantId`."""
        return {f"{self.parameter}:TenantId": tenant_parameter()}

    def urls(self) -> tuple[str, str]:
        """The tenant's authorize and token endpoints."""
        base = f"{self.login_uri.rstrip('/')}/{self.tenant_id}/oauth2"
        return f"{base}/authorize", f"{base}/token"


@dataclass(frozen=True, slots=True, kw_only=True)
class AzureADCertificate(OAuthBase):
    """Azure AD with a certificate (`aadcertificate`); first-party Microsoft apps only."""

    identity_provider: ClassVar[str] = "aadcertificate"

    resource_uri: str
    login_uri: str = AAD_LOGIN
    login_uri_aad: str | None = None
    resource_id: str | None = None
    """`AzureActiveDirectoryResourceId`, when given."""

    def provider_parameters(self) -> dict[str, str]:
        """`loginUri`, `loginUriAAD` (when given), `resourceUri`."""
        found = {"loginUri": self.login_uri}
        if self.login_uri_aad is not None:
            found["loginUriAAD"] = self.login_uri_aad
        found["resourceUri"] = self.resource_uri
        return found

    def provider_properties(self) -> dict[str, JsonValue]:
        """First party, as this provider requires."""
        found: dict[str, JsonValue] = {"IsFirstParty": "True"}
        if self.resource_id is not None:
            found["AzureActiveDirectoryResourceId"] = self.resource_id
        return found

    def urls(self) -> tuple[str, str]:
        """The common tenant's authorize and token endpoints."""
        base = f"{self.login_uri.rstrip('/')}/common/oauth2"
        return f"{base}/authorize", f"{base}/token"


@dataclass(frozen=True, slots=True, kw_only=True)
class NamedOAuth(OAuthBase):
    """A provider the platform knows by name (`github`, `google`, ...); give its id."""

    identity_provider: ClassVar[str] = ""

    provider: str
    """The `identityProvider` value."""
    authorization_url: str
    token_url: str

    def oauth_settings(self) -> OAuthSettings:
        """As for every provider, with `provider` as the identity provider."""
        settings = OAuthBase.oauth_settings(self)
        settings.identity_provider = self.provider
        return settings

    def provider_parameters(self) -> dict[str, str]:
        """None: the platform knows the provider's endpoints."""
        return {}

    def urls(self) -> tuple[str, str]:
        """The given URLs."""
        return self.authorization_url, self.token_url


@dataclass(frozen=True, slots=True, kw_only=True)
class Facebook(OAuthBase):
    """Facebook sign-in (`facebook`)."""

    identity_provider: ClassVar[str] = "facebook"

    def provider_parameters(self) -> dict[str, str]:
        """None: the platform knows Facebook's endpoints."""
        return {}

    def urls(self) -> tuple[str, str]:
        """Facebook's dialog and token endpoints."""
        return (
            "https://www.facebook.com/dialog/oauth",
            "https://graph.facebook.com/oauth/access_token",
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DocuSign(OAuthBase):
    """DocuSign sign-in (`DocuSign`); `login_uri` picks the demo or production account."""

    identity_provider: ClassVar[str] = "DocuSign"

    login_uri: str = "https://account.docusign.com"

    def provider_parameters(self) -> dict[str, str]:
        """`LoginUri`."""
        return {"LoginUri": self.login_uri}

    def urls(self) -> tuple[str, str]:
        """The account server's authorize and token endpoints."""
        base = self.login_uri.rstrip("/")
        return f"{base}/oauth/auth", f"{base}/oauth/token"
