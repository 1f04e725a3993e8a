"""Write `bench/acc_floor.py`: the ACC connector declared in plain pydantic, with no connector-dsl.

The floor process defines the ACC's body and response models and one plain model
per operation with the same fields and types, then generates their JSON schema:
the pydantic work that any library declaring this connector as pydantic models
does. Each model and field carries the same words as the connector (docstrings,
`Field(title=..., description=..., alias=...)` from the markers' summary,
description and wire name), as a plain-pydantic author would write them.
`bench/acc_floor_bare.py` is the same without those words (the earlier floor).
`bench_build.py` times `python -m aps_connectors.acc` against both.

Run `python bench/make_acc_floor.py` after changing the ACC connector; a test
checks that the committed files are current.
"""

from __future__ import annotations

import enum
import sys
import types
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from aps_connectors.acc import ACC

TARGET = Path(__file__).with_name("acc_floor.py")
BARE = Path(__file__).with_name("acc_floor_bare.py")
"""The same declarations without their words: types and defaults only (the earlier floor)."""


def _plain(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def _type(annotation: Any, found: dict[str, type]) -> str:
    """Python source of a type, noting each model and enum it names in `found`."""
    annotation = _plain(annotation)
    origin = get_origin(annotation)
    if annotation is type(None):
        return "None"
    if annotation is Any:
        return "Any"
    if origin in (Union, types.UnionType):
        return " | ".join(_type(arg, found) for arg in get_args(annotation))
    if origin is Literal:
        return f"Literal[{', '.join(repr(arg) for arg in get_args(annotation))}]"
    if origin is not None:
        args = ", ".join(_type(arg, found) for arg in get_args(annotation))
        return f"{origin.__name__}[{args}]"
    if isinstance(annotation, type) and issubclass(annotation, BaseModel | enum.Enum):
        found.setdefault(annotation.__name__, annotation)
        return annotation.__name__
    if isinstance(annotation, type):
        return annotation.__name__
    msg = f"no source for {annotation!r}"
    raise TypeError(msg)


def _documentation(info: Any) -> dict[str, str]:
    """What the field's markers say to the user, as pydantic's own `Field` arguments.

    A plain-pydantic author documents a field with `Field(title=..., description=...)`
    and renames it with `alias=`: the floor declares the same words as the connector.
    """
    found: dict[str, str] = {}
    if info.alias:
        found["alias"] = info.alias
    for marker in info.metadata:
        summary = getattr(marker, "summary", None)
        description = getattr(marker, "description", None)
        wire = getattr(marker, "name", None)
        if isinstance(summary, str):
            found["title"] = summary
        if isinstance(description, str):
            found["description"] = description
        if isinstance(wire, str):
            found["alias"] = wire
    if isinstance(info.description, str):
        found.setdefault("description", info.description)
    if isinstance(info.title, str):
        found.setdefault("title", info.title)
    return found


def _fields(model: type[BaseModel], found: dict[str, type], documented: bool = True) -> list[str]:
    lines = []
    for name, info in model.model_fields.items():
        words = _documentation(info) if documented else {}
        if words.get("alias") == name:
            del words["alias"]
        arguments = [f"{key}={value!r}" for key, value in sorted(words.items())]
        if info.default_factory is not None:
            arguments.insert(0, f"default_factory={info.default_factory.__name__}")  # type: ignore[union-attr]
        elif not info.is_required():
            arguments.insert(0, repr(info.default))
        if words or info.default_factory is not None:
            default = f" = Field({', '.join(arguments)})"
        else:
            default = "" if info.is_required() else f" = {info.default!r}"
        lines.append(f"    {name}: {_type(info.annotation, found)}{default}")
    return lines or ["    pass"]


def _docstring(cls: type, documented: bool) -> list[str]:
    if not documented:
        return []
    doc = cls.__dict__.get("__doc__")
    return [f"    {doc!r}"] if isinstance(doc, str) and doc else []


def _class(cls: type, found: dict[str, type], documented: bool) -> list[str]:
    if issubclass(cls, enum.Enum):
        base = "str, Enum" if issubclass(cls, str) else "Enum"
        members = [f"    {m.name} = {m.value!r}" for m in cls]
        return [f"class {cls.__name__}({base}):", *members, "", ""]
    assert issubclass(cls, BaseModel)
    return [
        f"class {cls.__name__}(BaseModel):",
        *_docstring(cls, documented),
        *_fields(cls, found, documented),
        "",
        "",
    ]


def source(documented: bool = True) -> str:
    """The floor module's source; `documented=False` leaves out docstrings and `Field` words."""
    found: dict[str, type] = {}
    operations: list[list[str]] = []
    responses: list[str] = []
    for operation in ACC.operations:
        lines = [
            f"class {operation.__name__}(BaseModel):",
            *_docstring(operation, documented),
            *_fields(operation, found, documented),
            "",
            "",
        ]
        operations.append(lines)
        response = operation.response_type()
        if response is not None:
            responses.append(_type(response, found))
    written: set[str] = set()
    models: list[list[str]] = []

    def write(name: str) -> None:
        if name in written:
            return
        written.add(name)
        cls = found[name]
        if issubclass(cls, BaseModel):
            inner: dict[str, type] = {}
            _fields(cls, inner)
            for other in inner:
                found.setdefault(other, inner[other])
                write(other)
        models.append(_class(cls, found, documented))

    for name in list(found):
        write(name)
    schema_of = sorted({r for r in responses if r in found} | set(written))
    body = [line for block in models + operations for line in block]
    text = "\n".join(body)
    typing_names = [name for name in ("Any", "Literal") if f"{name}[" in text or f" {name}" in text]
    pydantic_names = ["BaseModel"] + (["Field"] if "Field(" in text else [])
    header = [
        '"""The ACC connector in plain pydantic: generated by make_acc_floor.py; do not edit."""',
        "",
        *(["from enum import Enum"] if "Enum)" in text else []),
        *([f"from typing import {', '.join(typing_names)}"] if typing_names else []),
        "",
        f"from pydantic import {', '.join(pydantic_names)}",
        "from pydantic.json_schema import models_json_schema",
        "",
        "",
    ]
    footer = [
        "MODELS = [",
        *(f"    {name}," for name in schema_of if issubclass(found[name], BaseModel)),
        *(f"    {op.__name__}," for op in ACC.operations),
        "]",
        'models_json_schema([(model, "validation") for model in MODELS])',
        "",
    ]
    return "\n".join(header + body + footer)


if __name__ == "__main__":
    TARGET.write_text(source(), encoding="utf-8")
    BARE.write_text(source(documented=False), encoding="utf-8")
    print(f"wrote {TARGET} and {BARE}", file=sys.stderr)
