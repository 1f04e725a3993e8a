"""Markers used inside `Annotated[...]`: where an input goes and how the designer shows it.

mypy does not look inside `Annotated`, so every marker checks its own arguments
when it is constructed and raises `AuthoringError` naming the line that made it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal, get_args

from pydantic import GetJsonSchemaHandler
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from connector_dsl.authoring.dynamic import DynamicSchema, DynamicValues
from connector_dsl.authoring.extension import Extension
from connector_dsl.authoring.places import caller_place, refine_place, with_python
from connector_dsl.document.extensions import UrlEncoding, Visibility
from connector_dsl.errors import AuthoringError, Diagnostic, Place

_VISIBILITIES = get_args(Visibility)
_ENCODINGS = get_args(UrlEncoding)

EnumChoices = Sequence[str | int | float | bool] | Mapping[Any, str]
"""Allowed values, or allowed values with the names the designer shows for them."""


class _Unset:
    """The marker default when none is given."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


def _describe(value: object) -> str:
    if isinstance(value, type):
        return f"the class {value.__name__}"
    return type(value).__name__


def _check(condition: bool, code: str, message: str, place: Place) -> None:
    if not condition:
        marker = message.split("(", 1)[0]
        raise AuthoringError([Diagnostic(code, message, with_python(refine_place(place, marker)))])


@dataclass(frozen=True, slots=True, kw_only=True)
class Display:
    """How the designer shows an input or a field (shared by markers and `Ui`)."""

    summary: str | None = None
    """Title shown to the user (`x-ms-summary`); title case, at most 80 characters."""
    description: str | None = None
    visibility: Visibility | None = None
    """`x-ms-visibility`: UI prominence (important, advanced, internal), not lifecycle."""
    enum: EnumChoices | None = None
    format: str | None = None
    dynamic: DynamicValues[Any] | None = None
    dynamic_schema: DynamicSchema[Any] | None = None
    test_value: Any = UNSET
    nullable: bool | None = None
    """`True` writes `x-nullable: true` (the value may be null); `False` leaves it out.

    Optional is not nullable: `x: X | None = None` is an optional input or property
    without `x-nullable`; `x: X | None` with no default is required and nullable.
    """
    extensions: Sequence[Extension] = ()
    place: Place = field(default_factory=lambda: caller_place(3), compare=False, repr=False)

    def __post_init__(self) -> None:
        self._validate()

    def _validate(self) -> None:
        name = type(self).__name__
        _check(
            self.visibility is None or self.visibility in _VISIBILITIES,
            "marker-visibility",
            f"{name}(visibility={self.visibility!r}) must be one of {', '.join(_VISIBILITIES)}",
            self.place,
        )
        _check(
            self.summary is None or (isinstance(self.summary, str) and self.summary.strip() != ""),
            "marker-summary",
            f"{name}(summary=...) must be a non-empty string",
            self.place,
        )
        _check(
            self.dynamic is None or isinstance(self.dynamic, DynamicValues),
            "marker-dynamic",
            f"{name}(dynamic=...) takes a DynamicValues(...), not {_describe(self.dynamic)}: "
            "write dynamic=DynamicValues(ListThings, value='id', title='name')",
            self.place,
        )
        _check(
            self.dynamic_schema is None or isinstance(self.dynamic_schema, DynamicSchema),
            "marker-dynamic",
            f"{name}(dynamic_schema=...) takes a DynamicSchema(...)",
            self.place,
        )
        _check(
            self.enum is None or len(self.enum) > 0,
            "marker-enum",
            f"{name}(enum=...) must list at least one value",
            self.place,
        )
        for item in self.extensions:
            _check(
                isinstance(item, Extension),
                "marker-extension",
                f"{name}(extensions=...) takes extension('x-...', value) items",
                self.place,
            )


@dataclass(frozen=True, slots=True, kw_only=True)
class Param(Display):
    """Base of the parameter markers; `name` is the wire name when it differs."""

    location: ClassVar[Literal["path", "query", "header", "body", "formData"]]
    name: str | None = None
    default: Any = UNSET
    """The default value, when the field itself has none."""

    def _validate(self) -> None:
        Display._validate(self)
        _check(
            self.name is None or (isinstance(self.name, str) and self.name != ""),
            "marker-name",
            f"{type(self).__name__}(name=...) must be a non-empty string",
            self.place,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Path(Param):
    """A path parameter: the field fills `{name}` in the route."""

    location: ClassVar[Literal["path"]] = "path"
    url_encoding: UrlEncoding | None = "single"
    """`x-ms-url-encoding`: `double` when the value may contain `/`; None leaves it out."""

    def _validate(self) -> None:
        Param._validate(self)
        _check(
            self.url_encoding is None or self.url_encoding in _ENCODINGS,
            "marker-url-encoding",
            f"Path(url_encoding={self.url_encoding!r}) must be 'single' or 'double'",
            self.place,
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Query(Param):
    """A query-string parameter."""

    location: ClassVar[Literal["query"]] = "query"


@dataclass(frozen=True, slots=True, kw_only=True)
class Header(Param):
    """A request header."""

    location: ClassVar[Literal["header"]] = "header"


@dataclass(frozen=True, slots=True, kw_only=True)
class Body(Param):
    """The request body, or, on several fields, one property of it each.

    A single `Body()` field whose type is a model, a list, a dict or `bytes` (a
    binary upload) is the whole body; `whole=True` makes any type the whole body
    (`str` for a plain-text body). Otherwise each `Body()` field is a property of
    one inline body object; `name` may be a path string (`scope/folder`) to nest it.
    The body parameter is listed where the (first) `Body()` field is declared.
    """

    location: ClassVar[Literal["body"]] = "body"
    whole: bool = False
    """The field's type is the whole body, whatever it is (only on a single `Body()` field)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class FormData(Param):
    """A form field of a `multipart/form-data` or url-encoded request; `bytes` is a file."""

    location: ClassVar[Literal["formData"]] = "formData"


@dataclass(frozen=True, slots=True)
class NotificationUrl:
    """Marks the field Power Platform fills with the webhook's callback URL."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Ui(Display):
    """Designer metadata for a field of a body or response model.

    Adds `x-ms-summary`, `x-ms-visibility` and the other extensions to the
    field's schema through pydantic's JSON-schema hook. Schema keys pydantic has
    no field option for: `example=` (Swagger's single `example`) and
    `read_only=True` (`readOnly`).
    """

    notification_url: bool = False
    example: Any = UNSET
    """`example`: one example value of the field."""
    read_only: bool = False
    """`readOnly: true`: the service sends the field but never reads it."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        annotate = SCHEMA_ANNOTATOR.get()
        return schema if annotate is None else annotate(schema, self)


SCHEMA_ANNOTATOR: ContextVar[Callable[[JsonSchemaValue, Ui], JsonSchemaValue] | None] = ContextVar(
    "SCHEMA_ANNOTATOR", default=None
)
"""What adds a `Ui`'s keys to a field's schema; the compiler sets it while it writes schemas.

The declaration says what to show; writing it as Swagger keys is the compiler's
job (`connector_dsl.compile.annotate`), so a plain pydantic JSON schema has no `x-ms-*` keys.
"""
