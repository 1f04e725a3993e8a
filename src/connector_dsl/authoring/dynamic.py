"""Dropdowns and schemas that the designer fills by calling another operation.

The call is written as the target operation's own constructor, so the type
checker knows its inputs and their types; paths into the response are typed
accessors over its response model::

    PROJECTS = DynamicValues(
        ListProjects(hub_id=ref("hub_id")),
        value=lambda r: [p.id for p in r.data],
        title=lambda r: [p.attributes.name for p in r.data],
    )

Path strings (`collection="data", value="id"`) and a `parameters` mapping keyed
by wire names remain for responses that have no model (and for generated code).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from connector_dsl.authoring.paths import item_paths, value_path
from connector_dsl.authoring.places import caller_place
from connector_dsl.errors import AuthoringError, Diagnostic, Place

if TYPE_CHECKING:
    from connector_dsl.authoring.operations import Operation

R = TypeVar("R")
T = TypeVar("T")


def _problem(code: str, message: str) -> tuple[str, str]:
    """A problem the build reports at the dropdown's place: its diagnostic code and message."""
    return code, message


@dataclass(frozen=True, slots=True)
class ParamRef:
    """A reference to an input of the operation that shows the dropdown.

    `ParamRef("hub_id")` names a parameter by its wire name; `ParamRef("issue/title")`
    names a property inside a body parameter, as a path string. Write it with
    `ref(...)` inside an operation call, where it stands for a value of its type.
    """

    path: str
    kind: Any = field(default=None, compare=False)
    """The type `ref(path, kind)` promised, or None."""


@overload
def ref(path: str) -> str: ...
@overload
def ref(path: str, kind: type[T]) -> T: ...
def ref(path: str, kind: Any = str) -> Any:
    """The value of the input `path` of the operation showing the dropdown.

    Typed as `kind` (`str` when left out) so that the call it is passed to is
    checked: `ListProjects(hub_id=ref("hub_id"))`, `ListItems(limit=ref("limit", int))`.
    """
    return ParamRef(path, kind)


DynamicInput = ParamRef | str | int | float | bool
"""What a dynamic call passes to one input of the target operation: a reference or a literal."""

ItemAccessor = Callable[[R], Iterable[object]]
"""`lambda r: [item.id for item in r.data]`: a path inside each item of a list in the response."""


def _target(operation: Any, place: Place) -> tuple[type[Operation[Any]], dict[str, Any]]:
    """The operation class and the arguments of a call, for either spelling."""
    from_call = not isinstance(operation, type)
    cls = type(operation) if from_call else operation
    if not callable(getattr(cls, "operation_id", None)):
        name = cls.__name__ if isinstance(cls, type) else type(operation).__name__
        message = (
            f"a dropdown needs an operation, not {name}: pass the call of an operation "
            "class listed in the connector, e.g. ListThings(...)"
        )
        raise AuthoringError([Diagnostic("dynamic-operation", message, place)])
    arguments = dict(vars(operation)) if from_call else {}
    return cls, arguments


@dataclass(frozen=True, slots=True, init=False)
class DynamicValues(Generic[R]):
    """A dropdown filled by an operation; emits `x-ms-dynamic-values` and `x-ms-dynamic-list`.

    `operation` is the call (`ListProjects(hub_id=ref("hub_id"))`), or the bare class
    when it takes no input. `value` and `title` read one item of the list in the
    response: `lambda r: [p.id for p in r.data]`. Path strings (`value="id"`,
    `collection="data"`) are the fallback for responses without a model.
    """

    operation: type[Operation[Any]]
    value: str
    title: str | None
    collection: str | None
    parameters: Mapping[str, DynamicInput]
    """Inputs by wire name (the path-string spelling)."""
    arguments: Mapping[str, Any]
    """Inputs by field name, from the call."""
    problems: tuple[tuple[str, str], ...] = field(compare=False, repr=False)
    """Codes and messages of what the accessors could not follow; the build reports them."""
    place: Place = field(compare=False, repr=False)

    def __init__(
        self,
        operation: Operation[R] | type[Operation[R]],
        *,
        value: ItemAccessor[R] | str,
        title: ItemAccessor[R] | str | None = None,
        collection: str | None = None,
        parameters: Mapping[str, DynamicInput] | None = None,
    ) -> None:
        place = caller_place(2)
        cls, arguments = _target(operation, place)
        problems: list[tuple[str, str]] = []
        if arguments and parameters:
            problems.append(_problem("dynamic-spelling", _BOTH))
        paths: dict[str, str | None] = {}
        response = cls.response_type()
        for name, accessor in (("value", value), ("title", title)):
            if accessor is None or isinstance(accessor, str):
                paths[name] = accessor
                continue
            if collection is not None:
                problems.append(_problem("dynamic-spelling", _COLLECTION))
            found = item_paths(accessor, response)
            problems.extend(_path_problems(name, found.problems))
            if "collection" in paths and paths["collection"] != found.collection:
                problems.extend(_path_problems(name, ("value and title must read the same list",)))
            paths.setdefault("collection", found.collection)
            paths[name] = found.item
        if isinstance(value, str) or "collection" not in paths:
            paths["collection"] = collection
        _set(self, operation=cls, value=paths["value"] or "", title=paths["title"])
        _set(self, collection=paths["collection"], parameters=dict(parameters or {}))
        _set(self, arguments=arguments, problems=tuple(problems), place=place)


@dataclass(frozen=True, slots=True, init=False)
class DynamicSchema(Generic[R]):
    """A schema fetched from an operation; emits `x-ms-dynamic-schema` and `-properties`.

    `operation` is the call (`GetFormSchema(form_id=ref("form_id"))`); `path` reads
    the schema in its response (`lambda r: r.schema`); none means its root.
    """

    operation: type[Operation[Any]]
    path: str | None
    parameters: Mapping[str, DynamicInput]
    arguments: Mapping[str, Any]
    problems: tuple[tuple[str, str], ...] = field(compare=False, repr=False)
    place: Place = field(compare=False, repr=False)

    def __init__(
        self,
        operation: Operation[R] | type[Operation[R]],
        *,
        path: Callable[[R], object] | str | None = None,
        parameters: Mapping[str, DynamicInput] | None = None,
    ) -> None:
        place = caller_place(2)
        cls, arguments = _target(operation, place)
        problems: list[tuple[str, str]] = []
        if arguments and parameters:
            problems.append(_problem("dynamic-spelling", _BOTH))
        if path is not None and not isinstance(path, str):
            path, found = value_path(path, cls.response_type())
            problems.extend(_path_problems("path", found))
        _set(self, operation=cls, path=path, parameters=dict(parameters or {}))
        _set(self, arguments=arguments, problems=tuple(problems), place=place)


_BOTH = "give the inputs in the call, not also in parameters="
_COLLECTION = "collection= goes with path strings; an accessor names its list"


def _path_problems(name: str, found: Iterable[str]) -> list[tuple[str, str]]:
    return [_problem("dynamic-unknown-response-path", f"{name}: {text}") for text in found]


def _set(target: object, **values: Any) -> None:
    for name, value in values.items():
        object.__setattr__(target, name, value)
