"""How users sign in: one declaration gives the swagger's security and the connection.

The classes live in `connector_dsl.properties`, because each also writes the
matching `connectionParameters` of `apiProperties.json`.
"""

from connector_dsl.properties.connections import ApiKey, Basic, Connection, NoAuth, ParameterSet
from connector_dsl.properties.fields import ConnectionField
from connector_dsl.properties.oauth import (
    AzureAD,
    AzureADCertificate,
    DocuSign,
    Facebook,
    NamedOAuth,
    OAuth2,
    OAuth2Generic,
    OAuthFlow,
)

SecurityDeclaration = Connection
"""Anything a connector's `security` takes (the protocol every scheme class follows)."""

__all__ = [
    "ApiKey",
    "AzureAD",
    "AzureADCertificate",
    "Basic",
    "Connection",
    "ConnectionField",
    "DocuSign",
    "Facebook",
    "NamedOAuth",
    "NoAuth",
    "OAuth2",
    "OAuth2Generic",
    "OAuthFlow",
    "ParameterSet",
    "SecurityDeclaration",
]
