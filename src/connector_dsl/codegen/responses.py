"""An operation's responses as `Route` arguments and `Reply(...)` calls, decided per key.

Each response object is written typed: its description, its body's type (the
class's type argument for the success response, `Reply(description, Type)` for
the others), its headers by their types. Whether that gives the response back is
asked of the compiler itself: `compile.emit.response_data` is run on the same values
made live (header types made real, the body schema taken as the input's, since
the models answer for the body), and every key it does not write as given is
set per key (`Route(response_raw=...)`, `Reply(raw=...)`). Only a response that
is a reference (`{"$ref": "#/responses/..."}`) or no object is `Exact(...)`.

Replies repeated in many operations (the same `401` everywhere) are written once,
as module-level mappings (`ERRORS = {...}`) that each `Route(responses=...)` spreads.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field

from connector_dsl.authoring.markers import Ui
from connector_dsl.codegen.calls import Call, Expr, value_key
from connector_dsl.codegen.literals import literal
from connector_dsl.codegen.memo import Memo
from connector_dsl.codegen.models import Models
from connector_dsl.codegen.names import Namer
from connector_dsl.codegen.node_data import node_data
from connector_dsl.codegen.plan import DROP
from connector_dsl.codegen.type_tree import ANY, Named, TypeNode, WithField
from connector_dsl.compile.emit import response_data
from connector_dsl.compile.headers import plain_header
from connector_dsl.compile.schemas import definitions_for
from connector_dsl.document.operation import Response

_MISSING: Any = object()
_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_LIVE_SCALARS: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
_VISIBILITIES = ("important", "advanced", "internal")
_HEADER_UI = {"description": "description", "format": "format", "x-ms-summary": "summary"}
_BOUNDS = {"minimum": "ge", "maximum": "le"}
_LEAST_SHARED = 2
"""Operations that must give the same replies for them to be written once."""


def body_node(models: Models, schema: Any, hint: str) -> TypeNode | None:
    """The type of a response body schema (not yet `use`d); None when it is written raw.

    The type writes the schema's structure (`$ref`, `type`, `items`, a model's
    keys); the other top-level keys go in `Annotated[T, Field(json_schema_extra=...)]`.
    `{"type": "string", "format": "binary"}` is `bytes`. Whether the type writes the
    schema exactly is checked with the models (`model_check.check_models`).
    """
    if not isinstance(schema, dict):
        return None
    if schema == {"type": "string", "format": "binary"}:
        return Named("bytes")
    kind = schema.get("type")
    ref = schema.get("$ref")
    structure: set[str]
    if isinstance(ref, str):
        if ref.removeprefix("#/definitions/") not in models.by_definition:
            # an unmodelled definition: its type writes it inline, so the check finds
            # the schema differs and it is written raw (a raw `$ref` would point at
            # nothing until it has)
            return models.top_node({"$ref": ref}, hint)
        structure = {"$ref"}
    elif isinstance(kind, list) or kind in _SCALARS:
        structure = {"type"}
    elif kind == "array" and isinstance(schema.get("items"), dict):
        structure = {"type", "items"}
    elif isinstance(schema.get("properties"), dict) and schema["properties"]:
        structure = set(schema)  # a model: its class writes every key (or the plan says)
    elif kind == "object" and "properties" not in schema and "additionalProperties" in schema:
        structure = {"type", "additionalProperties"}  # `dict[str, T]`
    elif schema.get("properties", {}) != {} or "additionalProperties" in schema:
        return None
    else:  # `type: object` (no properties), `type: file`, no type: `Any` and its keys
        extra = dict(schema)
        return WithField(ANY, (("json_schema_extra", extra),)) if extra else ANY
    base = models.top_node({k: v for k, v in schema.items() if k in structure}, hint)
    extra = {k: v for k, v in schema.items() if k not in structure}
    if not extra:
        return base
    if isinstance(base, WithField):
        return None  # a type list's own `json_schema_extra`: one place for the keys
    return WithField(base, (("json_schema_extra", extra),))


@dataclass(frozen=True, slots=True)
class HeaderType:
    """A response header's type: its source, and the same type made live."""

    source: str
    live: Any


