"""Nodes built from read JSON data that strict validation would take as it is.

Lenient validation (`Node._read_leniently`) runs Python around every node, and
pydantic looks up every field of wide nodes such as `Schema` in every object,
while most files need none of that forgiveness. `checked_node` builds the nodes
itself from the keys present, checking each value as pydantic's strict mode
does, and gives up (None) at the first value it is not certain of: then lenient
validation decides, exactly as it always did.

Certain means: exact JSON types (`str`, `bool`, `int`, `float`, `list`, `dict`
with `str` keys), every required field present, no key given both by alias and
by name, and for a union of nodes exactly one member whose required keys are all
there (no other member could be read from the object, leniently or not). A node
class with anything else (another validator, a constraint, a default factory) is
never built here.
"""

from __future__ import annotations

import functools
import types
from collections.abc import Callable
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from connector_dsl.collection import collector_paused
from connector_dsl.document.base import Node
from connector_dsl.document.slots import NEW, SET_DICT, SET_EXTRA, SET_FIELDS, SET_PRIVATE

N = TypeVar("N", bound=Node)

Check = Callable[[Any], Any]
"""The value a field holds for a JSON value, or `_Unsure` raised."""


class _Unsure(Exception):
    """Raised where strict validation might not take the value as it is."""


_MISSING: Any = object()


def checked_node(cls: type[N], data: Any) -> N | None:
    """The node lenient validation would make of `data`, when it would take it as it is.

    None when a value is not certain to fit (validate the data then). The nodes
    made hold no cycles, so the cyclic garbage collector is paused meanwhile (it
    would otherwise walk every live object again and again as they are made).
    """
    try:
        with collector_paused():
            node: N = _checker(cls)(data)
    except (_Unsure, RecursionError):
        return None
    return node


def _unsure(value: Any) -> Any:
    raise _Unsure


_CHECKS: dict[type[Node], Check] = {}

Field = tuple[str, tuple[type, ...] | None, Check, bool, bool]
"""A field's name, the exact types it takes as they are (None: ask its check), its check
of values other than None, whether the key is its alias rather than its name, and whether
it takes None (then None is taken without a call)."""


def _checker(cls: type[Node]) -> Check:
    """The check of one node class: builds the node from a dict, as validation would."""
    known = _CHECKS.get(cls)
    if known is not None:
        return known
    if not _plain_class(cls):
        _CHECKS[cls] = _unsure
        return _unsure
    template: dict[str, Any] = {}
    required: list[str] = []
    for name, info in cls.model_fields.items():
        if info.is_required():
            template[name] = _MISSING
            required.append(name)
        else:
            template[name] = info.default
    keys: dict[str, Field] = {}
    plain: dict[str, tuple[type, ...]] = {}
    """Fields by their name (not their alias) that take values of exact types as they are."""

    def check(data: Any) -> Any:
        if type(data) is not dict:
            raise _Unsure
        state = template.copy()
        given: set[str] = set(data)  # pyright: ignore[reportUnknownArgumentType]
        extra: dict[str, Any] = {}
        for key, value in data.items():  # pyright: ignore[reportUnknownVariableType]
            exact = plain.get(key)  # pyright: ignore[reportUnknownArgumentType]
            if exact is not None:  # the common case: a field by its name, taken as it is
                if type(value) not in exact:
                    raise _Unsure
                state[key] = value
                continue
            found = keys.get(key)  # pyright: ignore[reportUnknownArgumentType]
            if found is None:
                if type(key) is not str:  # pyright: ignore[reportUnknownArgumentType]
                    raise _Unsure
                extra[key] = value
                continue
            name, exact, field_check, aliased, nullable = found
            if aliased:
                if name in data:  # given both by alias and by name
                    raise _Unsure
                given.discard(key)  # pyright: ignore[reportUnknownArgumentType]
                given.add(name)
            if exact is None:
                state[name] = None if nullable and value is None else field_check(value)
            elif type(value) in exact:
                state[name] = value
            else:
                raise _Unsure
        for name in required:
            if state[name] is _MISSING:
                raise _Unsure
        node = NEW(cls)
        SET_DICT(node, state)
        SET_FIELDS(node, given)
        SET_EXTRA(node, extra)
        SET_PRIVATE(node, None)
        return node

    _CHECKS[cls] = check  # before the fields, which may name this class again
    keys.update(_keys(cls))
    plain.update((key, exact) for key, (name, exact, *_) in keys.items() if key == name and exact)
    return check


def _keys(cls: type[Node]) -> dict[str, Field]:
    """Alias and name of every field -> the field."""
    found: dict[str, Field] = {}
    for name, info in cls.model_fields.items():
        annotation: Any = info.annotation
        exact = _exact_types(annotation)
        nullable, check = _nullable_check(annotation)
        found[name] = (name, exact, check, False, nullable)
        alias = info.validation_alias
        if isinstance(alias, str) and alias != name:
            found[alias] = (name, exact, check, True, nullable)
    return found


def _nullable_check(annotation: Any) -> tuple[bool, Check]:
    """Whether an annotation takes None, and the check of its other values."""
    if get_origin(annotation) in (Union, types.UnionType):
        members = get_args(annotation)
        rest = tuple(member for member in members if member is not type(None))
        if len(rest) < len(members):
            return True, _value_check(rest[0] if len(rest) == 1 else Union[rest])  # noqa: UP007
    return False, _value_check(annotation)


_EXACT = (str, bool, int)


