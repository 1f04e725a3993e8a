"""The whole `apiDefinition.swagger.json` document."""

from typing import Literal

from connector_dsl.document.base import Node
from connector_dsl.document.extensions import (
    ApiAnnotation,
    ConnectorCapabilities,
    DocLink,
    MetadataItem,
)
from connector_dsl.document.operation import (
    Parameter,
    PathItem,
    Response,
    SecurityRequirement,
)
from connector_dsl.document.schema import ExternalDocs, Schema


class Contact(Node):
    """Who to contact about the API."""

    name: str | None = None
    url: str | None = None
    email: str | None = None


class License(Node):
    """The API's licence."""

    name: str | None = None
    url: str | None = None


class Info(Node):
    """Title, version and description of the connector."""

    title: str
    description: str | None = None
    version: str
    terms_of_service: str | None = None
    contact: Contact | None = None
    license: License | None = None
    x_ms_api_annotation: ApiAnnotation | None = None
    x_ms_deployment_version: str | None = None


class SecurityScheme(Node):
    """One entry of `securityDefinitions`."""

    type: Literal["oauth2", "apiKey", "basic"]
    description: str | None = None
    name: str | None = None
    in_: Literal["header", "query"] | None = None
    flow: Literal["accessCode", "implicit", "password", "application"] | None = None
    authorization_url: str | None = None
    token_url: str | None = None
    scopes: dict[str, str] | None = None


class Tag(Node):
    """A tag that groups operations."""

    name: str
    description: str | None = None
    external_docs: ExternalDocs | None = None


class SwaggerDocument(Node):
    """A connector's API definition; fields are in Microsoft's canonical key order."""

    swagger: Literal["2.0"] = "2.0"
    info: Info
    host: str | None = None
    base_path: str | None = None
    schemes: list[str] | None = None
    consumes: list[str] | None = None
    produces: list[str] | None = None
    paths: dict[str, PathItem]
    definitions: dict[str, Schema] | None = None
    parameters: dict[str, Parameter] | None = None
    responses: dict[str, Response] | None = None
    security_definitions: dict[str, SecurityScheme] | None = None
    security: list[SecurityRequirement] | None = None
    tags: list[Tag] | None = None
    external_docs: ExternalDocs | None = None
    x_ms_capabilities: ConnectorCapabilities | None = None
    x_ms_connector_metadata: list[MetadataItem] | None = None
    x_ms_docs: list[DocLink] | None = None
