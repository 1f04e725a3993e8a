"""Hostile strings anywhere text goes, surrogates and control characters included."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.robustness.kit import run, swagger

pytestmark = (
    pytest.mark.invalid_document
)  # hostile documents; the outside validators are no oracle here

_ANY_TEXT = st.text(
    alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
    max_size=12,
)
"""Every code point, lone surrogates and control characters included."""


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=_ANY_TEXT, operation=_ANY_TEXT, segment=_ANY_TEXT, prop=_ANY_TEXT)
def test_hostile_strings_end_cleanly(title: str, operation: str, segment: str, prop: str) -> None:
    data = swagger()
    data["info"]["title"] = title
    get = data["paths"].pop("/items")["get"]
    get["operationId"] = operation
    data["paths"]["/" + segment] = {"get": get}
    data["definitions"]["Item"]["properties"] = {prop: {"type": "string", "description": prop}}
    text = json.dumps(data)
    has_surrogate = any(0xD800 <= ord(c) <= 0xDFFF for c in title + operation + segment + prop)
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.json"
        source.write_text(text, encoding="utf-8")
        for argv in (
            ["convert", str(source)],
            ["validate", str(source)],
            ["import", str(source), "-o", str(Path(tmp) / "out.py")],
        ):
            outcome = run(*argv)
            assert "Traceback" not in outcome.stderr
            if has_surrogate:
                assert outcome.code == 2, outcome
                assert "surrogate" in outcome.stderr
            else:
                assert outcome.code in (0, 1, 2), outcome
