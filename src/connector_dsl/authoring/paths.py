"""Response paths written as typed accessors: `lambda r: [h.id for h in r.data]`.

The type checker reads the lambda against the response model, so a field that
does not exist is an error as the author types. At run time the lambda is
called once with a recorder that stands for the response: each attribute read
appends the field's wire name to the path, and iterating a list marks where
the collection is. What the recorder cannot follow is kept as a problem for the
build to report at the dropdown's place.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel

_LISTS = (list, tuple, set, frozenset, Sequence)


def _plain(annotation: Any) -> Any:
    """The type without `Annotated` metadata and without `None` in a union."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return _plain(args[0])
    return annotation


def _wire_name(name: str, model: type[BaseModel]) -> str:
    info = model.model_fields[name]
    if isinstance(info.validation_alias, str):
        return info.validation_alias
    return info.alias or name


@dataclass(slots=True)
class _Trace:
    """What one run of an accessor saw."""

    collection: tuple[str, ...] | None = None
    problems: list[str] = field(default_factory=list)


class _Recorder:
    """Stands for a value of `annotation` at `path` while an accessor runs."""

    __slots__ = ("_annotation", "_path", "_trace")

    def __init__(self, annotation: Any, path: tuple[str, ...], trace: _Trace) -> None:
        self._annotation = _plain(annotation)
        self._path = path
        self._trace = trace

    def __getattr__(self, name: str) -> _Recorder:
        if name.startswith("__"):
            raise AttributeError(name)
        kind = self._annotation
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            if name not in kind.model_fields:
                fields = ", ".join(kind.model_fields) or "none"
                self._trace.problems.append(
                    f"{kind.__name__} has no field {name!r} (it has {fields})"
                )
                return _Recorder(Any, (*self._path, name), self._trace)
            annotation = kind.model_fields[name].annotation
            return _Recorder(annotation, (*self._path, _wire_name(name, kind)), self._trace)
        if get_origin(kind) in _LISTS or kind in _LISTS:
            self._trace.problems.append(
                f"{'/'.join(self._path) or 'the response'} is a list: read its items with "
                f"[item.{name} for item in ...]"
            )
        return _Recorder(Any, (*self._path, name), self._trace)

    def __iter__(self) -> Iterator[_Recorder]:
        kind = self._annotation
        origin = get_origin(kind)
        if origin in _LISTS or kind in _LISTS or kind is Any:
            args = get_args(kind)
            item = args[0] if args else Any
        else:
            self._trace.problems.append(
                f"{'/'.join(self._path) or 'the response'} is not a list, so it cannot be the "
                "collection of a dropdown"
            )
            item = Any
        if self._trace.collection is not None and self._trace.collection != self._path:
            self._trace.problems.append("an accessor may iterate over one list only")
        self._trace.collection = self._path
        return iter((_Recorder(item, (), self._trace),))


def path_of(recorder: object) -> tuple[str, ...] | None:
    """The path a recorder stands at, or None when the value is not a recorder."""
    return recorder._path if isinstance(recorder, _Recorder) else None


@dataclass(frozen=True, slots=True)
class ItemPaths:
    """The paths an item accessor names: where the list is, and the path inside each item."""

    collection: str | None
    item: str | None
    problems: tuple[str, ...] = ()


def item_paths(accessor: Callable[[Any], Any], response: Any) -> ItemPaths:
    """Run `lambda r: [item.x.y for item in r.list]` on a recorder of `response`."""
    trace = _Trace()
    try:
        result = accessor(_Recorder(response, (), trace))
        items = list(result) if not isinstance(result, _Recorder) else [result]
    except Exception as error:  # the author's accessor: its failure is a finding
        return ItemPaths(None, None, (f"the accessor failed: {error}",))
    paths = [path_of(item) for item in items]
    if trace.collection is None or len(paths) != 1 or paths[0] is None:
        trace.problems.append(
            "write the accessor as a list comprehension over the response's list, "
            "e.g. lambda r: [item.id for item in r.data]"
        )
        return ItemPaths(None, None, tuple(trace.problems))
    collection = "/".join(trace.collection) or None
    return ItemPaths(collection, "/".join(paths[0]) or None, tuple(trace.problems))


def value_path(accessor: Callable[[Any], Any], response: Any) -> tuple[str | None, tuple[str, ...]]:
    """Run `lambda r: r.a.b` on a recorder of `response`: the path, or None for the root."""
    trace = _Trace()
    try:
        result = accessor(_Recorder(response, (), trace))
    except Exception as error:  # the author's accessor: its failure is a finding
        return None, (f"the accessor failed: {error}",)
    path = path_of(result)
    if path is None:
        return None, ("the accessor must return a part of the response, e.g. lambda r: r.schema",)
    if trace.collection is not None:
        trace.problems.append("a schema path cannot go through a list")
    return "/".join(path) or None, tuple(trace.problems)
