"""Writing command output: a file or a whole package folder at once, stdout in full.

- `write_atomic` writes one file through a temporary file beside it and a rename.
- `write_package` builds the package in a temporary sibling folder and swaps it in
  with one atomic exchange of the two folders (Linux `renameat2(RENAME_EXCHANGE)`;
  elsewhere two renames, undone when the second fails), so the folder holds the
  old package or the new one, never a mix, and no file of the old package stays
  behind. A folder that holds anything but a previous package of the same
  connector is refused unless `force` is given; then its other files are kept.
- `emit` writes stdout in bounded chunks and fails when any byte is not written.

Every operating-system error becomes an `OutputError` naming the path.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import BinaryIO

import orjson

from connector_dsl.errors import Diagnostic, OutputError, Place

PACKAGE_FILES = frozenset(
    {
        "apiDefinition.swagger.json",
        "apiProperties.json",
        "settings.json",
        "readme.md",
        "icon.png",
        "script.csx",
    }
)
"""The names a connector package is made of."""

_SWAGGER = "apiDefinition.swagger.json"
STDOUT = "<stdout>"
_CHUNK = 1 << 20


def _umask_mode() -> int:
    """The mode a plain `open()` would give a new file (0o666 less the umask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _failure(path: Path | str, error: OSError, doing: str) -> OutputError:
    reason = error.strerror or type(error).__name__
    if error.errno in (errno.EEXIST, errno.ENOTDIR):
        reason = "a part of this path is a file, not a folder"
    msg = f"cannot {doing} ({reason}); choose another path or fix its permissions and space"
    return OutputError([Diagnostic("output-unwritable", msg, Place(file=str(path)))])


def write_atomic(path: Path, data: bytes, *, mode: int | None = None) -> None:
    """Write `data` to `path` through a temporary file and a rename: never a partial file."""
    if path.is_dir():
        msg = "this is a folder; give the path of the file to write"
        raise OutputError([Diagnostic("output-unwritable", msg, Place(file=str(path)))])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _failure(path.parent, error, "create this folder") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as error:
        raise _failure(path, error, "write this file") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            _write_all(handle, data)
        Path(tmp).chmod(_umask_mode() if mode is None else mode)
        Path(tmp).replace(path)
    except OSError as error:
        Path(tmp).unlink(missing_ok=True)
        raise _failure(path, error, "write this file") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_all(handle: BinaryIO, data: bytes) -> None:
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        handle.write(view[start : start + _CHUNK])
    handle.flush()
    os.fsync(handle.fileno())


def write_package(
    directory: Path,
    files: Mapping[str, bytes],
    *,
    force: bool = False,
    modes: Mapping[str, int] | None = None,
) -> None:
    """Replace the package in `directory` with `files`, all at once (see the module doc)."""
    kept = _check_target(directory, files, force=force)
    parent = directory.absolute().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.new-", dir=parent))
    except OSError as error:
        raise _failure(parent, error, "create the package folder here") from None
    try:
        _stage(staging, directory, files, kept, modes or {})
        _swap(staging, directory.absolute())
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise _failure(directory, error, "write the package into this folder") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _check_target(directory: Path, files: Mapping[str, bytes], *, force: bool) -> list[str]:
    """The names of other files to keep; raises when the folder may not be replaced."""
    if not directory.exists():
        return []
    if not directory.is_dir():
        msg = "this is a file, not a folder; give a folder for the package (-o DIR)"
        raise OutputError([Diagnostic("output-not-folder", msg, Place(file=str(directory)))])
    try:
        present = sorted(entry.name for entry in directory.iterdir())
    except OSError as error:
        raise _failure(directory, error, "list this folder") from None
    others = [name for name in present if name not in PACKAGE_FILES]
    if not present or (not others and _same_connector(directory, files)):
        return []
    if force:
        return others
    what = (
        f"files that are not a connector package ({', '.join(others[:3])})"
        if others
        else "the package of another connector"
    )
    msg = (
        f"this folder holds {what}; give an empty folder or the previous package of this "
        "connector, or --force to replace its package files (other files are kept)"
    )
    raise OutputError([Diagnostic("output-folder-not-empty", msg, Place(file=str(directory)))])


def _title(data: bytes) -> object:
    try:
        document = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    info = document.get("info") if isinstance(document, dict) else None
    return info.get("title") if isinstance(info, dict) else None


def _same_connector(directory: Path, files: Mapping[str, bytes]) -> bool:
    old = directory / _SWAGGER
    if not old.is_file() or _SWAGGER not in files:
        return False
    try:
        previous = old.read_bytes()
    except OSError:
        return False
    title = _title(previous)
    return title is not None and title == _title(files[_SWAGGER])


def _stage(
    staging: Path,
    directory: Path,
    files: Mapping[str, bytes],
    kept: list[str],
    modes: Mapping[str, int],
) -> None:
    default = _umask_mode()
    for name, data in files.items():
        target = staging / name
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            _write_all(handle, data)
        target.chmod(modes.get(name, default))
    for name in kept:
        source = directory / name
        if source.is_dir() and not source.is_symlink():
            shutil.copytree(source, staging / name, symlinks=True)
        else:
            shutil.copy2(source, staging / name, follow_symlinks=False)
    folder_mode = directory.stat().st_mode & 0o7777 if directory.is_dir() else 0o777 & ~_mask()
    staging.chmod(folder_mode)


def _mask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange_function() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    library = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(library, use_errno=True)
        function: Callable[..., int] = libc.renameat2
    except (OSError, AttributeError):
        return None
    return function


def _swap(staging: Path, directory: Path) -> None:
    """Put `staging` at `directory`; the old folder, if any, is removed afterwards."""
    if not directory.exists():
        staging.rename(directory)
        return
    exchange = _exchange_function()
    if exchange is not None:
        result = exchange(
            _AT_FDCWD, os.fsencode(staging), _AT_FDCWD, os.fsencode(directory), _RENAME_EXCHANGE
        )
        if result == 0:
            shutil.rmtree(staging, ignore_errors=True)  # now the old package
            return
        number = ctypes.get_errno()
        if number not in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
            raise OSError(number, os.strerror(number), str(directory))
    old = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old-", dir=directory.parent))
    old.rmdir()
    directory.rename(old)
    try:
        staging.rename(directory)
    except BaseException:
        old.rename(directory)
        raise
    shutil.rmtree(old, ignore_errors=True)


def emit(data: bytes) -> None:
    """Write the result to stdout, every byte of it, or raise `OutputError`."""
    stream = sys.stdout.buffer
    try:
        view = memoryview(data)
        for start in range(0, len(view), _CHUNK):
            chunk = view[start : start + _CHUNK]
            written = stream.write(chunk)
            if written is not None and written != len(chunk):
                raise OSError(errno.EIO, "short write")
        stream.flush()
    except OSError as error:
        _silence_stdout()
        failure = _failure(STDOUT, error, "write the output to stdout")
        raise failure from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's last flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
