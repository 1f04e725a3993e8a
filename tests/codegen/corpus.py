"""Reading corpus connectors for the codegen tests."""

from __future__ import annotations

import importlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any


def read_json(path: Path) -> Any:
    """The data of a swagger file, read by the project's reader when there is one."""
    try:
        swagger = importlib.import_module("connector_dsl.importers.swagger")
    except ImportError:
        swagger = None
    reader = getattr(swagger, "read_swagger", None)
    if reader is not None:
        from connector_dsl.dump import to_data

        result = reader(path)
        document = getattr(result, "document", result)
        return to_data(document) if hasattr(document, "model_dump") else document
    return json.loads(path.read_bytes().decode("utf-8-sig"))


def import_file(path: Path, name: str) -> ModuleType:
    """Import a generated module from its file."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    return module


SWAGGER_NAME = "apidefinition.swagger.json"


def corpus_files(shared: Path) -> list[Path]:
    """Every swagger of the corpus (one folder spells the file name in lower case)."""
    return sorted(p for p in (shared / "corpus").rglob("*.json") if p.name.lower() == SWAGGER_NAME)
