"""How much of the corpus the generated models build, rather than raw forms.

    python bench/typed_share.py [CORPUS_DIR] [--limit N] [--jobs N]

For every corpus connector, generates its module (as `generate_module` does) and
counts, over the whole corpus:

- definitions: entries of `definitions` built from a generated model, not written
  raw (`RawDocument(definitions=Raw(...))`, or the whole key raw);
- response schemas: success-response schemas (of operations written as classes)
  that the response model builds, not the operation's raw `responses`, an
  `Exact(...)` response in `Route.responses` or a raw `schema` key of the response
  (`Route(response_raw=...)`);
- body schemas: body-parameter schemas the body model builds, not an `Exact(...)`
  parameter, a `Raw(keys={"schema": ...})` on the body field or the operation's raw
  `parameters`;
- inputs: the other parameters (path, query, header, form) written as typed
  fields rather than `Exact(...)` or raw `parameters` (`$ref`s left out).

Then the same four shares for each APS input (`bench/aps_inputs.py`: Autodesk's
OpenAPI 3 specs, Postman collections and tutorial swaggers, converted as `import` does).
Reads `../shared/corpus` by default.
"""

from __future__ import annotations

import argparse
import multiprocessing
from collections import Counter
from pathlib import Path
from typing import Any

from aps_inputs import aps_documents

from connector_dsl.codegen import generate
from connector_dsl.codegen.operations import METHODS, success_status
from connector_dsl.codegen.plan import Plan
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.importers.swagger import read_swagger

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
KINDS = ("definitions", "responses", "bodies", "inputs")


def _count(path: Path) -> Counter[str]:
    try:
        read = read_swagger(path)
    except Exception:
        return Counter()
    return count_document(read.document, read.api_properties)


def count_document(read: SwaggerDocument, api_properties: dict[str, Any] | None) -> Counter[str]:
    """The typed and total counts of each category for one document."""
    counts: Counter[str] = Counter()
    data = to_data(read)
    document = SwaggerDocument.model_validate(data, context={"lenient": True})
    _source, plan = generate(document, api_properties=api_properties)
    _definitions(data, plan, counts)
    _operations(data, plan, counts)
    return counts


def _shares(counts: Counter[str]) -> str:
    parts = []
    for kind in KINDS:
        whole, typed = counts[kind], counts[f"{kind} typed"]
        parts.append(f"{kind} {typed}/{whole}" + (f" {100 * typed / whole:.0f}%" if whole else ""))
    return ", ".join(parts)


def _definitions(data: dict[str, Any], plan: Plan, counts: Counter[str]) -> None:
    definitions = data.get("definitions")
    if not isinstance(definitions, dict):
        return
    raw_names = set(getattr(plan, "definition_raw", {}))
    whole = "definitions" in plan.document_raw or not plan.operations or not plan.typed
    for name in definitions:
        counts["definitions"] += 1
        if not whole and name not in raw_names:
            counts["definitions typed"] += 1


def _operations(data: dict[str, Any], plan: Plan, counts: Counter[str]) -> None:
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method, operation in item.items():
            if method not in METHODS or not isinstance(operation, dict):
                continue
            typed_class = (
                plan.operations and plan.typed and isinstance(operation.get("responses"), dict)
            )
            raw = plan.operation_raw.get((path, method), {})
            responses = operation.get("responses")
            if isinstance(responses, dict):
                status = str(success_status(responses))
                response = responses.get(status)
                exact = plan.response_raw.get((path, method), {})
                keys = plan.response_keys.get((path, method), {}).get(status, {})
                if isinstance(response, dict) and "schema" in response:
                    counts["responses"] += 1
                    typed = "responses" not in raw and status not in exact and "schema" not in keys
                    if typed_class and typed:
                        counts["responses typed"] += 1
            parameters = operation.get("parameters")
            if not isinstance(parameters, list):
                continue
            exact = plan.exact.get((path, method), set())
            schema_raw = (path, method) in getattr(plan, "body_schema", {})
            for index, parameter in enumerate(parameters):
                if not isinstance(parameter, dict) or "$ref" in parameter:
                    continue
                kind = "bodies" if parameter.get("in") == "body" else "inputs"
                counts[kind] += 1
                if kind == "bodies" and schema_raw:
                    continue  # the body's other keys are typed, its schema is raw
                if typed_class and "parameters" not in raw and index not in exact:
                    counts[f"{kind} typed"] += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--no-aps", dest="aps", action="store_false", help="corpus only")
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("apiDefinition.swagger.json"))
    if args.limit:
        files = files[: args.limit]
    total: Counter[str] = Counter()
    with multiprocessing.Pool(args.jobs) as pool:
        for counts in pool.imap_unordered(_count, files, chunksize=4):
            total.update(counts)
    print(f"connectors: {len(files)}")
    for kind in KINDS:
        whole, typed = total[kind], total[f"{kind} typed"]
        share = 100 * typed / whole if whole else 0.0
        print(f"{kind:12} typed {typed:6} of {whole:6}  ({share:5.1f}%)")
    if args.aps:
        aps: Counter[str] = Counter()
        print("APS inputs:")
        for path, document, properties in aps_documents():
            counts = count_document(document, properties)
            aps.update(counts)
            print(f"  {path.name}: {_shares(counts)}")
        print(f"  all APS inputs: {_shares(aps)}")


if __name__ == "__main__":
    main()
