"""Broken variants of real connectors: every failure is an InputError with a place.

Hypothesis truncates files, deletes, replaces and inserts bytes, and swaps the
types of values; reading must either succeed or raise `InputError` whose every
diagnostic names the file, line and column, never any other exception.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from connector_dsl.dump import to_data
from connector_dsl.errors import InputError
from connector_dsl.importers import ImportedConnector, import_swagger, read_bytes
from connector_dsl.testing.oracles import shared_dir

FILE = "mutant.json"
_NAMES = ("Zippopotamus", "eformity", "Atlassian Jira")
_TRICKY = b'{}[],:"\\ \t\n\x00\x01\xef\xbb\xbf\xf8\xc3tfn0-.eE'
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _sources() -> list[bytes]:
    shared = shared_dir()
    if shared is None:
        return []
    found: list[bytes] = []
    for name in _NAMES:
        found.extend(p.read_bytes() for p in shared.glob(f"corpus/*/{name}/apiDefinition*.json"))
    return found


_SOURCES = _sources()


@pytest.fixture(autouse=True)
def _need_corpus(shared: Path) -> None:
    assert len(_SOURCES) == len(_NAMES)


def _read(raw: bytes) -> ImportedConnector | None:
    try:
        return import_swagger(read_bytes(raw, file=FILE))
    except InputError as error:
        assert error.diagnostics
        for diagnostic in error.diagnostics:
            place = diagnostic.place
            assert place.file == FILE, diagnostic
            assert place.line is not None, diagnostic
            assert place.column is not None, diagnostic
            assert place.line >= 1
            assert place.column >= 1
        return None


def _source(data: st.DataObject) -> bytes:
    return data.draw(st.sampled_from(_SOURCES), label="source")


@_SETTINGS
@given(st.data())
def test_truncated(data: st.DataObject) -> None:
    raw = _source(data)
    end = data.draw(st.integers(0, len(raw) - 1), label="end")
    assert _read(raw[:end]) is None or raw[:end].rstrip() == raw.rstrip()


@_SETTINGS
@given(st.data())
def test_bytes_deleted(data: st.DataObject) -> None:
    raw = bytearray(_source(data))
    for _ in range(data.draw(st.integers(1, 5), label="count")):
        at = data.draw(st.integers(0, len(raw) - 1))
        del raw[at : at + data.draw(st.integers(1, 8))]
    _read(bytes(raw))


@_SETTINGS
@given(st.data())
def test_bytes_replaced_or_inserted(data: st.DataObject) -> None:
    raw = bytearray(_source(data))
    for _ in range(data.draw(st.integers(1, 5), label="count")):
        at = data.draw(st.integers(0, len(raw) - 1))
        byte = data.draw(st.sampled_from(_TRICKY))
        if data.draw(st.booleans(), label="insert"):
            raw.insert(at, byte)
        else:
            raw[at] = byte
    _read(bytes(raw))


_VALUES: list[Any] = [None, True, 0, -1.5, "", "text", [], [1, "a"], {}, {"k": "v"}]


def _paths(value: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


@_SETTINGS
@given(st.data())
def test_types_swapped(data: st.DataObject) -> None:
    document = json.loads(_source(data))
    paths = _paths(document)
    for _ in range(data.draw(st.integers(1, 4), label="count")):
        where = data.draw(st.sampled_from(paths), label="where")
        replacement = copy.deepcopy(data.draw(st.sampled_from(_VALUES), label="value"))
        if not where:
            document = replacement
            break
        parent = document
        try:
            for step in where[:-1]:
                parent = parent[step]
            parent[where[-1]] = replacement
        except (KeyError, IndexError, TypeError):
            continue
    raw = json.dumps(document, indent=2).encode()
    imported = _read(raw)
    if imported is not None:  # the oracle is the text written: a mutation may add an int key
        assert to_data(imported.document) == json.loads(raw)
