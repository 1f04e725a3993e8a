"""A pytest plugin that records one message per diagnostic code and rule id for the docs.

    CDSL_RECORD_MESSAGES=docsgen/messages.json \\
        python -m pytest -p tests.docs.record_messages tests/compile tests/validate ...

Every `Diagnostic` made while the tests run is seen; per code the shortest message that
has a place is kept (merged with the file's earlier ones), with temporary folders and the
project's path taken out. The site shows it as the example of the code's page.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from connector_dsl.diagnostics import CODES
from connector_dsl.errors import Diagnostic
from connector_dsl.validate import RULES

ROOT = Path(__file__).resolve().parents[2]
_TMP = re.compile(r"/tmp/pytest-of-[^/]+/pytest-\d+/[^/]+/|/tmp/[^/\s\"]+/")
_seen: dict[str, str] = {}


def _clean(text: str) -> str:
    return _TMP.sub("", text.replace(f"{ROOT}/", ""))


def _better(new: str, old: str | None) -> bool:
    if old is None:
        return True
    unplaced = ("<unknown place>", "unknown place")
    score = (any(u in new for u in unplaced), len(new), new)
    return score < (any(u in old for u in unplaced), len(old), old)


def pytest_configure(config: pytest.Config) -> None:
    if not os.environ.get("CDSL_RECORD_MESSAGES"):
        return
    original = Diagnostic.__init__

    def recording(self: Diagnostic, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        try:
            text = _clean(str(self))
        except Exception:  # a half-made place: not worth an example
            return
        if "\n" not in text and _better(text, _seen.get(self.code)):
            _seen[self.code] = text

    Diagnostic.__init__ = recording  # type: ignore[method-assign]


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get("CDSL_RECORD_MESSAGES")
    if not target:
        return
    path = Path(target)
    found: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    for code, text in _seen.items():
        if _better(text, found.get(code)):
            found[code] = text
    known = {*CODES, *RULES}  # codes that tests make up themselves are no example
    found = {code: text for code, text in found.items() if code in known}
    path.write_text(json.dumps(dict(sorted(found.items())), indent=1) + "\n", encoding="utf-8")
