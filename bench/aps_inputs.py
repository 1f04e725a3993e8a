"""The APS inputs the import benchmarks also report on: Autodesk's specs and collections.

Each OpenAPI 3 spec and Postman collection under `../shared/aps/` (and the tutorial's
swagger), read and converted as `connector-dsl import` does.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from connector_dsl.cli.importing import read_source
from connector_dsl.document import SwaggerDocument
from connector_dsl.errors import ConnectorError

APS = Path(__file__).resolve().parents[2] / "shared" / "aps"


def aps_files(root: Path = APS) -> list[Path]:
    """Every APS spec, collection and swagger, in name order."""
    found = [
        *root.glob("openapi/**/*.yaml"),
        *root.glob("postman/*.postman_collection.json"),
        *root.glob("tutorial/*.swagger.json"),
        *root.glob("tutorial/*.yaml"),
    ]
    return sorted(found)


def aps_documents(
    root: Path = APS,
) -> Iterator[tuple[Path, SwaggerDocument, dict[str, Any] | None]]:
    """Each readable APS input as the swagger document `import` makes of it."""
    for path in aps_files(root):
        try:
            document, _warnings, properties = read_source(path)
        except (ConnectorError, ValueError, UnicodeDecodeError):
            continue
        yield path, document, properties
