"""Choosing each class's per-key fallbacks with the compiler's own schema rules.

The schemas the build will write for the generated classes are predicted by
explicit rules (`schema_rules`); where the rules do not settle them, the classes
are made live (real classes, from the same trees the source is written from),
and `compile.schemas.definitions_for` writes them. Each class's schema is
compared with the one it must give back, key by key: a key it writes
differently or not at all is given on the one property
(`Field(json_schema_extra=...)`) or the one class
(`ConfigDict(json_schema_extra=...)`); a property whose type writes a key the
input does not have becomes `Any` with its schema given. The result is checked:
where the fixes only gave keys that the rules follow (`Predicted.given`), on the
first prediction, otherwise by a second run; a definition that still differs is
written raw (the last resort), its class left empty. The operations' body,
response and payload types are computed in the same runs, and what the compiler
writes for each, as the final classes write it, is given back for the operations
to decide their raw keys.
"""

from __future__ import annotations

import copy
import enum
import itertools
import linecache
import sys
import types
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, ClassVar, NamedTuple, Optional

from pydantic import BaseModel, ConfigDict, RootModel

from connector_dsl.authoring.extension import Extension
from connector_dsl.authoring.markers import Ui
from connector_dsl.codegen.models import NO_DEFAULT, FieldCode, ModelClass, Models
from connector_dsl.codegen.schema_rules import Predicted, predict
from connector_dsl.codegen.type_tree import ANY, ListOf, Named, TypeNode, live_field
from connector_dsl.compile.emit import schema_node
from connector_dsl.compile.schemas import definitions_for
from connector_dsl.dump import to_data
from connector_dsl.errors import Place

_MODULE = "connector_dsl_generated"
_MISSING: Any = object()
_NUMBERS = itertools.count(1)


def check_models(models: Models, types: Sequence[TypeNode] = ()) -> list[Any]:
    """Give every class's differing keys per key; definitions no class builds go raw.

    `types` are the operations' body, response and payload types: what the compiler
    writes for each (`_schemas`) is returned, in order, as the final classes write
    it, from the same live check as the classes' own schemas.
    """
    also: set[str] = set()
    for node in types:
        if isinstance(node, Named):  # the common case; a scalar's name is left out by `ordered`
            also.add(node.name)
        else:
            also |= node.names()
    order = {name: index for index, name in enumerate(models.by_definition.values())}
    wanted = models.ordered(also)
    first = _schemas(wanted, order, types)
    built, written = first.classes, first.types
    failed: set[str] = set()
    changed = False
    given = _Given()
    for model in wanted:  # what a class uses comes first: inline models before their users
        have = built.get(model.name, _MISSING)
        changed = _fix(model, have, failed, models, given, data=first.data) or changed
    if not changed and not failed:
        return written
    # the fixes' keys followed on the first prediction: the classes need not be predicted again
    again = None
    if first.predicted is not None and not failed and not given.other:
        again = first.predicted.given(given.keys, given.properties)
    if again is not None and all(
        _builds(model, again.classes, models, data=True) for model in wanted
    ):
        return again.types  # every class writes its definition: nothing goes raw
    emptied, written = _raw_differing(models, order, types, also, stub=True)
    if emptied:
        # an emptied class can change the order pydantic writes definitions in, and with
        # it a reference's sibling keys: those that now differ are written raw as well
        _emptied, written = _raw_differing(models, order, types, also, stub=False)
    return written


def _raw_differing(
    models: Models,
    order: dict[str, int],
    types: Sequence[TypeNode],
    also: set[str],
    *,
    stub: bool,
) -> tuple[bool, list[Any]]:
    """Write raw every definition its class does not build; True if one was emptied.

    Also what the compiler writes for `types` with the classes as they now are.
    """
    wanted = models.ordered(also)
    built, written, _predicted, data = _schemas(wanted, order, types)
    emptied = False
    for model in wanted:
        if model.definition is not None and not _builds(model, built, models, data=data):
            models.raw[model.definition] = model.schema
            if stub:
                models.stub(model.name, model.definition)
                emptied = True
    return emptied, written


