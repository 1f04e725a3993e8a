"""Generated module size against its JSON: tokens of the Python over tokens of the swagger.

    python bench/token_ratio.py [CORPUS_DIR] [--step N]

For every N-th corpus connector (all by default), generates the module as `import`
writes it (formatted, with its apiProperties.json) and counts:

- Python tokens with `tokenize`: every token except NEWLINE, NL, INDENT, DEDENT,
  COMMENT, ENCODING and ENDMARKER (layout is not content);
- JSON tokens with a JSON lexer over the swagger file as it is on disk: each string,
  number, `true`/`false`/`null` and each of `{ } [ ] : ,`.

Prints the median, 90th percentile and largest ratio (Python / JSON), and the totals.
Then the ratio for each APS input (`bench/aps_inputs.py`); as those are YAML specs and
Postman collections, their JSON is the swagger document `import` converts them to
(written with two-space indentation, as connectors are).
Reads `../shared/corpus` by default.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import statistics
import tokenize
from pathlib import Path

from aps_inputs import aps_documents

from connector_dsl.codegen import generate_module
from connector_dsl.document import SwaggerDocument
from connector_dsl.dump import to_data
from connector_dsl.errors import ConnectorError
from connector_dsl.importers.swagger import read_swagger

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_LAYOUT = frozenset(
    {
        tokenize.NEWLINE,
        tokenize.NL,
        tokenize.INDENT,
        tokenize.DEDENT,
        tokenize.COMMENT,
        tokenize.ENCODING,
        tokenize.ENDMARKER,
    }
)
_JSON_TOKEN = re.compile(
    r'"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null|[{}\[\]:,]'
)


def python_tokens(source: str) -> int:
    """Tokens of Python source, layout left out."""
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return sum(1 for token in tokens if token.type not in _LAYOUT)


def json_tokens(text: str) -> int:
    """Tokens of JSON text: strings, numbers, literals and punctuation."""
    return len(_JSON_TOKEN.findall(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--step", type=int, default=1, help="every N-th connector")
    parser.add_argument("--no-aps", dest="aps", action="store_false", help="corpus only")
    args = parser.parse_args()
    files = sorted(
        p for p in args.corpus.rglob("*.json") if p.name.lower() == "apidefinition.swagger.json"
    )[:: args.step]
    ratios: list[float] = []
    python_total = json_total = 0
    for path in files:
        try:
            read = read_swagger(path)
        except (ValueError, UnicodeDecodeError, ConnectorError):
            continue
        data = to_data(read.document)
        document = SwaggerDocument.model_validate(data, context={"lenient": True})
        source = generate_module(document, api_properties=read.api_properties)
        py = python_tokens(source)
        js = json_tokens(path.read_bytes().decode("utf-8-sig", errors="replace"))
        python_total += py
        json_total += js
        ratios.append(py / js)
    ratios.sort()
    p90 = ratios[min(len(ratios) - 1, int(0.9 * len(ratios)))]
    print(f"connectors: {len(ratios)} (every {args.step}th corpus swagger)")
    print(
        f"ratio python/json tokens: median {statistics.median(ratios):.2f}, p90 {p90:.2f}, ", end=""
    )
    print(f"max {ratios[-1]:.2f}; totals {python_total} / {json_total}")
    if args.aps:
        print("APS inputs (against the converted swagger):")
        for path, document, properties in aps_documents():
            data = to_data(document)
            source = generate_module(
                SwaggerDocument.model_validate(data, context={"lenient": True}),
                api_properties=properties,
            )
            py, js = python_tokens(source), json_tokens(json.dumps(data, indent=2))
            print(f"  {path.name}: {py} / {js} = {py / js:.2f}")


if __name__ == "__main__":
    main()
