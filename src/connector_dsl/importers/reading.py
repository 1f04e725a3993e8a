"""Reading an input file, JSON or YAML, into plain data and a locator.

Real connector files are untidy, so reading forgives what has one clear meaning
and says so in a warning: a byte-order mark, bytes that are not UTF-8 (read as
Windows-1252), a repeated key (the last one wins, as in JSON), a trailing comma.
Anything else is an `InputError` naming the file, line and column.

JSON is parsed by orjson when it reads the text exactly as `json.loads` would and
nothing needs a warning or a check: no repeated key (the colons of the text and
of orjson's rewrite of the data agree), no integer orjson would turn into a float
(no run of 19 digits), no nesting past the limit. Otherwise the standard library
parses it with a small `object_pairs_hook` that notices repeated keys, and with
number hooks that note values past the limits.

YAML is read with a safe loader only, and a document whose aliases expand past
`MAX_YAML_NODES` nodes or `MAX_YAML_TEXT` characters ("billion laughs") is refused
before it is built.

Only regular files and stdin (`-`) are read, at most `limits.input_cap()` bytes
(64 MiB unless `CONNECTOR_DSL_MAX_INPUT_BYTES` says otherwise); what is read must
stay within `limits` (nesting depth, integer range, finite floats, no lone
surrogates), or it is refused with its place.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NamedTuple

import orjson

from connector_dsl.collection import collector_paused
from connector_dsl.errors import Diagnostic, InputError, Place, escape_pointer_token
from connector_dsl.importers.limits import (
    NumberWatch,
    Where,
    check_values,
    indented_json_within_depth,
    input_cap,
    json_text_within_limits,
)
from connector_dsl.importers.locating import Locator, scan_json
from connector_dsl.importers.yaml_safe import load_yaml

InputFormat = Literal["json", "yaml"]

DiagnosticCode = Literal[
    "input-unreadable",
    "input-empty",
    "input-syntax",
    "input-encoding",
    "input-duplicate-key",
    "input-trailing-comma",
    "input-control-character",
    "input-too-large",
    "input-external-ref",
    "input-format",
    "input-swagger",
    "input-value",
]
"""Every code the readers report."""

_YAML_SUFFIXES = frozenset({".yaml", ".yml"})
_FALLBACK_ERRORS = "connector-dsl-cp1252"


@dataclass(frozen=True, slots=True)
class Loaded:
    """An input file read into plain JSON-like data."""

    data: Any
    file: str
    format: InputFormat
    locator: Locator
    warnings: list[Diagnostic]
    may_refer_outside: bool = True
    """False when the text read certainly has no `$ref` outside the document."""

    def place(self, pointer: str) -> Place:
        """File, line, column and pointer of the value at `pointer`."""
        return self.locator.place(self.file, pointer)

    def external_refs(self) -> list[Diagnostic]:
        """`check_refs` of the data read (no walk when the text rules them out)."""
        if not self.may_refer_outside:
            return []
        return check_refs(self.data, self.file, self.locator)


def read_file(path: str | os.PathLike[str]) -> Loaded:
    """Read a JSON or YAML file (or stdin for `-`); raises `InputError` when it cannot be read.

    `.json` files are JSON and `.yaml`/`.yml` files YAML; others are told apart by
    their first character.
    """
    file = str(path)
    raw = read_source_bytes(file)
    suffix = Path(path).suffix.lower()
    hint: InputFormat | None = None
    if suffix in _YAML_SUFFIXES:
        hint = "yaml"
    elif suffix == ".json":
        hint = "json"
    return read_bytes(raw, file=file, format=hint)


def read_source_bytes(file: str) -> bytes:
    """The bytes of a regular file, or of stdin for `-`, at most `input_cap()` of them."""
    cap = input_cap()
    if file == "-":
        return _capped(sys.stdin.buffer.read(cap + 1), cap, file)
    try:
        # Non-blocking, so that opening a FIFO does not wait for a writer.
        descriptor = os.open(file, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                msg = (
                    "this is not a regular file (a device, pipe or socket); give a file, "
                    "or '-' to read stdin"
                )
                raise InputError([_error("input-unreadable", msg, Place(file=file))])
            return _capped(handle.read(cap + 1), cap, file)
    except OSError as error:
        reason = error.strerror or type(error).__name__
        msg = f"cannot read this file ({reason}); check the path and its permissions"
        raise InputError([_error("input-unreadable", msg, Place(file=file))]) from None


def _capped(raw: bytes, cap: int, file: str) -> bytes:
    if len(raw) <= cap:
        return raw
    msg = (
        f"the input is larger than {cap:,} bytes, the most connector-dsl reads; set "
        "CONNECTOR_DSL_MAX_INPUT_BYTES to a larger number of bytes if it really is this big"
    )
    raise InputError([_error("input-too-large", msg, Place(file=file))])


def read_bytes(raw: bytes, *, file: str, format: InputFormat | None = None) -> Loaded:
    """Read JSON or YAML bytes; the format is told or seen from the first character."""
    text, warnings = decode(raw, file)
    start = text.lstrip()[:1]
    if not start:
        msg = "the file is empty; give a swagger, OpenAPI or Postman document"
        raise InputError([_error("input-empty", msg, Place(file=file, line=1, column=1))])
    chosen: InputFormat = format or ("json" if start in "{[" else "yaml")
    if chosen == "yaml":
        data, root, yaml_warnings = load_yaml(text, file)
        warnings.extend(yaml_warnings)
        locator = Locator(text, yaml_root=root)
        check_values(data, lambda where: locator.place(file, where))
        return Loaded(data, file, "yaml", locator, warnings)
    locator = Locator(text)
    encoded = _utf8(raw) if not warnings else None
    data, json_warnings, doubtful, outside = _load_json(text, file, locator, encoded)
    if doubtful:
        check_values(data, lambda where: locator.place(file, where))
    warnings.extend(sorted(json_warnings, key=_position))
    if outside is None:
        outside = _may_refer_outside(text)
    return Loaded(data, file, "json", locator, warnings, may_refer_outside=outside)


def _utf8(raw: bytes) -> bytes | None:
    """The UTF-8 bytes of the text `decode` read from `raw` without a warning: `raw`
    without its byte-order mark (strict UTF-8 decoding and encoding undo each other),
    or None for UTF-16."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    return raw.removeprefix(codecs.BOM_UTF8)


