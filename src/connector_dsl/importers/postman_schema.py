"""Schemas typed from example values: numbers stay numbers, booleans stay booleans.

Raw bodies are read as JSON even without `options.raw.language`; `//` and `/* */`
comments (Postman allows them) are dropped, and an unquoted `{{var}}` is replaced by
its value when that is JSON, else by a number placeholder (the body as a whole, by
an empty object), so that the body still parses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import reduce
from typing import Any

from connector_dsl.document import Schema
from connector_dsl.importers.postman_variables import VARIABLE, Variables

_INTEGER = re.compile(r"^-?(0|[1-9]\d*)\Z")
_NUMBER = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?\Z")
_DATE_TIME = re.compile(
    r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\Z"
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}\Z")


def value_type(value: str) -> str:
    """The Swagger type of a query, path or form example value written as text."""
    if value in ("true", "false"):
        return "boolean"
    if _INTEGER.match(value):
        return "integer"
    if _NUMBER.match(value):
        return "number"
    return "string"


def schema_of(value: object) -> Schema:
    """The schema of a JSON value: objects and arrays typed all the way down."""
    if value is None:
        return Schema(x_nullable=True)
    if isinstance(value, bool):
        return Schema(type="boolean")
    if isinstance(value, int):
        return Schema(type="integer")
    if isinstance(value, float):
        return Schema(type="number")
    if isinstance(value, str):
        return _string_schema(value)
    if isinstance(value, list):
        items = [schema_of(item) for item in value]  # pyright: ignore[reportUnknownVariableType]
        return Schema(type="array", items=reduce(merge, items) if items else Schema())
    if isinstance(value, dict):
        properties = {str(k): schema_of(v) for k, v in value.items()}  # pyright: ignore[reportUnknownVariableType]
        return Schema(type="object", properties=properties) if properties else Schema(type="object")
    return Schema()


def _string_schema(value: str) -> Schema:
    if _DATE_TIME.match(value):
        return Schema(type="string", format="date-time")
    if _DATE.match(value):
        return Schema(type="string", format="date")
    return Schema(type="string")


def merge(first: Schema, second: Schema) -> Schema:
    """One schema for two examples of the same thing (array items, repeated responses)."""
    if first.type is None and first.x_nullable:
        return second.model_copy(update={"x_nullable": True}) if second.type else first
    if second.type is None and second.x_nullable:
        return first.model_copy(update={"x_nullable": True})
    if first.type == "object" and second.type == "object":
        properties = dict(first.properties or {})
        for name, schema in (second.properties or {}).items():
            properties[name] = merge(properties[name], schema) if name in properties else schema
        return first.model_copy(update={"properties": properties})
    if first.type == "array" and second.type == "array" and first.items and second.items:
        return first.model_copy(update={"items": merge(first.items, second.items)})
    if {first.type, second.type} == {"integer", "number"}:
        return Schema(type="number")
    return first


@dataclass
class ParsedJson:
    """A raw body read as JSON, with what had to change to read it."""

    ok: bool
    value: Any = None
    placeholders: list[str] = field(default_factory=list[str])
    error: str = ""


def parse_json(text: str, variables: Variables) -> ParsedJson:
    """`text` as JSON, after dropping comments and filling unquoted placeholders."""
    whole = VARIABLE.fullmatch(text.strip())
    placeholders: list[str] = []
    if whole:
        placeholders.append(whole.group(1))
        prepared = _json_value(variables, whole.group(1)) or "{}"
    else:
        prepared = _prepare(text, variables, placeholders)
    try:
        return ParsedJson(ok=True, value=json.loads(prepared), placeholders=placeholders)
    except (ValueError, RecursionError) as error:
        return ParsedJson(ok=False, error=str(error)[:120], placeholders=placeholders)


def _json_value(variables: Variables, name: str) -> str | None:
    value = variables.lookup(name)
    if value is None:
        return None
    try:
        json.loads(value)
    except ValueError:
        return None
    return value


def _prepare(text: str, variables: Variables, placeholders: list[str]) -> str:
    out: list[str] = []
    index, in_string = 0, False
    while index < len(text):
        char = text[index]
        if in_string:
            step = 2 if char == "\\" else 1
            out.append(text[index : index + step])
            in_string = char != '"'
            index += step
            continue
        if char == '"':
            in_string = True
        elif text.startswith("//", index):
            index = _skip_to(text, "\n", index)
            continue
        elif text.startswith("/*", index):
            end = text.find("*/", index + 2)
            index = len(text) if end < 0 else end + 2
            continue
        elif (match := VARIABLE.match(text, index)) is not None:
            placeholders.append(match.group(1))
            out.append(_json_value(variables, match.group(1)) or "0")
            index = match.end()
            continue
        out.append(char)
        index += 1
    return "".join(out)


def _skip_to(text: str, marker: str, start: int) -> int:
    end = text.find(marker, start)
    return len(text) if end < 0 else end
