"""Importers: existing swagger connectors, OpenAPI 3 specs and Postman collections
to the connector document model.

`read_file` reads any JSON or YAML input forgivingly, with a locator from JSON
pointers to lines; `read_swagger` reads a swagger 2.0 connector (file or folder).
"""

from connector_dsl.importers.conversion import Conversion
from connector_dsl.importers.locating import Locator
from connector_dsl.importers.reading import (
    DiagnosticCode,
    InputFormat,
    Loaded,
    check_refs,
    decode,
    read_bytes,
    read_file,
)
from connector_dsl.importers.swagger import (
    ImportedConnector,
    SourceFormat,
    detect_format,
    import_swagger,
    read_swagger,
)
from connector_dsl.importers.yaml_safe import MAX_YAML_NODES

__all__ = [
    "MAX_YAML_NODES",
    "Conversion",
    "DiagnosticCode",
    "ImportedConnector",
    "InputFormat",
    "Loaded",
    "Locator",
    "SourceFormat",
    "check_refs",
    "decode",
    "detect_format",
    "import_swagger",
    "read_bytes",
    "read_file",
    "read_swagger",
]
