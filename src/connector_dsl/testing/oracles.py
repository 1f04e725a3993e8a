"""The outside checks a built document must pass: Microsoft's official schema and
`openapi-spec-validator`'s Swagger 2.0 check. Test oracles, not run-time checks.

Both libraries are optional: they come with the `test` extra.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
SCHEMA_FILE = "schemas/apiDefinition.swagger.schema.json"
PROPERTIES_SCHEMA_FILE = "schemas/paconn-apiProperties.schema.json"


def shared_dir() -> Path | None:
    """`../shared` beside the project, when it is there."""
    path = SHARED.resolve()
    return path if path.is_dir() else None


@functools.cache
def _validator(name: str) -> Any:
    import jsonschema  # a test dependency, loaded only when an oracle runs

    shared = shared_dir()
    if shared is None:
        msg = "../shared is not beside the project"
        raise FileNotFoundError(msg)
    schema = json.loads((shared / name).read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def official_schema_errors(document: Any, schema: str = SCHEMA_FILE) -> list[str]:
    """Every error Microsoft's official schema reports, as `pointer: message`."""
    errors = _validator(schema).iter_errors(document)
    return sorted(
        "/" + "/".join(str(p) for p in error.absolute_path) + f": {error.message[:200]}"
        for error in errors
    )


def spec_validator_errors(document: Any) -> list[str]:
    """Every error `openapi-spec-validator` reports for a Swagger 2.0 document."""
    from openapi_spec_validator import OpenAPIV2SpecValidator  # a test dependency, as above

    validator = OpenAPIV2SpecValidator(document)
    return sorted(str(error.message)[:200] for error in validator.iter_errors())
