"""Why the bodies `typed_share.py` counts as untyped are not typed, by reason.

    python bench/untyped_bodies.py [CORPUS_DIR] [--limit N] [--jobs N] [--list]

Generates every corpus connector's module (as `typed_share.py` does) and sorts each
body parameter its count leaves untyped into one reason:

- `operation raw`: the operation is not written as a class (or its `parameters` raw);
- `body on GET/HEAD`, `second body`, `body not last`, `exact (other)`: the body is
  written `Exact(...)`, for the first of these that holds;
- `schema raw`: the body field is typed but its model does not build the schema, so
  the schema is the field's `Raw(keys={"schema": ...})`.

`--list` also prints each untyped body (file, method, path, reason).
Reads `../shared/corpus` by default.
"""

from __future__ import annotations

import argparse
import multiprocessing
from collections import Counter
from pathlib import Path
from typing import Any

from connector_dsl.codegen import generate
from connector_dsl.codegen.operations import METHODS
from connector_dsl.codegen.plan import Plan
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"

Found = list[tuple[str, str, str, str]]
"""(connector, method, path, reason) per untyped body; reason `typed` for a typed one."""


def _bodies(path: Path) -> Found:
    try:
        read = read_swagger(path)
    except Exception:
        return []
    data = to_data(read.document)
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    _source, plan = generate(document, api_properties=read.api_properties)
    return [(path.parent.name, *row) for row in _reasons(data, plan)]


def _reasons(data: dict[str, Any], plan: Plan) -> list[tuple[str, str, str]]:
    found: list[tuple[str, str, str]] = []
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return found
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            parameters = operation.get("parameters")
            if not isinstance(parameters, list):
                continue
            typed_class = (
                plan.operations and plan.typed and isinstance(operation.get("responses"), dict)
            )
            raw = plan.operation_raw.get((path, method), {})
            exact = plan.exact.get((path, method), set())
            schema_raw = (path, method) in getattr(plan, "body_schema", {})
            listed = [p for p in parameters if isinstance(p, dict)]
            bodies = [p for p in listed if p.get("in") == "body"]
            for index, parameter in enumerate(parameters):
                if not isinstance(parameter, dict) or "$ref" in parameter:
                    continue
                if parameter.get("in") != "body":
                    continue
                reason = "typed"
                if not typed_class or "parameters" in raw:
                    reason = "operation raw"
                elif index in exact:
                    reason = (
                        "body on GET/HEAD"
                        if method in ("get", "head")
                        else "second body"
                        if len(bodies) > 1
                        else "body not last"
                        if index != len(parameters) - 1
                        else "exact (other)"
                    )
                elif schema_raw:
                    reason = "schema raw"
                found.append((method, path, reason))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--list", action="store_true", help="print each untyped body")
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("apiDefinition.swagger.json"))
    if args.limit:
        files = files[: args.limit]
    rows: Found = []
    with multiprocessing.Pool(args.jobs) as pool:
        for found in pool.imap_unordered(_bodies, files, chunksize=4):
            rows.extend(found)
    rows.sort()
    reasons = Counter(reason for *_, reason in rows)
    print(f"connectors: {len(files)}, bodies: {len(rows)}")
    for reason, count in sorted(reasons.items(), key=lambda item: (-item[1], item[0])):
        print(f"{reason:18} {count:6}")
    if args.list:
        for connector, method, path, reason in rows:
            if reason != "typed":
                print(f"{reason:18} {connector}: {method.upper()} {path}")


if __name__ == "__main__":
    main()
