"""Loading a connector class from `module:Class` or `path/to/file.py:Class`."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import traceback
from pathlib import Path

from connector_dsl.authoring.connector import Connector
from connector_dsl.authoring.places import display_path, show_as_typed
from connector_dsl.errors import ConnectorError, Diagnostic, InputError, Place
from connector_dsl.suggest import did_you_mean


def load_connector(spec: str) -> type[Connector]:
    """The `Connector` subclass named by `module:Class` or `file.py:Class`."""

    target, sep, name = spec.rpartition(":")
    if not sep or not target or not name:
        msg = f"{spec!r} is not MODULE:CLASS or FILE.py:CLASS (e.g. aps_connectors.acc:ACC)"
        raise InputError([Diagnostic("connector-spec", msg, Place(file=spec))])
    is_file = target.endswith(".py") or "/" in target or "\\" in target
    show_as_typed(target if is_file else None)
    try:
        module = _load_file(Path(target)) if is_file else importlib.import_module(target)
    except ConnectorError:
        raise  # the connector's own markers and routes already name their place
    except (ImportError, OSError) as error:
        msg = f"cannot import {target!r}: {error}"
        raise InputError([Diagnostic("connector-import", msg, Place(file=target))]) from None
    except Exception as error:  # the author's module itself fails to run
        raise InputError([_failure(target, error)]) from None
    found = getattr(module, name, None)
    if not (isinstance(found, type) and issubclass(found, Connector)):
        msg = f"{target} has no Connector subclass named {name!r}{_suggestion(module, name)}"
        raise InputError([Diagnostic("connector-spec", msg, Place(file=target))])
    return found


def connector_names(module: object) -> list[str]:
    """The names of the `Connector` subclasses a module defines or imports, sorted."""
    return sorted(
        key
        for key, value in vars(module).items()
        if isinstance(value, type) and issubclass(value, Connector) and value is not Connector
    )


def _suggestion(module: object, name: str) -> str:
    """`; did you mean 'ACC'?` (by spelling, case ignored), else the connectors there are."""
    names = connector_names(module)
    if not names:
        return "; it defines none"
    hint = did_you_mean(name, names)
    if hint:
        return hint
    listed = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
    return f"; it has {listed}"


def _failure(target: str, error: Exception) -> Diagnostic:
    """The author's error as a diagnostic at its line, instead of a traceback."""
    kind = type(error).__name__
    if isinstance(error, SyntaxError):
        file = display_path(error.filename) if error.filename else target
        place = Place(file=file, line=error.lineno, column=error.offset)
        msg = f"{kind}: {error.msg}; fix the connector module"
        return Diagnostic("connector-import", msg, place)
    frames = traceback.extract_tb(error.__traceback__)
    own = str(Path(__file__).resolve().parents[1])
    outside = [f for f in frames if not f.filename.startswith((own, "<"))]
    frame = outside[-1] if outside else (frames[-1] if frames else None)
    place = Place(file=target)
    if frame is not None:
        place = Place(file=display_path(frame.filename), line=frame.lineno)
    msg = f"importing {target} raised {kind}: {error}; fix the connector module"
    return Diagnostic("connector-import", msg, place)


def _load_file(path: Path) -> object:
    """Run `path` as a module, with its folder first on `sys.path` as `python path` has it."""
    if not path.is_file():
        msg = "no such file"
        raise OSError(msg)
    folder = str(path.resolve().parent)
    if sys.path[:1] != [folder]:
        sys.path.insert(0, folder)
    module_name = f"_connector_dsl_user_.{path.stem}"
    loader_spec = importlib.util.spec_from_file_location(module_name, path)
    if loader_spec is None or loader_spec.loader is None:
        msg = f"cannot load {path} as a module"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(loader_spec)
    sys.modules[module_name] = module
    loader_spec.loader.exec_module(module)
    return module
