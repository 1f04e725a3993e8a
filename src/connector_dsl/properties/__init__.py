"""The typed model of `apiProperties.json`, policy templates, and how users connect.

Connection parameters, policies, transforms and the `apiProperties.json` model are
loaded when first used (PEP 562): building a swagger document does not pay for them.
The sign-in classes reach the parameter models through this package for that reason.
"""

import importlib
from typing import TYPE_CHECKING, Any

from connector_dsl.properties.connections import (
    ApiKey,
    Basic,
    Connection,
    NoAuth,
    ParameterSet,
    tenant_parameter,
)
from connector_dsl.properties.fields import ConnectionField, PrimitiveType
from connector_dsl.properties.oauth import (
    AzureAD,
    AzureADCertificate,
    DocuSign,
    Facebook,
    NamedOAuth,
    OAuth2,
    OAuth2Generic,
    OAuthBase,
)

if TYPE_CHECKING:
    from connector_dsl.properties.build import DEFAULT_BRAND_COLOR, build_api_properties
    from connector_dsl.properties.model import (
        ApiProperties,
        ConnectorProperties,
        PolicyTemplateInstance,
        read_api_properties,
    )
    from connector_dsl.properties.parameters import (
        AdditionalParameter,
        AllowedValue,
        Condition,
        ConnectionParameter,
        ConnectionParameterSet,
        ConnectionParameterSets,
        Constraints,
        CustomParameter,
        Dependency,
        DropdownChoice,
        GatewaySettings,
        IdentityProvider,
        OAuthSettings,
        ParameterMetadata,
        RedirectMode,
        SetMetadata,
        UiDefinition,
        UiSchema,
        ValueUi,
    )
    from connector_dsl.properties.policies import (
        DynamicHostUrl,
        DynamicSubdomain,
        OperationIdOf,
        OperationRef,
        PolicyTemplate,
        PollingTriggerPolicy,
        RouteRequestToEndpoint,
        SetConnectionStatusToUnauthenticated,
        SetHeader,
        SetQueryParameter,
        SetValueFromUrl,
        UpdateNextLink,
        default_operation_id,
    )
    from connector_dsl.properties.transforms import (
        ConvertArrayToObject,
        ConvertObjectToArray,
        EncodePropertyValue,
        MoveProperties,
        SetProperty,
        StringReplace,
        StringToArray,
    )

_LAZY = {
    "AdditionalParameter": "parameters",
    "AllowedValue": "parameters",
    "Condition": "parameters",
    "ConnectionParameter": "parameters",
    "ConnectionParameterSet": "parameters",
    "ConnectionParameterSets": "parameters",
    "Constraints": "parameters",
    "CustomParameter": "parameters",
    "Dependency": "parameters",
    "DropdownChoice": "parameters",
    "GatewaySettings": "parameters",
    "IdentityProvider": "parameters",
    "OAuthSettings": "parameters",
    "ParameterMetadata": "parameters",
    "RedirectMode": "parameters",
    "SetMetadata": "parameters",
    "UiDefinition": "parameters",
    "UiSchema": "parameters",
    "ValueUi": "parameters",
    "DEFAULT_BRAND_COLOR": "build",
    "build_api_properties": "build",
    "ApiProperties": "model",
    "ConnectorProperties": "model",
    "PolicyTemplateInstance": "model",
    "read_api_properties": "model",
    "DynamicHostUrl": "policies",
    "DynamicSubdomain": "policies",
    "OperationIdOf": "policies",
    "OperationRef": "policies",
    "PolicyTemplate": "policies",
    "PollingTriggerPolicy": "policies",
    "RouteRequestToEndpoint": "policies",
    "SetConnectionStatusToUnauthenticated": "policies",
    "SetHeader": "policies",
    "SetQueryParameter": "policies",
    "SetValueFromUrl": "policies",
    "UpdateNextLink": "policies",
    "default_operation_id": "policies",
    "ConvertArrayToObject": "transforms",
    "ConvertObjectToArray": "transforms",
    "EncodePropertyValue": "transforms",
    "MoveProperties": "transforms",
    "SetProperty": "transforms",
    "StringReplace": "transforms",
    "StringToArray": "transforms",
}
"""Names loaded on first use -> their module."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "AdditionalParameter",
    "AllowedValue",
    "ApiKey",
    "ApiProperties",
    "AzureAD",
    "AzureADCertificate",
    "Basic",
    "Condition",
    "Connection",
    "ConnectionField",
    "ConnectionParameter",
    "ConnectionParameterSet",
    "ConnectionParameterSets",
    "ConnectorProperties",
    "Constraints",
    "ConvertArrayToObject",
    "ConvertObjectToArray",
    "CustomParameter",
    "DEFAULT_BRAND_COLOR",
    "Dependency",
    "DocuSign",
    "DropdownChoice",
    "DynamicHostUrl",
    "DynamicSubdomain",
    "EncodePropertyValue",
    "Facebook",
    "GatewaySettings",
    "IdentityProvider",
    "MoveProperties",
    "NamedOAuth",
    "NoAuth",
    "OAuth2",
    "OAuth2Generic",
    "OAuthBase",
    "OAuthSettings",
    "OperationIdOf",
    "OperationRef",
    "ParameterMetadata",
    "ParameterSet",
    "PolicyTemplate",
    "PolicyTemplateInstance",
    "PollingTriggerPolicy",
    "PrimitiveType",
    "RedirectMode",
    "RouteRequestToEndpoint",
    "SetConnectionStatusToUnauthenticated",
    "SetHeader",
    "SetMetadata",
    "SetProperty",
    "SetQueryParameter",
    "SetValueFromUrl",
    "StringReplace",
    "StringToArray",
    "UiDefinition",
    "UiSchema",
    "UpdateNextLink",
    "ValueUi",
    "build_api_properties",
    "default_operation_id",
    "read_api_properties",
    "tenant_parameter",
]
