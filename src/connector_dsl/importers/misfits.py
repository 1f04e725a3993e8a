"""Values of the wrong type that the lenient reader kept as they were.

Reading a connector never loses a key: a value that does not fit its typed field
(`"in": ["query"]`, `"required": [["a"]]`, `"definitions": {"X": null}`) is kept
untyped on its node for the validator to report. Generating Python from such a
document cannot guess what was meant, so `import` asks for these to be fixed
first; `misfits` names each one with its JSON pointer.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from connector_dsl.document.base import Node, swagger_alias
from connector_dsl.errors import Diagnostic, Place, escape_pointer_token

JSON_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})


def settle_type_lists(document: Node, file: str) -> list[Diagnostic]:
    """Turn `"type": [T, "null"]` (JSON Schema) into `type: T` with `x-nullable: true`, in
    place, so that the module can be generated; a list of several types becomes a value of
    any type, with a warning naming it."""
    found: list[Diagnostic] = []
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, Node):
            _settle(value, where, file, found)
            for name in value.__pydantic_fields_set__ & set(type(value).model_fields):
                key = escape_pointer_token(swagger_alias(name))
                stack.append((getattr(value, name), f"{where}/{key}"))
        elif isinstance(value, list | tuple):
            items: list[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
            stack.extend((item, f"{where}/{index}") for index, item in enumerate(items))
        elif isinstance(value, dict):
            entries: dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
            stack.extend(
                (item, f"{where}/{escape_pointer_token(str(key))}") for key, item in entries.items()
            )
    return found


def _settle(node: Node, where: str, file: str, found: list[Diagnostic]) -> None:
    extra = node.__pydantic_extra__ or {}
    kinds: Any = extra.get("type")
    if "type" not in type(node).model_fields or not isinstance(kinds, list) or not kinds:
        return
    if not all(isinstance(kind, str) and kind in JSON_TYPES for kind in kinds):  # pyright: ignore[reportUnknownVariableType]
        return
    named: list[str] = [kind for kind in kinds if kind != "null"]  # pyright: ignore[reportUnknownVariableType]
    del extra["type"]
    if len(named) == 1:
        node.type = named[0]  # type: ignore[attr-defined]
    else:
        msg = (
            f"a value of types {', '.join(kinds)} has no swagger 2.0 type; it was generated "  # pyright: ignore[reportUnknownArgumentType]
            "as a value of any type: pick one type if the service takes only one"
        )
        place = Place(file=file, pointer=f"{where}/type")
        found.append(Diagnostic("import-type-list", msg, place, "warning"))
    if "null" in kinds and "x_nullable" in type(node).model_fields:
        node.x_nullable = True  # type: ignore[attr-defined]


def misfits(document: Node, file: str) -> list[Diagnostic]:
    """An error for every typed key whose value the reader kept because it did not fit."""
    found: list[Diagnostic] = []
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack:
        value, where = stack.pop()
        if isinstance(value, Node):
            stack.extend(_node_children(value, where, file, found))
        elif isinstance(value, list | tuple):
            items: list[Any] = list(value)  # pyright: ignore[reportUnknownArgumentType]
            stack.extend((item, f"{where}/{index}") for index, item in enumerate(items))
        elif isinstance(value, dict):
            entries: dict[str, Any] = value  # pyright: ignore[reportUnknownVariableType]
            stack.extend(
                (item, f"{where}/{escape_pointer_token(str(key))}") for key, item in entries.items()
            )
    found.sort(key=lambda d: d.place.pointer or "")
    return found


def _node_children(
    node: Node, where: str, file: str, found: list[Diagnostic]
) -> list[tuple[Any, str]]:
    cls: type[BaseModel] = type(node)
    aliases = {swagger_alias(name): name for name in cls.model_fields}
    children: list[tuple[Any, str]] = []
    for name in node.__pydantic_fields_set__:
        if name in cls.model_fields:
            child = getattr(node, name)
            children.append((child, f"{where}/{escape_pointer_token(swagger_alias(name))}"))
    for key, value in (node.__pydantic_extra__ or {}).items():
        if key in aliases and not key.startswith("x-"):
            annotation = cls.model_fields[aliases[key]].annotation
            inner, value = _first_problem(annotation, value)
            here = f"{where}/{escape_pointer_token(key)}{inner}"
            kind = _kind(value)
            msg = (
                f"this holds {kind}, which is not what {key!r} takes in swagger 2.0, so "
                "no Python can be generated for it: fix the value (connector-dsl validate "
                "names the rule) and import again"
            )
            found.append(Diagnostic("input-value-type", msg, Place(file=file, pointer=here)))
    return children


def _first_problem(annotation: Any, value: Any) -> tuple[str, Any]:
    """The pointer below the key (and the value there) of the deepest type error in it."""
    try:
        TypeAdapter(annotation).validate_python(value, strict=True)
    except ValidationError as error:
        locations = [tuple(e["loc"]) for e in error.errors()]
        deepest = max(locations, key=len, default=())
    except Exception:
        return "", value
    else:
        return "", value
    where = ""
    for token in deepest:
        if _has(value, token):
            value = value[token]
            where += "/" + escape_pointer_token(str(token))
    return where, value


def _has(value: Any, token: str | int) -> bool:
    if isinstance(value, dict):
        return token in value
    if isinstance(value, list) and isinstance(token, int):
        return 0 <= token < len(value)  # pyright: ignore[reportUnknownArgumentType]
    return False


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"
