"""Golden and docs updates rewrite shared files, so they refuse to run under pytest-xdist."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("variable", ["UPDATE_GOLDEN", "UPDATE_DOCS"])
def test_an_update_with_n_is_a_usage_error(variable: str) -> None:
    if importlib.util.find_spec("xdist") is None:
        pytest.skip("pytest-xdist is not installed (pip install -e '.[test]')")
    env = {**os.environ, variable: "1"}
    command = [sys.executable, "-m", "pytest", "-n", "2", "-p", "no:cacheprovider"]
    command += ["--collect-only", "-q", "tests/test_public_api.py"]
    result = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, result.stdout + result.stderr
    assert f"{variable} rewrite files that several tests share" in result.stderr
    assert "run the update without -n" in result.stderr