def header_type(header: Any) -> HeaderType | None:
    """`str`, `Annotated[int, Ui(description=...), Field(ge=0)]`, ... for a header; None if none."""
    if not isinstance(header, dict) or not plain_header(header):
        return None
    kind = header["type"]
    base_live: Any
    if kind == "array":
        items = header["items"]
        if set(items) != {"type"} or not set(header) <= {"type", "items", "description"}:
            return None
        inner = _SCALARS[items["type"]]
        item_live: Any = _LIVE_SCALARS[inner]
        base_source, base_live = f"list[{inner}]", list[item_live]
    else:
        name = _SCALARS[kind]
        base_source, base_live = name, _LIVE_SCALARS[name]
    ui: dict[str, Any] = {}
    bounds: dict[str, Any] = {}
    for key, value in header.items():
        if key in ("type", "items"):
            continue
        if key in _HEADER_UI and isinstance(value, str):
            ui[_HEADER_UI[key]] = value
        elif key == "x-ms-visibility" and value in _VISIBILITIES:
            ui["visibility"] = value
        elif key in _BOUNDS and kind in ("integer", "number") and _number(value):
            bounds[_BOUNDS[key]] = value
        else:
            return None
    if not ui and not bounds:
        return HeaderType(base_source, base_live)
    parts_source: list[str] = []
    parts_live: list[Any] = []
    if ui:
        parts_source.append(f"Ui({', '.join(f'{k}={literal(v)}' for k, v in ui.items())})")
        parts_live.append(Ui(**ui))
    if bounds:
        parts_source.append(f"Field({', '.join(f'{k}={literal(v)}' for k, v in bounds.items())})")
        parts_live.append(Field(**bounds))
    source = f"Annotated[{base_source}, {', '.join(parts_source)}]"
    return HeaderType(source, Annotated[(base_live, *parts_live)])


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_HEADER_SCHEMAS: Memo[str, dict[str, Any]] = Memo(512)
"""What the compiler writes for a header type, by the type's source (see `_header_schema`)."""


def _header_schema(kind: HeaderType) -> dict[str, Any]:
    """What the compiler writes for a header type, computed once per identical type.

    The type's source says it whole (same source, same live type): a `Field(...)` made
    live again is another object, so the live type is no key (only read, never changed).
    """
    built = _HEADER_SCHEMAS.get(kind.source)
    if built is None:
        schemas, _definitions = definitions_for([kind.live])
        built = _HEADER_SCHEMAS.keep(kind.source, schemas[kind.live])
    return built


_HEADER_TYPES: Memo[Any, HeaderType | None] = Memo(512)
"""`header_type` of each header object seen, by its value (`value_key`)."""


def _header_type_once(header: Any) -> HeaderType | None:
    """`header_type(header)`, made once per identical header (the result is only read)."""
    try:
        key = value_key(header)
    except TypeError:  # not JSON data: made as it is
        return header_type(header)
    if key in _HEADER_TYPES:
        return _HEADER_TYPES[key]
    return _HEADER_TYPES.keep(key, header_type(header))


def header_types(headers: Any) -> dict[str, HeaderType] | None:
    """Every header's type, when each one's type writes it exactly (the compiler says)."""
    if not isinstance(headers, dict):
        return None
    found: dict[str, HeaderType] = {}
    for name, header in headers.items():
        kind = _header_type_once(header)
        if kind is None or _header_schema(kind) != header:
            return None
        found[name] = kind
    return found


@dataclass
class Written:
    """One response as the `Route` writes it: typed arguments and the keys left raw."""

    description: str
    headers: dict[str, HeaderType] = field(default_factory=dict)
    raw: dict[str, Any] = field(default_factory=dict)
    """Keys set (or `DROP`ped) on the response after it is built."""


def written(want: dict[str, Any], schema_raw: bool, fixes: dict[str, Any]) -> Written:
    """How one response object is written: what the typed `Route`/`Reply` arguments give,
    and, per key, what they do not (run through `compile.emit.response_data` itself).

    `schema_raw` says the body's type does not write its schema; `fixes` are keys
    the plan already sets.
    """
    description = want.get("description")
    out = Written(description if isinstance(description, str) else "")
    headers = header_types(want["headers"]) if "headers" in want else {}
    out.headers = headers or {}
    schema = want.get("schema") if "schema" in want and not schema_raw else None
    live = {name: _header_schema(kind) for name, kind in out.headers.items()}
    # the body's schema is the models' to check: only its presence is read here
    data = response_data(out.description, schema, live)
    # without headers the data is text and the unread schema, in the node's order
    have = node_data(Response, data, unread=("schema",)) if live else data
    raw = out.raw
    for key, value in want.items():
        if (key != "schema" or schema_raw) and have.get(key, _MISSING) != value:
            raw[key] = value  # (the models answer for a typed body's schema)
    for key in have:
        if key not in want and (key != "schema" or schema_raw):
            raw[key] = DROP
    raw.update(fixes)
    return out


def raw_call(keys: dict[str, Any]) -> Call | None:
    """`Raw(keys=..., drop=...)` for raw keys (`DROP` values are keys to remove), or None."""
    if not keys:
        return None
    kept = {k: v for k, v in keys.items() if v is not DROP}
    dropped = tuple(k for k, v in keys.items() if v is DROP)
    args = ({"keys": kept} if kept else {}) | ({"drop": dropped} if dropped else {})
    return Call.of("Raw", args) if args else None


def headers_expr(headers: dict[str, HeaderType]) -> Expr:
    """`{"Name": type, ...}` as an expression."""
    items = ", ".join(f"{literal(name)}: {kind.source}" for name, kind in headers.items())
    return Expr("{" + items + "}")


