"""Reading one side of a comparison: a file, a folder, `MODULE:CLASS`, or `REV:PATH` from git."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from connector_dsl.errors import Diagnostic, InputError, Place
from connector_dsl.validate.engine import Locate, PythonPlaces
from connector_dsl.validate.inputs import PROPERTIES_NAME, SWAGGER_NAME, approximate_locator, load
from connector_dsl.validate.jsonview import JsonObj, obj


@dataclass(frozen=True, slots=True)
class Side:
    """One version of a connector: its data, file names, locators and, for a connector written
    in Python, the compiler's source map (`compiled(C).source_map`)."""

    swagger: Any
    properties: JsonObj | None
    source: str
    properties_source: str | None = None
    locate: Locate | None = None
    locate_properties: Locate | None = None
    python: PythonPlaces | None = None


def load_side(spec: str) -> Side:
    """Read `spec`: a swagger file, a connector folder, `MODULE:CLASS` or `REV:PATH`."""
    if Path(spec).exists():
        loaded = load(Path(spec))
        return Side(
            loaded.swagger,
            obj(loaded.properties),
            loaded.source,
            loaded.properties_source,
            loaded.locate,
            loaded.locate_properties,
        )
    revision, colon, path = spec.partition(":")
    if colon and revision and path:
        kind = _git_kind(revision, path)
        if kind is not None:
            return _git_side(revision, path, kind)
        if _python_spec(spec):
            return _python_side(spec)
    msg = (
        f"{spec!r} is not a file, a connector folder, MODULE:CLASS or REV:PATH known to git; "
        "check the path, or the revision and the path inside it"
    )
    raise InputError([Diagnostic("diff-side", msg, Place(file=spec))])


def _python_spec(spec: str) -> bool:
    head, _, tail = spec.rpartition(":")
    return bool(head) and tail.isidentifier()


def _python_side(spec: str) -> Side:
    # Loaded here: comparing swagger files does not need the compiler.
    from connector_dsl.authoring.loading import load_connector
    from connector_dsl.compile import compiled
    from connector_dsl.compile.package import api_properties
    from connector_dsl.dump import to_data

    connector = load_connector(spec)
    built = compiled(connector)
    swagger = to_data(built.document)
    properties = obj(to_data(api_properties(connector)))
    return Side(swagger, properties, spec, spec, python=built.source_map)


def _git(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", *args], capture_output=True, check=False)


def _git_kind(revision: str, path: str) -> str | None:
    """`blob` or `tree` when git knows `REV:PATH`, else None."""
    try:
        done = _git("cat-file", "-t", f"{revision}:{path}")
    except OSError:
        return None
    return done.stdout.decode().strip() if done.returncode == 0 else None


def _git_file(revision: str, path: str) -> tuple[Any, Locate]:
    from connector_dsl.importers.reading import read_bytes

    shown = f"{revision}:{path}"
    done = _git("show", shown)
    if done.returncode != 0:
        msg = f"git show {shown} failed: {done.stderr.decode(errors='replace').strip()}"
        raise InputError([Diagnostic("diff-side", msg, Place(file=shown))])
    loaded = read_bytes(done.stdout, file=shown)
    text = done.stdout.decode("utf-8-sig", errors="replace")
    return loaded.data, approximate_locator(text)


def _git_side(revision: str, path: str, kind: str) -> Side:
    folder = PurePosixPath(path) if kind == "tree" else PurePosixPath(path).parent
    swagger_path = str(folder / SWAGGER_NAME) if kind == "tree" else path
    swagger, locate = _git_file(revision, swagger_path)
    properties_path = str(folder / PROPERTIES_NAME)
    properties: JsonObj | None = None
    locate_properties: Locate | None = None
    shown_properties: str | None = None
    wants_properties = kind == "tree" or PurePosixPath(path).name == SWAGGER_NAME
    if wants_properties and _git_kind(revision, properties_path) == "blob":
        data, locate_properties = _git_file(revision, properties_path)
        properties = obj(data)
        shown_properties = f"{revision}:{properties_path}"
    return Side(
        swagger,
        properties,
        f"{revision}:{swagger_path}",
        shown_properties,
        locate,
        locate_properties,
    )
