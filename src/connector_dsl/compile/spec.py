"""The intermediate structure read from the author's classes; emitters read only this."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, get_origin

from pydantic import BaseModel

from connector_dsl.authoring.markers import UNSET, Display, Param
from connector_dsl.authoring.operations import Operation
from connector_dsl.authoring.route import Route
from connector_dsl.errors import Diagnostic

Location = Literal["path", "query", "header", "body", "formData"]


@dataclass(slots=True)
class FieldSpec:
    """One input field of an operation."""

    python_name: str
    wire_name: str
    location: Location
    annotation: Any
    """The field's type with `Annotated` and `| None` removed."""
    nullable: bool
    """Whether the type takes `None`; with no default that is `x-nullable: true`."""
    required: bool
    default: Any = UNSET
    marker: Param | None = None
    ui: Display | None = None
    """The marker, or the `Ui` when the field carries one (for body properties)."""
    description: str | None = None
    title: str | None = None
    """`Field(title=...)`: written on a property of an inline body, where a schema has one."""
    notification_url: bool = False
    constraints: tuple[Any, ...] = ()
    """pydantic metadata beside the markers (`Field(max_length=..., pattern=...)`, `Ge`, ...)."""

    @property
    def display(self) -> Display | None:
        """Whatever designer metadata the field carries."""
        return self.marker or self.ui

    @property
    def whole_by_itself(self) -> bool:
        """A `bytes` body field or `Body(whole=True)`: the whole body whatever its type."""
        return self.annotation is bytes or getattr(self.marker, "whole", False) is True

    @property
    def schema_type(self) -> Any:
        """What the field's schema is made from: its type with its constraints."""
        if not self.constraints:
            return self.annotation
        return Annotated[(self.annotation, *self.constraints)]


@dataclass(slots=True)
class OperationSpec:
    """One operation class, read."""

    cls: type[Operation[Any]]
    operation_id: str
    route: Route
    description: str | None
    fields: list[FieldSpec]
    response: Any
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def whole_body(self) -> FieldSpec | None:
        """The single body field whose type is the whole body, if that is the shape."""
        bodies = [f for f in self.fields if f.location == "body"]
        if len(bodies) != 1 or "/" in bodies[0].wire_name:
            return None
        body = bodies[0]
        display = body.display
        structured = is_model(body.annotation) or get_origin(body.annotation) in (dict, list)
        if (
            structured
            or body.whole_by_itself
            or (display is not None and display.dynamic_schema is not None)
        ):
            return body
        return None


def is_model(annotation: Any) -> bool:
    """Whether a type is a pydantic model class."""

    return isinstance(annotation, type) and issubclass(annotation, BaseModel)