def _exact_types(annotation: Any) -> tuple[type, ...] | None:
    """The types a field takes as they are, when that is all it takes (`str | None`, `Any`...)."""
    if annotation is Any:
        return None
    if annotation in _EXACT:
        return (annotation,)
    if get_origin(annotation) in (Union, types.UnionType):
        members = get_args(annotation)
        if all(m is type(None) or m in _EXACT for m in members):
            return members
        if set(members) in ({int, float}, {int, float, type(None)}):
            return members
    return None


def _plain_class(cls: type[Node]) -> bool:
    """Whether validating `cls` is only strict typing of its fields, with extra keys kept."""
    config = cls.model_config
    decorators = cls.__pydantic_decorators__
    validators = [d.func.__name__ for d in decorators.model_validators.values()]
    others = (
        decorators.field_validators,
        decorators.validators,
        decorators.root_validators,
        decorators.field_serializers,
    )
    if validators != ["_read_leniently"] or any(others):
        return False
    if cls.__pydantic_post_init__ is not None or cls.__private_attributes__:
        return False
    if config.get("extra") != "allow" or config.get("strict") is not True:
        return False
    if not config.get("validate_by_name") or not config.get("validate_by_alias", True):
        return False
    fields = cls.model_fields
    aliases = [info.validation_alias for info in fields.values()]
    if len(set(aliases)) != len(aliases) or any(
        alias != name and alias in fields for name, alias in zip(fields, aliases, strict=True)
    ):
        return False  # a key that could name two fields
    return all(
        not info.metadata
        and info.default_factory is None
        and not info.validate_default
        and isinstance(info.validation_alias, str)
        for info in fields.values()
    )


def _same(value: Any) -> Any:
    return value


def _exact(kind: type) -> Check:
    def check(value: Any) -> Any:
        if type(value) is not kind:
            raise _Unsure
        return value

    return check


def _number(value: Any) -> Any:
    if type(value) is not int and type(value) is not float:
        raise _Unsure
    return value


@functools.cache
def _value_check(annotation: Any) -> Check:
    """The check of a field annotation, worked out once per annotation."""
    if annotation is Any:
        return _same
    if annotation in _EXACT:
        return _exact(annotation)
    if isinstance(annotation, type) and issubclass(annotation, Node):
        return _checker(annotation)
    origin = get_origin(annotation)
    if origin is Literal:
        return _literal(get_args(annotation))
    if origin is list:
        return _list(get_args(annotation)[0])
    if origin is dict:
        key, item = get_args(annotation)
        return _dict(item) if key is str else _unsure
    if origin in (Union, types.UnionType):
        return _union(get_args(annotation))
    return _unsure


def _literal(values: tuple[Any, ...]) -> Check:
    if not all(type(value) is str for value in values):
        return _unsure
    allowed = frozenset(values)

    def check(value: Any) -> Any:
        if type(value) is not str or value not in allowed:
            raise _Unsure
        return value

    return check


def _list(item: Any) -> Check:
    each = _value_check(item)

    def check(value: Any) -> Any:
        if type(value) is not list:
            raise _Unsure
        if each is _same:  # a fresh list, as validation makes
            return list(value)  # pyright: ignore[reportUnknownArgumentType]
        return list(map(each, value))  # pyright: ignore[reportUnknownArgumentType]

    return check


def _dict(item: Any) -> Check:
    each = _value_check(item)

    def check(value: Any) -> Any:
        if type(value) is not dict or not _STR.issuperset(map(type, value)):  # pyright: ignore[reportUnknownArgumentType]
            raise _Unsure
        if each is _same:  # a fresh dict, as validation makes
            return dict(value)  # pyright: ignore[reportUnknownArgumentType]
        return dict(zip(value, map(each, value.values()), strict=True))  # pyright: ignore[reportUnknownArgumentType, reportUnknownMemberType]

    return check


_STR = frozenset({str})


def _union(members: tuple[Any, ...]) -> Check:
    """`X | None`, `int | float`, `bool | Node`, or a union of nodes told apart by keys."""
    nullable = type(None) in members
    rest = tuple(member for member in members if member is not type(None))
    if len(rest) == 1:
        inner = _value_check(rest[0])
    elif set(rest) == {int, float}:
        inner = _number
    elif all(isinstance(m, type) and issubclass(m, Node) for m in rest):
        inner = _nodes(rest)
    elif len(rest) == 2 and bool in rest:
        other = rest[1] if rest[0] is bool else rest[0]
        inner = _bool_or_node(other) if issubclass(other, Node) else _unsure
    else:
        inner = _unsure
    if not nullable:
        return inner

    def check(value: Any) -> Any:
        return None if value is None else inner(value)

    return check


def _bool_or_node(node: type[Node]) -> Check:
    node_check = _checker(node)

    def check(value: Any) -> Any:
        if type(value) is bool:
            return value
        return node_check(value)

    return check


def _nodes(members: tuple[type[Node], ...]) -> Check:
    """A union of nodes: the one member whose required keys the object has all of."""
    needs = [(_checker(member), _required_keys(member)) for member in members]

    def check(value: Any) -> Any:
        if type(value) is not dict:
            raise _Unsure
        chosen: Check = _unsure
        fits = 0
        for member_check, keys in needs:
            for alias, name in keys:
                if alias not in value and name not in value:
                    break
            else:
                fits += 1
                chosen = member_check
        if fits != 1:
            raise _Unsure
        return chosen(value)

    return check


def _required_keys(cls: type[Node]) -> list[tuple[str, str]]:
    """The keys (alias and name) that can give each required field of a node class."""
    found: list[tuple[str, str]] = []
    for name, info in cls.model_fields.items():
        if info.is_required():
            alias = info.validation_alias
            found.append((alias if isinstance(alias, str) else name, name))
    return found
