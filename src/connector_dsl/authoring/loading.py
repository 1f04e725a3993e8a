"""Loading a connector class from `module:Class` or `path/to/file.py:Class`."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import traceback
from pathlib import Path

from connector_dsl.authoring.connector import Connector
from connector_dsl.errors import ConnectorError, Diagnostic, InputError, Place


def load_connector(spec: str) -> type[Connector]:
    """The `Connector` subclass named by `module:Class` or `file.py:Class`."""

    target, sep, name = spec.rpartition(":")
    if not sep or not target or not name:
        msg = f"{spec!r} is not MODULE:CLASS or FILE.py:CLASS (e.g. aps_connectors.acc:ACC)"
        raise InputError([Diagnostic("connector-spec", msg, Place(file=spec))])
    try:
        if target.endswith(".py") or "/" in target or "\\" in target:
            module = _load_file(Path(target))
        else:
            module = importlib.import_module(target)
    except ConnectorError:
        raise  # the connector's own markers and routes already name their place
    except (ImportError, OSError) as error:
        msg = f"cannot import {target!r}: {error}"
        raise InputError([Diagnostic("connector-import", msg, Place(file=target))]) from None
    except Exception as error:  # the author's module itself fails to run
        raise InputError([_failure(target, error)]) from None
    found = getattr(module, name, None)
    if not (isinstance(found, type) and issubclass(found, Connector)):
        msg = f"{target} has no Connector subclass named {name!r}"
        raise InputError([Diagnostic("connector-spec", msg, Place(file=target))])
    return found


def _failure(target: str, error: Exception) -> Diagnostic:
    """The author's error as a diagnostic at its line, instead of a traceback."""
    kind = type(error).__name__
    if isinstance(error, SyntaxError):
        place = Place(file=error.filename or target, line=error.lineno, column=error.offset)
        msg = f"{kind}: {error.msg}; fix the connector module"
        return Diagnostic("connector-import", msg, place)
    frames = traceback.extract_tb(error.__traceback__)
    own = str(Path(__file__).resolve().parents[1])
    outside = [f for f in frames if not f.filename.startswith((own, "<"))]
    frame = outside[-1] if outside else (frames[-1] if frames else None)
    place = Place(file=frame.filename, line=frame.lineno) if frame else Place(file=target)
    msg = f"importing {target} raised {kind}: {error}; fix the connector module"
    return Diagnostic("connector-import", msg, place)


def _load_file(path: Path) -> object:
    """Run `path` as a module, with its folder first on `sys.path` as `python path` has it."""
    if not path.is_file():
        msg = f"no such file: {path}"
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