def _builds(model: ModelClass, built: dict[str, Any], models: Models, *, data: bool) -> bool:
    """Whether `model` writes its definition (True for one it need not write).

    `data`: `built` is plain JSON data (`Schemas.data`).
    """
    if model.definition is None or model.definition in models.raw or model.form == "stub":
        return True
    return _same(model.schema, built.get(model.name, _MISSING), data=data)


@dataclass
class _Given:
    """The keys the per-key fixes gave, by class (`schema_rules.Predicted.given` follows them)."""

    keys: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Keys given on a class (`ConfigDict(json_schema_extra=...)`), by class name."""
    properties: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    """Keys given on a property (`Field(json_schema_extra=...)`), by class name and property."""
    other: bool = False
    """A fix the keys do not say: a title, a type changed to `Any`, or a reference to a
    class that was plain and is no longer (it changes where pydantic writes that class)."""


class Schemas(NamedTuple):
    """What the classes and the operations' types write (`_schemas`)."""

    classes: dict[str, Any]
    """Each class's definition, or (a model written in place) its schema where it is used."""
    types: list[Any]
    """Each type's schema where it is used, in order."""
    predicted: Predicted | None
    """The rules' prediction they are (None: the live classes wrote them)."""
    data: bool = False
    """Whether they are plain JSON data (the rules' prediction: only dicts, lists and JSON's
    scalars), compared with the input as values (`_same`)."""


def _schemas(
    wanted: list[ModelClass], order: dict[str, int], types: Sequence[TypeNode] = ()
) -> Schemas:
    """What each class writes, and what the compiler writes for each of `types`.

    A class gives its definition, or (inline) its schema where it is used; a type
    (a body's, a response's, a payload's) the schema written where it is used. This is
    the one place the generator computes the schemas of generated types. Predicted by
    the rules of `schema_rules`; only where those do not settle it are the classes
    made live (`live_schemas`: the same result, slowly).
    """
    predicted = predict(wanted, order, types)
    if predicted is not None:
        return Schemas(predicted.classes, predicted.types, predicted, data=True)
    return Schemas(*live_schemas(wanted, order, types), None)


def live_schemas(
    wanted: list[ModelClass], order: dict[str, int], types: Sequence[TypeNode] = ()
) -> tuple[dict[str, Any], list[Any]]:
    """`_schemas` from the classes made live and the compiler's own `definitions_for`, once."""
    if not wanted and not types:
        return {}, []
    module = types_module(wanted)
    live: dict[str, Any] = module.__dict__
    sys.modules[_MODULE] = module  # as the build: names resolved from the module, when used
    try:
        live_classes(wanted, live)
        expressions = [node.live(live) for node in types]
        # in the build's order: the connector's models first (a reference's sibling keys equal
        # to those of a definition already written are left out), then the inline models,
        # then the operations' types
        first = [model for model in wanted if model.definition is not None]
        first.sort(key=lambda model: order.get(model.name, len(order)))
        rest = [model for model in wanted if model.definition is None]
        classes = [live[model.name] for model in first + rest]
        schemas, definitions = definitions_for([*classes, *expressions])
    finally:
        sys.modules.pop(_MODULE, None)
        linecache.cache.pop(str(module.__file__), None)
    found: dict[str, Any] = {}
    for model in wanted:
        if model.definition is None:
            found[model.name] = schemas[live[model.name]]
        else:
            found[model.name] = definitions.get(model.definition, _MISSING)
    return found, [schemas[expression] for expression in expressions]


def types_module(wanted: Iterable[ModelClass]) -> types.ModuleType:
    """A fresh module for live classes, its text the docstrings under their fields."""
    module = types.ModuleType(_MODULE)
    module.__file__ = f"<{_MODULE}-live-{next(_NUMBERS)}>"
    # the docstrings under fields, where the compiler reads them: the module's source text
    lines = docstring_lines(wanted)
    linecache.cache[module.__file__] = (len("".join(lines)), None, lines, module.__file__)
    return module


def docstring_lines(wanted: Iterable[ModelClass]) -> list[str]:
    """Source lines that give the docstrings under the classes' fields, and nothing else.

    The live classes have no source; the compiler reads a field's docstring from its
    module's text (`compile.docstrings`), so their module is given this text: each class
    with such fields, each field annotated `Any` and followed by its docstring literal.
    It is only parsed, never run.
    """
    lines: list[str] = []
    for model in wanted:
        documented = [item for item in model.fields if item.doc is not None]
        if documented:
            lines.append(f"class {model.name}:\n")
            for item in documented:
                lines.extend((f"    {item.python}: Any\n", f"    {item.doc}\n"))
    return lines


