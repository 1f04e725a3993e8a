"""JSON schemas to pydantic model classes and type expressions.

Every definition that is an object with properties becomes a model class; other
schemas become type expressions (`str`, `list[Item]`, `dict[str, Any]`, `Any`).
The generated models are the readable, typed view of the data; exactness of the
written schemas is kept by the raw forms (see `connector_dsl.authoring.raw`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from connector_dsl.codegen.literals import docstring, literal
from connector_dsl.codegen.names import MODEL_ATTRIBUTES, Namer, class_name, field_name

_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
_VISIBILITIES = ("important", "advanced", "internal")
_MAX_DEPTH = 6
_INLINE_DEPTH = 3
"""Inline objects nested deeper than this are `dict[str, Any]`."""


@dataclass
class ModelClass:
    """One generated model class."""

    name: str
    description: str | None
    fields: list[str] = field(default_factory=list)
    depends: set[str] = field(default_factory=set)


@dataclass
class Models:
    """The model classes of one module, named uniquely in its namer."""

    namer: Namer
    definitions: dict[str, Any]
    classes: dict[str, ModelClass] = field(default_factory=dict)
    by_definition: dict[str, str] = field(default_factory=dict)
    typed: bool = True

    def __post_init__(self) -> None:
        for name, schema in self.definitions.items():
            if _is_object_model(schema):
                self.by_definition[name] = self.namer.unique(
                    class_name(name, "Definition"), "Model"
                )
        for name, cls in list(self.by_definition.items()):
            self._build(cls, self.definitions[name], 0)

    def type_of(self, schema: Any, hint: str, depth: int = 0) -> str:
        """The type expression of `schema`; `hint` names a new class for an inline object."""
        if not self.typed or not isinstance(schema, dict) or depth > _MAX_DEPTH:
            return "Any"
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = ref.removeprefix("#/definitions/")
            if target in self.by_definition:
                return self.by_definition[target]
            resolved = self.definitions.get(target) if ref.startswith("#/definitions/") else None
            return self.type_of(resolved, hint, depth + 1) if resolved is not None else "Any"
        kind = schema.get("type")
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            return f"list[{self.type_of(schema.get('items'), hint + 'Item', depth + 1)}]"
        if _is_object_model(schema) and depth <= _INLINE_DEPTH:
            name = self.namer.unique(class_name(hint, "Model"), "Model")
            self._build(name, schema, depth + 1)
            return name
        if kind == "object":
            return "dict[str, Any]"
        return "Any"

    def _build(self, name: str, schema: dict[str, Any], depth: int) -> None:
        description = schema.get("description")
        model = ModelClass(name, description if isinstance(description, str) else None)
        self.classes[name] = model
        required = schema.get("required")
        required_names = set(required) if isinstance(required, list) else set()
        names = Namer(MODEL_ATTRIBUTES)
        for wire, prop in schema["properties"].items():
            python = names.unique(field_name(wire))
            hint = name + class_name(wire, "Field")
            kind = self.type_of(prop, hint, depth)
            known = self.classes.keys() | set(self.by_definition.values())
            model.depends.update(known & set(_words_of(kind)))
            extras: list[str] = []
            if python != wire:
                extras.append(f"Field(alias={literal(wire)})")
            ui = ui_call(prop)
            if ui:
                extras.append(ui)
            optional = wire not in required_names
            annotated = f"{kind} | None" if optional and kind != "Any" else kind
            if extras:
                annotated = f"Annotated[{annotated}, {', '.join(extras)}]"
            model.fields.append(f"{python}: {annotated}" + (" = None" if optional else ""))

    def ordered(self) -> list[ModelClass]:
        """Classes with what they use first, where there is no cycle."""
        done: list[ModelClass] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            if name in seen:
                return
            seen.add(name)
            for dep in sorted(self.classes[name].depends):
                visit(dep)
            done.append(self.classes[name])

        for name in list(self.classes):
            visit(name)
        return done


def _words_of(expression: str) -> list[str]:
    for mark in "[],|":
        expression = expression.replace(mark, " ")
    return expression.split()


def _is_object_model(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type", "object") == "object"
        and "$ref" not in schema
        and isinstance(schema.get("properties"), dict)
        and bool(schema["properties"])
        and all(isinstance(k, str) for k in schema["properties"])
    )


def ui_call(schema: Any) -> str:
    """`Ui(summary=..., description=..., visibility=...)` for a property, or ''."""
    if not isinstance(schema, dict):
        return ""
    args: list[str] = []
    summary = schema.get("x-ms-summary")
    if isinstance(summary, str) and summary.strip():
        args.append(f"summary={literal(summary)}")
    description = schema.get("description")
    if isinstance(description, str):
        args.append(f"description={literal(description)}")
    visibility = schema.get("x-ms-visibility")
    if visibility in _VISIBILITIES:
        args.append(f"visibility={literal(visibility)}")
    return f"Ui({', '.join(args)})" if args else ""


def render_model(model: ModelClass) -> str:
    """The source of one model class."""
    lines = [f"class {model.name}(BaseModel):"]
    if model.description is not None:
        lines.append(
            f"    {docstring(model.description) or '__doc__ = ' + literal(model.description)}"
        )
        lines.append("")
    lines.extend(f"    {line}" for line in model.fields)
    if len(lines) == 1:
        lines.append("    pass")
    return "\n".join(lines)
