"""connector-dsl: Power Platform custom connectors as typed Python classes.

from connector_dsl import Action, Connector, ConnectorInfo, Path, Route

`build(C)`, `dumps(C)`, `api_properties(C)` and `package_files(C)` compile a
`Connector` class; they are loaded on first use (PEP 562), so that importing a
module of this package (the validator, the command line) does not load the compiler.
`__version__` is the installed distribution's version, read on first use.
"""

import importlib
from typing import TYPE_CHECKING, Any

from connector_dsl.authoring import (
    Action,
    Annotation,
    ApiKey,
    AzureAD,
    AzureADCertificate,
    Basic,
    Body,
    ConnectionField,
    Connector,
    ConnectorInfo,
    DocuSign,
    DynamicSchema,
    DynamicValues,
    Extension,
    Facebook,
    FormData,
    Header,
    NamedOAuth,
    NoAuth,
    NotificationUrl,
    OAuth2,
    OAuth2Generic,
    Operation,
    ParameterSet,
    ParamRef,
    Path,
    PollingTrigger,
    Query,
    Reply,
    Route,
    Simulate,
    TagInfo,
    Ui,
    WebhookTrigger,
    extension,
    load_connector,
    ref,
)
from connector_dsl.dump import to_data
from connector_dsl.errors import (
    AuthoringError,
    ConnectorError,
    Diagnostic,
    InputError,
    OutputError,
    Place,
    ValidationFailed,
)

if TYPE_CHECKING:
    from connector_dsl.compile import build, dumps
    from connector_dsl.compile.package import api_properties
    from connector_dsl.package import package_files

    __version__: str

_LAZY = {
    "api_properties": "connector_dsl.compile.package",
    "build": "connector_dsl.compile",
    "dumps": "connector_dsl.compile",
    "package_files": "connector_dsl.package",
}
"""Names loaded on first use -> their module."""


DISTRIBUTION = "connector-dsl"
UNKNOWN_VERSION = "0+unknown"
"""`__version__` when the distribution is not installed (a bare source tree)."""


def _installed_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return UNKNOWN_VERSION


def __getattr__(name: str) -> Any:
    if name == "__version__":
        found = _installed_version()
        globals()[name] = found
        return found
    module = _LAZY.get(name)
    if module is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "Action",
    "Annotation",
    "ApiKey",
    "AuthoringError",
    "AzureAD",
    "AzureADCertificate",
    "Basic",
    "Body",
    "ConnectionField",
    "Connector",
    "ConnectorError",
    "ConnectorInfo",
    "Diagnostic",
    "DocuSign",
    "DynamicSchema",
    "DynamicValues",
    "Extension",
    "Facebook",
    "FormData",
    "Header",
    "InputError",
    "NamedOAuth",
    "NoAuth",
    "NotificationUrl",
    "OAuth2",
    "OAuth2Generic",
    "Operation",
    "OutputError",
    "ParamRef",
    "ParameterSet",
    "Path",
    "Place",
    "PollingTrigger",
    "Query",
    "Reply",
    "Route",
    "Simulate",
    "TagInfo",
    "Ui",
    "ValidationFailed",
    "WebhookTrigger",
    "__version__",
    "api_properties",
    "build",
    "dumps",
    "extension",
    "load_connector",
    "package_files",
    "ref",
    "to_data",
]