@dataclass(frozen=True, slots=True)
class Shared:
    """A module-level mapping of replies several operations give alike."""

    name: str
    replies: tuple[tuple[str, str], ...]
    """(status, the reply's source), in order."""
    calls: tuple[Call, ...]

    def source(self) -> str:
        """`NAME = {"401": Reply(...), ...}`, of the replies' sources (`calls.source`)."""
        text = "{" + ", ".join(f"{status!r}: {reply}" for status, reply in self.replies) + "}"
        mixed = len({call.func for call in self.calls}) > 1  # else a checker infers it
        return f"{self.name}{': dict[str, Reply | Exact]' if mixed else ''} = {text}"


def share(replies: list[dict[str, Call]], namer: Namer) -> list[Shared]:
    """Mappings for the sets of replies that several operations give alike, most used first.

    Only replies that more than one operation gives count; operations giving the
    same such set share one mapping (an operation uses the largest mapping all of
    whose replies it gives). Each reply a mapping holds is replaced, in `replies`,
    by the mapping's own call of the same source, for `spread`.
    """
    sources = [{code: call.source() for code, call in items.items()} for items in replies]
    pairs = Counter(pair for items in sources for pair in items.items())
    groups: Counter[tuple[tuple[str, str], ...]] = Counter()
    for items in sources:
        common = tuple(pair for pair in items.items() if pairs[pair] >= _LEAST_SHARED)
        if len(common) > 1 or (common and len(common[0][1]) > 40):
            groups[common] += 1
    calls = {
        (code, texts[code]): call
        for items, texts in zip(replies, sources, strict=True)
        for code, call in items.items()
    }
    found: list[Shared] = []
    for common, count in groups.most_common():
        if count < _LEAST_SHARED:
            continue
        errors = all(code == "default" or code >= "400" for code, _ in common)
        stem = "ERRORS" if errors else "RESPONSES"
        name = _numbered(namer, stem, sum(1 for m in found if m.name.startswith(stem)))
        found.append(Shared(name, common, tuple(calls[pair] for pair in common)))
    shared = {pair: calls[pair] for mapping in found for pair in mapping.replies}
    for given, texts in zip(replies, sources, strict=True):
        for pair in texts.items():
            call = shared.get(pair)
            if call is not None:
                given[pair[0]] = call  # the same source: `spread` knows it by identity
    return found


def spread(items: dict[str, Call], shared: list[Shared]) -> Expr | dict[str, Call]:
    """`NAME`, `{**NAME, "404": Reply(...)}` or the replies as they are.

    `items` are replies `share` made `shared` of: a reply of a mapping's source is
    the mapping's own call, so the mappings' replies are found by identity.
    """
    best: Shared | None = None
    for mapping in shared:
        if all(
            items.get(code) is call
            for (code, _), call in zip(mapping.replies, mapping.calls, strict=True)
        ) and (best is None or len(mapping.replies) > len(best.replies)):
            best = mapping
    if best is None:
        return items
    covered = {code for code, _ in best.replies}
    if covered == set(items):
        return Expr(best.name)
    rest = "".join(
        f", {code!r}: {call.source()}" for code, call in items.items() if code not in covered
    )
    return Expr(f"{{**{best.name}{rest}}}")


def share_headers(
    successes: list[dict[str, Any]], replies: list[dict[str, Call]], namer: Namer
) -> list[str]:
    """Name the header mappings given more than once (`HEADERS = {...}`), in place.

    `successes` are the success responses' `Route` arguments, `replies` the other
    responses; each mapping used twice or more is replaced by its name. The
    module-level assignments are returned, first used first.
    """
    texts: list[str] = [s["response_headers"].text for s in successes if "response_headers" in s]
    for items in replies:
        texts += [
            value.text
            for call in items.values()
            for key, value in call.args
            if key == "headers" and isinstance(value, Expr)
        ]
    counts = Counter(texts)
    names: dict[str, str] = {}
    for text in texts:
        if counts[text] >= _LEAST_SHARED and text not in names:
            names[text] = _numbered(namer, "HEADERS", len(names))
    if not names:
        return []
    for success in successes:
        given = success.get("response_headers")
        if isinstance(given, Expr) and given.text in names:
            success["response_headers"] = Expr(names[given.text])
    for items in replies:
        for code, call in items.items():
            args = tuple(
                (key, Expr(names[value.text]))
                if key == "headers" and isinstance(value, Expr) and value.text in names
                else (key, value)
                for key, value in call.args
            )
            items[code] = Call(call.func, args, call.pos)
    return [f"{name} = {text}" for text, name in names.items()]


def _numbered(namer: Namer, stem: str, before: int) -> str:
    """`STEM`, then `STEM_2`, `STEM_3`, ... (unique in the module)."""
    return namer.unique(stem if before == 0 else f"{stem}_{before + 1}")
