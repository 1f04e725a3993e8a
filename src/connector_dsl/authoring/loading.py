"""Loading a connector class from `module:Class` or `path/to/file.py:Class`."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from connector_dsl.errors import Diagnostic, InputError, Place

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector


def load_connector(spec: str) -> type[Connector]:
    """The `Connector` subclass named by `module:Class` or `file.py:Class`."""
    from connector_dsl.authoring.connector import Connector

    target, sep, name = spec.rpartition(":")
    if not sep or not target or not name:
        msg = f"{spec!r} is not MODULE:CLASS or FILE.py:CLASS (e.g. aps_connectors.acc:ACC)"
        raise InputError([Diagnostic("connector-spec", msg, Place(file=spec))])
    try:
        if target.endswith(".py") or "/" in target or "\\" in target:
            module = _load_file(Path(target))
        else:
            module = importlib.import_module(target)
    except (ImportError, OSError) as error:
        msg = f"cannot import {target!r}: {error}"
        raise InputError([Diagnostic("connector-import", msg, Place(file=target))]) from None
    found = getattr(module, name, None)
    if not (isinstance(found, type) and issubclass(found, Connector)):
        msg = f"{target} has no Connector subclass named {name!r}"
        raise InputError([Diagnostic("connector-spec", msg, Place(file=target))])
    return found


def _load_file(path: Path) -> object:
    if not path.is_file():
        msg = f"no such file: {path}"
        raise OSError(msg)
    module_name = f"_connector_dsl_user_.{path.stem}"
    loader_spec = importlib.util.spec_from_file_location(module_name, path)
    if loader_spec is None or loader_spec.loader is None:
        msg = f"cannot load {path} as a module"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(loader_spec)
    sys.modules[module_name] = module
    loader_spec.loader.exec_module(module)
    return module