def _same(want: Any, have: Any, *, data: bool) -> bool:
    """Whether two schemas are equal as the document writes them.

    `want` is data of a document. A schema node writes plain JSON data back as it is
    (it changes only arrays given as tuples, and nodes: `operations.same_schema`), so
    where `have` is such data too (`data`), the two are compared as values; otherwise
    as their nodes write them.
    """
    if want == have:
        return True
    if data or not isinstance(want, dict) or not isinstance(have, dict):
        return False
    return bool(to_data(schema_node(want)) == to_data(schema_node(have)))


def _fix(
    model: ModelClass, have: Any, failed: set[str], models: Models, given: _Given, *, data: bool
) -> bool:
    """Per-key fallbacks making `model` write its schema; False when it already does.

    `data`: `have` is plain JSON data (`Schemas.data`).
    """
    want = model.schema
    if model.form in ("stub", "copy") or _same(want, have, data=data):
        return False  # a copy is its definition's model: it builds what that one builds
    if not isinstance(have, dict):
        failed.add(model.name)
        return False
    fields = model.form == "model" and _fix_fields(model, want, have, failed, models, given)
    return _fix_class(model, want, have, failed, given) or fields


def _fix_class(
    model: ModelClass, want: dict[str, Any], have: dict[str, Any], failed: set[str], given: _Given
) -> bool:
    """Class-level keys given on the class; a root type that writes too much becomes `Any`."""
    added = [key for key in have if key not in want]
    if added and model.form == "root" and model.root != ANY:
        model.root = ANY
        model.extra = {k: v for k, v in want.items() if k not in ("description", "title")}
        model.title = want["title"] if isinstance(want.get("title"), str) else None
        if "title" in want and model.title is None:
            model.extra["title"] = want["title"]
        given.other = True
        return True
    if added:
        failed.add(model.name)
    changed = False
    for key, value in want.items():
        if key == "properties" and model.form == "model":
            continue
        if have.get(key, _MISSING) == value:
            continue
        if key == "title" and isinstance(value, str) and model.form != "enum":
            model.title = value
            given.other = True
        else:
            model.extra[key] = value
            given.keys.setdefault(model.name, {})[key] = value
        changed = True
    return changed


def _fix_fields(
    model: ModelClass,
    want: dict[str, Any],
    have: dict[str, Any],
    failed: set[str],
    models: Models,
    given: _Given,
) -> bool:
    changed = False
    wanted = want.get("properties", {})
    having = have.get("properties", {})
    for item in model.fields:
        wp = wanted.get(item.wire, _MISSING)
        hp = having.get(item.wire, _MISSING) if isinstance(having, dict) else _MISSING
        if wp == hp or not isinstance(wp, dict):
            continue
        inline = {name for name in item.kind.names() if _inline(models, name)}
        changed = True
        if not isinstance(hp, dict) or inline & failed or any(k not in wp for k in hp):
            if "$ref" in wp:  # pydantic looks up a field's `$ref`: it cannot be given raw
                failed.add(model.name)
            else:
                _as_any(item, wp)
                given.other = True
            continue
        skip = _inline_keys(item, models)
        extra = {k: v for k, v in wp.items() if hp.get(k, _MISSING) != v and k not in skip}
        if "$ref" in extra:
            failed.add(model.name)
        elif extra:
            if _plain_reference(item, models):
                given.other = True  # no longer plain: pydantic may write the class elsewhere
            current = item.options.get("json_schema_extra", {})
            item.options["json_schema_extra"] = {**current, **extra}
            item.options = _ordered(item.options)
            given.properties.setdefault(model.name, {}).setdefault(item.wire, {}).update(extra)
    return changed


def _plain_reference(item: FieldCode, models: Models) -> bool:
    """Whether a field refers to a class plainly (`schema_rules._references`)."""
    return (
        isinstance(item.kind, Named)
        and item.kind.name in models.classes
        and (not item.ui or item.takes_none)
        and set(item.options) <= {"alias"}
    )


