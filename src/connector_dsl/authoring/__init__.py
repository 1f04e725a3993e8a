"""The authoring layer: what connector authors import."""

from connector_dsl.authoring.connector import Connector, ConnectorInfo, TagInfo
from connector_dsl.authoring.dynamic import DynamicSchema, DynamicValues, ParamRef, ref
from connector_dsl.authoring.extension import Extension, extension
from connector_dsl.authoring.loading import load_connector
from connector_dsl.authoring.markers import (
    Body,
    FormData,
    Header,
    NotificationUrl,
    Path,
    Query,
    Ui,
)
from connector_dsl.authoring.operations import Action, Operation, PollingTrigger, WebhookTrigger
from connector_dsl.authoring.route import Annotation, Reply, Route, Simulate
from connector_dsl.authoring.security import (
    ApiKey,
    AzureAD,
    AzureADCertificate,
    Basic,
    ConnectionField,
    DocuSign,
    Facebook,
    NamedOAuth,
    NoAuth,
    OAuth2,
    OAuth2Generic,
    ParameterSet,
)

__all__ = [
    "Action",
    "Annotation",
    "ApiKey",
    "AzureAD",
    "AzureADCertificate",
    "Basic",
    "Body",
    "ConnectionField",
    "Connector",
    "ConnectorInfo",
    "DocuSign",
    "DynamicSchema",
    "DynamicValues",
    "Extension",
    "Facebook",
    "FormData",
    "Header",
    "NamedOAuth",
    "NoAuth",
    "NotificationUrl",
    "OAuth2",
    "OAuth2Generic",
    "Operation",
    "ParamRef",
    "ParameterSet",
    "Path",
    "PollingTrigger",
    "Query",
    "Reply",
    "Route",
    "Simulate",
    "TagInfo",
    "Ui",
    "WebhookTrigger",
    "extension",
    "load_connector",
    "ref",
]
