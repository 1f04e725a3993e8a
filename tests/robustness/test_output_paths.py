"""Output paths: the old package or the new one, never a mix; every OS error a clean message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from connector_dsl.cli import output
from tests.robustness.kit import assert_clean, run, swagger, write

PROPERTIES = {
    "properties": {
        "connectionParameters": {
            "token": {
                "type": "oauthSetting",
                "oAuthSettings": {
                    "identityProvider": "oauth2",
                    "clientId": "id",
                    "clientSecret": "s3cr3t-value",
                    "scopes": [],
                    "redirectUrl": "https://global.consent.azure-apim.net/redirect",
                    "properties": {"IsFirstParty": "False"},
                },
            }
        },
        "iconBrandColor": "#007ee5",
    }
}


def _source(tmp_path: Path, *, title: str = "Robust", secret: bool = False) -> Path:
    folder = tmp_path / f"in-{title}"
    folder.mkdir()
    data = swagger()
    data["info"]["title"] = title
    write(folder / "apiDefinition.swagger.json", data)
    if secret:
        properties = write(folder / "apiProperties.json", PROPERTIES)
        properties.chmod(0o600)
    return folder


def test_new_folder(tmp_path: Path) -> None:
    target = tmp_path / "out"
    assert run("convert", str(_source(tmp_path)), "-o", str(target)).code == 0
    assert sorted(p.name for p in target.iterdir()) == ["apiDefinition.swagger.json"]


def test_previous_package_files_are_removed(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write(target / "apiDefinition.swagger.json", swagger())
    for name in ("script.csx", "icon.png", "apiProperties.json", "settings.json", "readme.md"):
        write(target / name, "old")
    assert run("convert", str(_source(tmp_path)), "-o", str(target)).code == 0
    assert sorted(p.name for p in target.iterdir()) == ["apiDefinition.swagger.json"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_unrelated_folder_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write(target / "notes.txt", "mine")
    outcome = run("convert", str(_source(tmp_path)), "-o", str(target))
    assert_clean(outcome, file=str(target), code=1)
    assert "[output-folder-not-empty]" in outcome.stderr
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]


def test_another_connector_is_refused_then_forced(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write(target / "apiDefinition.swagger.json", swagger(info={"title": "Other", "version": "1"}))
    write(target / "notes.txt", "mine")
    source = str(_source(tmp_path))
    outcome = run("convert", source, "-o", str(target))
    assert_clean(outcome, file=str(target), code=1)
    assert run("convert", source, "-o", str(target), "--force").code == 0
    assert sorted(p.name for p in target.iterdir()) == ["apiDefinition.swagger.json", "notes.txt"]
    assert b'"Robust"' in (target / "apiDefinition.swagger.json").read_bytes()
    assert (target / "notes.txt").read_text() == "mine"


def test_output_is_a_file(tmp_path: Path) -> None:
    target = write(tmp_path / "out", "x")
    outcome = run("convert", str(_source(tmp_path)), "-o", str(target))
    assert_clean(outcome, file=str(target), code=1)
    assert "[output-not-folder]" in outcome.stderr
    assert target.read_text() == "x"


def test_import_output_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    outcome = run("import", str(_source(tmp_path)), "-o", str(target))
    assert_clean(outcome, file=str(target), code=1)


@pytest.mark.parametrize("command", ["convert", "import"])
def test_parent_is_a_file(command: str, tmp_path: Path) -> None:
    parent = write(tmp_path / "file", "x")
    target = parent / "out.py"
    outcome = run(command, str(_source(tmp_path)), "-o", str(target))
    assert outcome.code == 1, outcome
    assert "Traceback" not in outcome.stderr
    assert "is a file" in outcome.stderr


def test_read_only_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    # root may write into a read-only folder: refuse as the kernel refuses everyone else.
    real = output.tempfile.mkstemp

    def refused(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if Path(kwargs.get("dir", "")) == locked:
            raise PermissionError(13, "Permission denied", str(locked))
        return real(*args, **kwargs)

    monkeypatch.setattr(output.tempfile, "mkstemp", refused)
    try:
        outcome = run("import", str(_source(tmp_path)), "-o", str(locked / "c.py"))
    finally:
        locked.chmod(0o700)
    assert outcome.code == 1
    assert "[output-unwritable]" in outcome.stderr
    assert not (locked / "c.py").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_stdout_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Path("/dev/full").open("wb", buffering=0) as full:
        import io
        import sys

        monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(io.BufferedWriter(full)))
        with pytest.raises(output.OutputError) as raised:
            output.emit(b"x" * 10)
    assert raised.value.codes == ["output-unwritable"]


def test_short_write_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    class Short:
        def write(self, data: Any) -> int:
            return len(data) // 2

        def flush(self) -> None:
            return None

    class Stdout:
        buffer = Short()

        def fileno(self) -> int:
            raise OSError

    monkeypatch.setattr("sys.stdout", Stdout())
    with pytest.raises(output.OutputError):
        output.emit(b"abcdef")


def test_failed_swap_keeps_the_old_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write(target / "apiDefinition.swagger.json", swagger())
    write(target / "script.csx", "old script")
    before = {p.name: p.read_bytes() for p in target.iterdir()}

    def broken(staging: Path, directory: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "_swap", broken)
    outcome = run("convert", str(_source(tmp_path)), "-o", str(target))
    assert outcome.code == 1
    assert "No space left on device" in outcome.stderr
    assert {p.name: p.read_bytes() for p in target.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_write_part_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write(target / "apiDefinition.swagger.json", swagger())
    before = (target / "apiDefinition.swagger.json").read_bytes()
    calls: list[int] = []

    def failing(handle: Any, data: bytes) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        handle.write(data)

    monkeypatch.setattr(output, "_write_all", failing)
    source = _source(tmp_path, secret=True)
    assert run("convert", str(source), "-o", str(target)).code == 1
    assert (target / "apiDefinition.swagger.json").read_bytes() == before
    assert [p.name for p in target.iterdir()] == ["apiDefinition.swagger.json"]


def test_two_rename_fallback_restores_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out"
    target.mkdir()
    write(target / "apiDefinition.swagger.json", swagger())
    before = (target / "apiDefinition.swagger.json").read_bytes()
    monkeypatch.setattr(output, "_exchange_function", lambda: None)
    original = Path.rename

    def rename(self: Path, other: Any) -> Path:
        if self.name.startswith(".out.new-"):
            raise OSError(5, "Input/output error")
        return original(self, other)

    monkeypatch.setattr(Path, "rename", rename)
    assert run("convert", str(_source(tmp_path)), "-o", str(target)).code == 1
    assert (target / "apiDefinition.swagger.json").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_convert_drops_client_secret_and_keeps_mode(tmp_path: Path) -> None:
    source = _source(tmp_path, secret=True)
    target = tmp_path / "out"
    outcome = run("convert", str(source), "-o", str(target))
    assert outcome.code == 0, outcome
    assert "[convert-secret-dropped]" in outcome.stderr
    assert "/properties/connectionParameters/token/oAuthSettings/clientSecret" in outcome.stderr
    written = target / "apiProperties.json"
    assert b"s3cr3t-value" not in written.read_bytes()
    assert b'"clientId": "id"' in written.read_bytes()
    assert written.stat().st_mode & 0o777 == 0o600


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize("command", ["convert", "validate"])
def test_commands_writing_to_a_full_stdout_fail_cleanly(command: str, tmp_path: Path) -> None:
    import subprocess
    import sys

    source = write(tmp_path / "in.json", swagger())
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "connector_dsl", command, str(source)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
        )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "Exception ignored" not in done.stderr
    assert '"<stdout>": error [output-unwritable]' in done.stderr
