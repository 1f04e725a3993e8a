"""Python places of a connector written with the DSL, by JSON pointer into its swagger.

A change inside an operation is shown at the operation class, or at the field
whose input it is (`CreateIssue.project_id`), with the file and line.
TODO(sourcemap): use the compiler's source map once it records every node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, get_args

from pydantic import BaseModel

from connector_dsl.authoring.places import class_place
from connector_dsl.compile.collect import collect
from connector_dsl.diff.view import METHODS, Document, parameter_in, parameter_name
from connector_dsl.errors import Place

if TYPE_CHECKING:
    from connector_dsl.authoring.connector import Connector


class PythonPlaces:
    """Maps a pointer into the built swagger to the class and field that made it."""

    def __init__(self, connector: type[Connector], swagger: Any) -> None:
        self._operations: dict[str, Place] = {}
        self._fields: dict[str, Place] = {}
        self._connector = class_place(connector)
        self._models: dict[str, type[BaseModel]] = {}
        document = Document(swagger)
        classes = {cls.operation_id(): cls for cls in connector.operations}
        for view in document.operations.values():
            cls = classes.get(view.key)
            if cls is None:
                continue
            self._operations[view.pointer] = class_place(cls, "route")
            spec = collect(cls)
            for model_type in [spec.response, *(f.annotation for f in spec.fields)]:
                self._add_models(model_type)
            by_wire: dict[tuple[str, str], Any] = {
                (f.location, f.wire_name.split("/")[0]): f for f in spec.fields
            }
            body_fields = [f for f in spec.fields if f.location == "body"]
            for node in view.parameters:
                where = parameter_in(node)
                found = by_wire.get((where, parameter_name(node)))
                if found is None and where == "body" and len(body_fields) == 1:
                    found = body_fields[0]
                if found is not None:
                    self._fields[node.pointer] = class_place(cls, found.python_name)
            for field in body_fields:
                top = field.wire_name.split("/")[-1]
                for node in view.parameters:
                    if parameter_in(node) == "body":
                        pointer = f"{node.pointer}/schema/properties/{top}"
                        self._fields.setdefault(pointer, class_place(cls, field.python_name))

    def _add_models(self, annotation: Any) -> None:
        """Remember every model class reachable from a type, by class name."""
        pending = [annotation]
        while pending:
            current = pending.pop()
            if isinstance(current, type) and issubclass(current, BaseModel):
                if self._models.setdefault(current.__name__, current) is not current:
                    continue
                pending.extend(f.annotation for f in current.model_fields.values())
            else:
                pending.extend(get_args(current))

    def _definition(self, pointer: str) -> Place | None:
        parts = pointer.split("/")
        model = self._models.get(parts[2]) if len(parts) > 2 else None
        if model is None:
            return None
        field = parts[4] if len(parts) > 4 and parts[3] == "properties" else None
        return class_place(model, field if field in model.model_fields else None)

    def place(self, pointer: str | None) -> Place | None:
        """The Python place of the deepest known node at or above `pointer`."""
        if pointer is None:
            return None
        if pointer.startswith("/definitions/"):
            return self._definition(pointer) or self._connector
        best = None
        for known, place in self._fields.items():
            if (pointer == known or pointer.startswith(known + "/")) and (
                best is None or len(known) > len(best[0])
            ):
                best = (known, place)
        if best is not None:
            return best[1]
        parts = pointer.split("/")
        for end in range(len(parts), 1, -1):
            if parts[end - 1] in METHODS:
                found = self._operations.get("/".join(parts[:end]))
                if found is not None:
                    return found
        return self._connector
