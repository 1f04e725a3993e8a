"""Reading a connector to validate: a swagger file, or a folder with apiProperties.json.

Files are read with `connector_dsl.importers.reading` (JSON or YAML, exact line and
column locator) when it is importable; otherwise with orjson (`utf-8-sig` tolerated)
and `approximate_locator`.
TODO(importers): drop the fallback once `importers.reading` is settled.
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from connector_dsl.errors import Diagnostic, InputError, Place
from connector_dsl.validate.engine import Locate

SWAGGER_NAME = "apiDefinition.swagger.json"
PROPERTIES_NAME = "apiProperties.json"


@dataclass(frozen=True, slots=True)
class Loaded:
    """One connector's data, with file names and locators for its two files."""

    swagger: Any
    properties: Any
    source: str
    locate: Locate | None
    properties_source: str | None
    locate_properties: Locate | None


def read_json(path: Path) -> tuple[Any, Locate]:
    """The parsed data and a locator; InputError naming the file when it cannot be read."""
    try:
        from connector_dsl.importers.reading import read_file
    except ImportError:  # pragma: no cover - the importers are another stage
        data, text = _read_fallback(path)
        return data, approximate_locator(text)
    loaded = read_file(path)
    if loaded.format != "json" or str(path) == "-":
        return loaded.data, loaded.locator.position
    # The exact JSON locator scans the whole file in Python; finding keys with str.find
    # costs a few per cent of that, which matters when validating hundreds of files.
    # TODO(importers): use loaded.locator.position once scanning is cheap enough.
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    return loaded.data, approximate_locator(text)


def _read_fallback(path: Path) -> tuple[Any, str]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
        return orjson.loads(text), text
    except (OSError, UnicodeDecodeError, orjson.JSONDecodeError) as error:
        raise InputError([Diagnostic("unreadable", str(error), Place(file=str(path)))]) from error


def load(path: Path, *, problems: list[InputError] | None = None) -> Loaded:
    """Read a swagger file or a connector folder.

    With `problems`, an unreadable `apiProperties.json` is added there and the swagger
    is still read (as if the folder had no properties); without it, it raises.
    """
    if path.is_dir():
        swagger_path = path / SWAGGER_NAME
        properties_path: Path | None = path / PROPERTIES_NAME
    else:
        swagger_path, properties_path = path, path.parent / PROPERTIES_NAME
        if path.name != SWAGGER_NAME:
            properties_path = None
    swagger, locate = read_json(swagger_path)
    properties: Any = None
    locate_properties: Locate | None = None
    if properties_path is not None and properties_path.is_file():
        try:
            properties, locate_properties = read_json(properties_path)
        except InputError as error:
            if problems is None:
                raise
            problems.append(error)
    return Loaded(
        swagger,
        properties,
        str(swagger_path),
        locate,
        str(properties_path) if locate_properties is not None else None,
        locate_properties,
    )


def have_authoring() -> bool:
    """Whether the authoring layer (`connector_dsl.authoring.load_connector`) is installed."""
    try:
        return importlib.util.find_spec("connector_dsl.authoring") is not None
    except ImportError:  # pragma: no cover
        return False


_NEWLINE = re.compile(r"\n")
_ITEM_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{},]')


def _item_offsets(text: str, opening: int) -> dict[int, int]:
    """Offset of each item (that starts with a string or bracket) of the array at `opening`."""
    depth = 0
    count = 0
    found: dict[int, int] = {}
    for match in _ITEM_TOKENS.finditer(text, opening):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth == 2:
                found.setdefault(count, match.start())
        elif token in "]}":
            depth -= 1
            if depth == 0:
                break
        elif token == "," and depth == 1:
            count += 1
        elif depth == 1:
            found.setdefault(count, match.start())
    return found


def approximate_locator(text: str) -> Locate:
    """A locator that follows a pointer's keys with `str.find` and counts array items.

    Exact for the usual files (one key per line); a key that also occurs as a string
    value just before its place can still mislead it. Each array is scanned once.
    """
    arrays: dict[int, dict[int, int]] = {}

    def item_offset(start: int, index: int) -> int | None:
        opening = text.find("[", start)
        if opening < 0:
            return None
        if opening not in arrays:
            arrays[opening] = _item_offsets(text, opening)
        return arrays[opening].get(index)

    line_starts: list[int] = []

    def line_of(offset: int) -> tuple[int, int]:
        if not line_starts:
            line_starts.extend([0, *(m.end() for m in _NEWLINE.finditer(text))])
        line = bisect.bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1] + 1

    def locate(pointer: str) -> tuple[int, int] | None:
        offset = 0
        found = 0
        for raw in pointer.split("/")[1:]:
            token = raw.replace("~1", "/").replace("~0", "~")
            if token.isdigit():
                item = item_offset(offset, int(token))
                if item is None:
                    break
                offset = found = item
                continue
            at = text.find(orjson.dumps(token).decode(), offset)
            if at < 0:
                break
            offset = found = at
        return line_of(found)

    return locate