def _inline(models: Models, name: str) -> bool:
    model = models.classes.get(name)
    return model is not None and model.definition is None


def _inline_keys(item: FieldCode, models: Models) -> set[str]:
    """Keys of a property an inline model of its type writes (and checks) itself."""
    kind = item.kind
    if isinstance(kind, Named) and _inline(models, kind.name):
        return set(models.classes[kind.name].schema)
    if (
        isinstance(kind, ListOf)
        and isinstance(kind.item, Named)
        and _inline(models, kind.item.name)
    ):
        return {"items"}
    return set()


def _as_any(item: FieldCode, schema: dict[str, Any]) -> None:
    """The property as `Any`, its whole schema given (its type wrote keys it has not)."""
    item.kind = ANY
    item.takes_none = False
    args: dict[str, Any] = {}
    if "default" in item.options:
        args["default"] = item.options["default"]
    args["json_schema_extra"] = schema
    if "alias" in item.options:
        args["alias"] = item.options["alias"]
    item.options = args
    item.ui = {}
    item.doc = None


def _ordered(args: dict[str, Any]) -> dict[str, Any]:
    order = ["default", "json_schema_extra", "alias", "title"]
    first = {key: args[key] for key in order if key in args}
    return first | {key: value for key, value in args.items() if key not in first}


def live_classes(wanted: Iterable[ModelClass], live: dict[str, Any]) -> dict[str, Any]:
    """The classes made as objects into `live` (a module's namespace), in order, by name.

    They are made from the same trees their source is written from; a class naming
    one made later is completed by pydantic when it is first used, as in the module.
    """
    for model in wanted:
        live[model.name] = _live_class(model, live)
    return live


def _live_class(model: ModelClass, live: dict[str, Any]) -> Any:
    namespace: dict[str, Any] = {"__module__": _MODULE, "__qualname__": model.name}
    if model.description is not None:
        namespace["__doc__"] = model.description
    if model.form == "enum":
        base: type = enum.StrEnum if model.base == "StrEnum" else enum.IntEnum
        members: dict[str, Any] = dict(model.members)
        if model.definition != model.name:
            members["definition_name"] = enum.nonmember(model.definition)
        if model.extra:
            members["json_schema_extra"] = enum.nonmember(copy.deepcopy(model.extra))

        def fill_enum(ns: dict[str, Any]) -> None:
            for key, value in {**namespace, **members}.items():
                ns[key] = value

        return types.new_class(model.name, (base,), {}, fill_enum)
    annotations: dict[str, Any] = {}
    if model.definition != model.name:
        annotations["definition_name"] = ClassVar[str | None]
        namespace["definition_name"] = model.definition
    config: dict[str, Any] = {}
    if model.title is not None:
        config["title"] = model.title
    if model.extra:
        config["json_schema_extra"] = copy.deepcopy(model.extra)
    if config:
        namespace["model_config"] = ConfigDict(**config)  # type: ignore[typeddict-item]
    bases: tuple[Any, ...] = (BaseModel,)
    if model.form == "root" and model.root is not None:
        bases = (RootModel,)
        annotations["root"] = model.root.live(live)
    elif model.form == "copy" and model.parent is not None:
        bases = (live[model.parent],)
    for item in model.fields:
        annotations[item.python] = _live_annotation(item, live)
        if item.default is not NO_DEFAULT:
            namespace[item.python] = copy.deepcopy(item.default)
    namespace["__annotations__"] = annotations

    def fill(ns: dict[str, Any]) -> None:
        ns.update(namespace)

    return types.new_class(model.name, bases, {}, fill)


def _live_annotation(item: FieldCode, live: dict[str, Any]) -> Any:
    kind = item.kind.live(live)
    if item.takes_none:
        kind = Optional[kind]  # noqa: UP045 - `X | None` takes no ForwardRef
    metadata: list[Any] = []
    if item.options:
        metadata.append(live_field(item.options))
    if item.ui:
        args = {k: copy.deepcopy(v) for k, v in item.ui.items() if k != "extensions"}
        extensions = tuple(Extension(k, copy.deepcopy(v)) for k, v in item.ui.get("extensions", ()))
        metadata.append(Ui(**args, extensions=extensions, place=Place()))
    return Annotated[(kind, *metadata)] if metadata else kind