def _position(diagnostic: Diagnostic) -> tuple[int, int]:
    return diagnostic.place.line or 0, diagnostic.place.column or 0


def _error(code: DiagnosticCode, message: str, place: Place) -> Diagnostic:
    return Diagnostic(code=code, message=message, place=place)


def _warning(code: DiagnosticCode, message: str, place: Place) -> Diagnostic:
    return Diagnostic(code=code, message=message, place=place, severity="warning")


# --- text ------------------------------------------------------------------------------


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):  # pragma: no cover - decoding only
        raise error
    chunk = error.object[error.start : error.end]
    return "".join(_byte_text(byte) for byte in chunk), error.end


def _byte_text(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


codecs.register_error(_FALLBACK_ERRORS, _cp1252_fallback)


def decode(raw: bytes, file: str) -> tuple[str, list[Diagnostic]]:
    """The text of a file: UTF-8 (with or without a byte-order mark) or UTF-16 with one.

    Bytes that are not UTF-8 are read as Windows-1252, one at a time, with a warning.
    """
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16"), []
        except UnicodeDecodeError as error:
            msg = f"the file starts as UTF-16 but is not ({error.reason}); save it as UTF-8"
            raise InputError([_error("input-encoding", msg, Place(file=file))]) from None
    raw = raw.removeprefix(codecs.BOM_UTF8)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError as error:
        first = error.start
    text = raw.decode("utf-8", errors=_FALLBACK_ERRORS)
    line = raw.count(b"\n", 0, first) + 1
    line_start = raw.rfind(b"\n", 0, first) + 1
    column = len(raw[line_start:first].decode("utf-8", errors="replace")) + 1
    msg = (
        f"the file is not valid UTF-8 (byte 0x{raw[first]:02x} here); bytes that are not "
        "UTF-8 were read as Windows-1252: check the text and save the file as UTF-8"
    )
    return text, [_warning("input-encoding", msg, Place(file=file, line=line, column=column))]


# --- JSON ------------------------------------------------------------------------------

_TRAILING_COMMA = re.compile(r'"(?:[^"\\]|\\.)*"|(,)\s*[}\]]', re.DOTALL)
_CONTROL = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_CONTROL_CHARACTER = re.compile("[\x00-\x1f]")
_JSON_PROBLEMS = {
    "Expecting value": "a value is missing or is not JSON here",
    "Extra data": "there is more text after the end of the document",
}


_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 19
"""Integers with fewer digits are within the limits (orjson reads longer ones as floats)."""
_OUTSIDE_REF = re.compile(rb'"\$ref": "[^#]')
"""A `$ref` string not starting with `#`, as orjson's indented rewrite writes it."""


class Plain(NamedTuple):
    """JSON read by orjson (see `_plain_json`)."""

    data: Any
    may_refer_outside: bool
    """False when the data certainly has no `$ref` string that does not start with `#`."""


def _plain_json(text: str, encoded: bytes | None = None) -> Plain | None:
    """The data of `text` read by orjson, or None unless that is certainly what `json.loads`
    reads, with no repeated key and nothing past the limits. `encoded`, when given, is
    `text.encode()`.

    orjson refuses what `json.loads` would need a repair or a warning for (trailing
    commas, raw control characters) and values past the limits (NaN, infinity,
    lone surrogates), except integers of 19 or more digits, looked for here. A
    repeated key drops its earlier pair, so the text then has more colons than
    orjson's rewrite of the data (unless a colon is written as an escape). The
    rewrite is indented, which shows the nesting (`indented_json_within_depth`), and
    writes every `$ref` key and `#` as they are, followed by `": "`.
    """
    if encoded is None:
        try:
            encoded = text.encode()
        except UnicodeEncodeError:
            return None
    if b"\\u003" in encoded:
        return None
    try:
        data = orjson.loads(encoded)
        dumped = orjson.dumps(data, option=orjson.OPT_INDENT_2)
    except (orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    if encoded.count(b":") != dumped.count(b":") or not indented_json_within_depth(dumped):
        return None
    # orjson writes floats from 1e16 up with an exponent: only then may one have been an integer.
    if b"e+" in dumped and _LONG_NUMBER in encoded.translate(_DIGITS):
        return None
    return Plain(data, _OUTSIDE_REF.search(dumped) is not None)


def _load_json(
    text: str, file: str, locator: Locator, encoded: bytes | None = None
) -> tuple[Any, list[Diagnostic], bool, bool | None]:
    """The data, the warnings, whether `check_values` must look at the data, and whether
    the data may have a `$ref` outside (None: look at the text).

    `check_values` must look when a value may be past the limits or the text had to be
    repaired. `encoded` is `text.encode()` when the caller has it.
    """
    with collector_paused():  # orjson makes no cycles
        plain = _plain_json(text, encoded)
    if plain is not None:
        return plain.data, [], False, plain.may_refer_outside
    repeated = False
    numbers = NumberWatch()

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal repeated
        result = dict(pairs)
        if len(result) != len(pairs):
            repeated = True
        return result

    hooks: dict[str, Any] = {
        "object_pairs_hook": pairs_hook,
        "parse_int": numbers.parse_int,
        "parse_float": numbers.parse_float,
        "parse_constant": numbers.parse_constant,
    }
    warnings: list[Diagnostic] = []
    doubtful = False
    try:
        data = json.loads(text, **hooks)
    except json.JSONDecodeError:
        doubtful = True
        repaired, warnings = _repair(text, file, locator)
        try:
            data = json.loads(repaired, strict=False, **hooks)
        except json.JSONDecodeError as error:
            raise _syntax_error(text, file, error, locator) from None
        except RecursionError:
            raise _too_deep(file) from None
    except RecursionError:
        raise _too_deep(file) from None
    if repeated:
        warnings.extend(_duplicate_warnings(text, file, locator))
    doubtful = doubtful or numbers.doubtful or not json_text_within_limits(text)
    return data, warnings, doubtful, None


def _repair(text: str, file: str, locator: Locator) -> tuple[str, list[Diagnostic]]:
    """Blank out trailing commas (offsets stay) and note raw control characters."""
    warnings: list[Diagnostic] = []
    commas = [m.start(1) for m in _TRAILING_COMMA.finditer(text) if m.group(1)]
    chars = list(text)
    for offset in commas:
        chars[offset] = " "
        line, column = locator.line_column(offset)
        msg = "a comma before a closing bracket is not JSON; it was ignored: delete it"
        warnings.append(
            _warning("input-trailing-comma", msg, Place(file=file, line=line, column=column))
        )
    for match in _CONTROL.finditer(text):
        found = _CONTROL_CHARACTER.search(text, match.start(), match.end())
        if found is not None:
            line, column = locator.line_column(found.start())
            msg = (
                "a string holds a raw control character (tab or line break); it was kept: "
                "write it as \\t or \\n"
            )
            place = Place(file=file, line=line, column=column)
            warnings.append(_warning("input-control-character", msg, place))
            break
    return "".join(chars), warnings


def _syntax_error(
    text: str, file: str, error: json.JSONDecodeError, locator: Locator
) -> InputError:
    scan = scan_json(text[: error.pos])
    where = scan.unclosed[-1][2] if scan.unclosed else ""
    problem = _JSON_PROBLEMS.get(error.msg, error.msg)
    if not text[error.pos :].strip() and scan.unclosed:
        opened = scan.unclosed[-1][0]
        line, column = locator.line_column(opened)
        closers = "".join(closer for _, closer, _ in reversed(scan.unclosed))
        problem = (
            f"the file ends before the bracket opened at line {line}, column {column} is "
            f"closed: add the missing {closers!r} or restore the end of the file"
        )
    else:
        problem = f"not valid JSON: {problem}; fix the file here and try again"
    place = Place(file=file, line=error.lineno, column=error.colno, pointer=where)
    return InputError([_error("input-syntax", problem, place)])


def _too_deep(file: str) -> InputError:
    msg = "the document is nested too deeply to read; it cannot be a real connector"
    return InputError([_error("input-too-large", msg, Place(file=file, line=1, column=1))])


def _duplicate_warnings(text: str, file: str, locator: Locator) -> Iterator[Diagnostic]:
    for duplicate in scan_json(text).duplicates:
        line, column = locator.line_column(duplicate.later)
        first_line, first_column = locator.line_column(duplicate.first)
        key = duplicate.pointer.rsplit("/", 1)[1]
        msg = (
            f"key {key!r} is repeated (first at line {first_line}, column {first_column}); "
            "the last value was kept: delete the other one"
        )
        place = Place(file=file, line=line, column=column, pointer=duplicate.pointer)
        yield _warning("input-duplicate-key", msg, place)


# --- references ------------------------------------------------------------------------

_PLAIN_REF = re.compile(r'"\$ref"\s*:\s*"(?!#)')
_ANY_REF = re.compile(r'"(?:\$|\\u0024)(?:r|\\u0072)(?:e|\\u0065)(?:f|\\u0066)"\s*:\s*"(?!#)')
_REF_ESCAPE = re.compile(r"\\u00(?:24|72|65|66)")


def _may_refer_outside(text: str) -> bool:
    """False when a JSON text certainly has no `$ref` key (plainly written or with
    escapes) whose string value does not start with a plain `#`: then `check_refs`
    finds nothing."""
    if _PLAIN_REF.search(text):
        return True
    return "\\u00" in text and bool(_REF_ESCAPE.search(text) and _ANY_REF.search(text))


def _pointer(path: Where) -> str:
    """The JSON pointer of a path chain (written out only for a `$ref` that is refused)."""
    tokens: list[str] = []
    while path is not None:
        path, token = path
        tokens.append(str(token) if isinstance(token, int) else escape_pointer_token(token))
    return "".join("/" + token for token in reversed(tokens))


def check_refs(data: Any, file: str, locator: Locator | None = None) -> list[Diagnostic]:
    """An error for every `$ref` that does not start with `#`: nothing outside is fetched."""
    found: list[Diagnostic] = []
    stack: list[tuple[Any, Where]] = [(data, None)]
    while stack:
        value, where = stack.pop()
        if isinstance(value, dict):
            items: dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
            ref = items.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                here = _pointer(where) + "/$ref"
                place = locator.place(file, here) if locator else Place(file=file, pointer=here)
                msg = (
                    f"$ref {ref!r} points outside this document, and connector-dsl never "
                    "fetches files or URLs: copy what it names into this document and "
                    "refer to it with '#/...'"
                )
                found.append(_error("input-external-ref", msg, place))
            stack.extend(
                (child, (where, key))
                for key, child in items.items()
                if key != "example" and isinstance(child, dict | list)
            )
        elif isinstance(value, list):
            elements: list[Any] = value  # pyright: ignore[reportUnknownVariableType]
            stack.extend(
                (child, (where, index))
                for index, child in enumerate(elements)
                if isinstance(child, dict | list)
            )
    found.sort(key=lambda d: d.place.pointer or "")
    return found
