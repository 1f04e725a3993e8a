"""`connector-dsl build`: stdout, -o DIR, and clean failures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import orjson

SAMPLE = Path(__file__).parent.parent / "authoring" / "sample.py"
BROKEN = Path(__file__).parent.parent / "compile" / "broken.py"
PLANTED = Path(__file__).parent.parent / "authoring" / "planted.py"


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "connector_dsl", *args], capture_output=True, check=False
    )


def test_prints_the_swagger_for_a_module() -> None:
    result = run("build", "aps_connectors.acc:ACC")
    assert result.returncode == 0, result.stderr
    assert orjson.loads(result.stdout)["info"]["title"] == "Autodesk Construction Cloud"
    assert result.stderr == b""


def test_accepts_a_file_path(tmp_path: Path) -> None:
    result = run("build", f"{SAMPLE}:Tasks", "-o", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    written = orjson.loads((tmp_path / "out" / "apiDefinition.swagger.json").read_bytes())
    assert written["info"]["title"] == "Tasks"


def test_authoring_errors_exit_1_without_traceback_or_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", f"{BROKEN}:ManyProblemsConnector", "-o", str(out))
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert b"path-template-unbound" in result.stderr
    assert b"internal-required-no-default" in result.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_unknown_connector_exits_2() -> None:
    result = run("build", "aps_connectors.acc:Nope")
    assert result.returncode == 2
    assert b"no Connector subclass named 'Nope'" in result.stderr
    assert result.stdout == b""


def test_written_files_are_readable_like_any_new_file(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", f"{SAMPLE}:Tasks", "-o", str(out))
    assert result.returncode == 0, result.stderr
    mode = (out / "apiDefinition.swagger.json").stat().st_mode & 0o777
    assert mode & 0o044 == 0o044  # group and others can read, as with open()


INVALID = Path(__file__).parent / "invalid_host.py"


def test_validation_errors_stop_the_build(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", f"{INVALID}:InvalidHost", "-o", str(out))
    assert result.returncode == 1
    assert b"HostNameNotValid" in result.stderr
    assert b"nothing was written" in result.stderr
    assert not out.exists()
    printed = run("build", f"{INVALID}:InvalidHost")
    assert printed.returncode == 1
    assert printed.stdout == b""


def test_no_validate_writes_anyway(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("build", f"{INVALID}:InvalidHost", "-o", str(out), "--no-validate")
    assert result.returncode == 0, result.stderr
    assert (out / "apiDefinition.swagger.json").exists()


def test_warnings_are_printed_and_do_not_stop_the_build() -> None:
    result = run("build", f"{PLANTED}:UndescribedConnector")
    assert result.returncode == 0, result.stderr
    assert b"warning [operation-no-description] Ping has no description" in result.stderr
    assert orjson.loads(result.stdout)["paths"]["/ping"]["get"]["operationId"] == "Ping"


def test_a_connector_without_info_is_an_error_not_a_traceback() -> None:
    result = run("build", f"{PLANTED}:NoInfoConnector")
    assert result.returncode == 1
    assert b"Traceback" not in result.stderr
    assert b"error [connector-info] NoInfoConnector has no info" in result.stderr
    assert result.stdout == b""
