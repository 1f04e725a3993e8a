"""Dumping: canonical order, indentation, byte-identical output across runs and hash seeds."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import orjson

from connector_dsl import dumps, to_data
from connector_dsl.document import Info, SwaggerDocument


def small() -> SwaggerDocument:
    document = SwaggerDocument(swagger="2.0", info=Info(title="T", version="1"), paths={})
    document.set_extension("x-custom", {"b": 1, "a": 2})
    document.host = "h"
    return document


def test_fields_come_in_canonical_order_then_extensions() -> None:
    data = orjson.loads(dumps(small()))
    assert list(data) == ["swagger", "info", "host", "paths", "x-custom"]


def test_two_space_indent_by_default_and_four_on_request() -> None:
    two = dumps(small()).decode()
    four = dumps(small(), indent=4).decode()
    assert two.splitlines()[1] == '  "swagger": "2.0",'
    assert four.splitlines()[1] == '    "swagger": "2.0",'
    assert two.endswith("}\n")
    assert orjson.loads(two) == orjson.loads(four)


def test_non_ascii_is_written_as_utf8() -> None:
    document = small()
    document.info.title = "Brønnøysund ✓"
    assert "Brønnøysund ✓".encode() in dumps(document)


def test_byte_identical_across_hash_seeds() -> None:
    digests = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, "-m", "aps_connectors.acc"],
            capture_output=True,
            check=True,
            env=env,
        )
        digests.add(hashlib.sha256(result.stdout).hexdigest())
    assert len(digests) == 1


def test_nodes_with_the_same_set_fields_share_a_layout_not_values() -> None:
    from connector_dsl.document import Schema
    from connector_dsl.document.construct import node_with

    one = Schema(type="string", description="a")
    two = Schema(description="b", type="integer")
    assert to_data(one) == {"type": "string", "description": "a"}
    assert list(to_data(two)) == ["type", "description"]
    assert to_data(two)["type"] == "integer"
    raw = node_with(Schema, {"type": "object"}, {"x-raw": [1]})  # set fields name the extra key
    assert to_data(raw) == {"type": "object", "x-raw": [1]}
    assert to_data(raw)["x-raw"] is not raw.model_extra["x-raw"]  # JSON values are copied
    schema = Schema(required=["a"])
    assert to_data(schema)["required"] is schema.required  # lists of plain values are kept
