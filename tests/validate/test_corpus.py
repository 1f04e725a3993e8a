"""Calibration: connectors Microsoft's validator accepted rarely get error findings here."""

from __future__ import annotations

import sys
from pathlib import Path

MAX_ERROR_SHARE = 0.05


def test_error_share_on_certified_corpus(shared: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    try:
        from calibrate_validator import calibrate  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    read, with_errors, _, _ = calibrate(shared / "corpus")
    assert read > 300
    assert with_errors / read <= MAX_ERROR_SHARE
