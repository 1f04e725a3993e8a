"""One registry of diagnostic codes: each code used in `src/` is declared, tested, documented."""

from __future__ import annotations

import ast
import os
from pathlib import Path

from connector_dsl.diagnostics import CODES, markdown

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "connector_dsl"
DOCS = ROOT / "docs" / "diagnostics.md"

KNOWN_UNTESTED: frozenset[str] = frozenset()
"""Codes without a test yet; the list may only shrink (a test that uses one must remove it)."""


def _code_parameters(trees: list[ast.Module]) -> dict[str, int]:
    """Functions that take a `code` argument -> its position (calls pass codes through them)."""
    found: dict[str, int] = {"Diagnostic": 0}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                if names[:1] in (["self"], ["cls"]):
                    names = names[1:]
                if "code" in names:
                    found.setdefault(node.name, names.index("code"))
                elif any(a.arg == "code" for a in node.args.kwonlyargs):
                    found.setdefault(node.name, -1)
    return found


def used_codes() -> dict[str, str]:
    """Code literals passed to `Diagnostic(...)` or to a function taking `code`, with a place."""
    files = sorted(SOURCE.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    positions = _code_parameters(trees)
    used: dict[str, str] = {}
    for path, tree in zip(files, trees, strict=True):
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name not in positions:
                continue
            values = [k.value for k in node.keywords if k.arg == "code"]
            index = positions[name]
            if 0 <= index < len(node.args):
                values.append(node.args[index])
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    place = f"{path.relative_to(ROOT)}:{node.lineno}"
                    used.setdefault(value.value, place)
    return used


def test_every_code_used_in_the_source_is_registered() -> None:
    used = used_codes()
    assert len(used) > 100  # the scan finds codes through helpers too (warn, finding, _check)
    unregistered = {code: place for code, place in used.items() if code not in CODES}
    assert unregistered == {}, "declare them in src/connector_dsl/diagnostics.py"


def test_every_registered_code_is_used() -> None:
    assert sorted(set(CODES) - set(used_codes())) == []


def test_every_registered_code_has_a_test() -> None:
    this = Path(__file__).resolve()
    text = "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.resolve() != this
    )
    untested = {code for code in CODES if code not in text}
    assert sorted(untested - KNOWN_UNTESTED) == [], "add a test that expects the code"
    assert sorted(KNOWN_UNTESTED - untested) == [], "tested now: remove it from KNOWN_UNTESTED"


def test_every_code_says_what_it_means_and_what_to_do() -> None:
    for code in CODES.values():
        assert code.meaning.endswith("."), code.code
        assert code.fix.endswith("."), code.code
        assert code.anchor == f"diagnostics.md#{code.code}"


def test_docs_list_every_code() -> None:
    expected = markdown()
    if os.environ.get("UPDATE_GOLDEN") == "1":
        DOCS.write_text(expected, encoding="utf-8")
    assert DOCS.read_text(encoding="utf-8") == expected, "regenerate with UPDATE_GOLDEN=1"
    for code in CODES:
        assert f'<a id="{code}"></a>' in expected
