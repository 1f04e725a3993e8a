"""`Route`: the method, path and designer metadata of one operation."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from connector_dsl.authoring.dynamic import DynamicSchema
from connector_dsl.authoring.extension import Extension
from connector_dsl.authoring.literals import literal_problems
from connector_dsl.authoring.places import caller_place, with_python
from connector_dsl.authoring.raw import Exact, Raw
from connector_dsl.document.extensions import Visibility
from connector_dsl.errors import AuthoringError, Diagnostic, Place

HttpMethod = Literal["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
_TEMPLATE = re.compile(r"\{([^{}/]+)\}")


@dataclass(frozen=True, slots=True)
class Annotation:
    """`x-ms-api-annotation`: the operation's family, revision and replacement."""

    family: str | None = None
    revision: int | None = None
    replacement_api: str | None = None
    replacement_operation: str | None = None

    @classmethod
    def after(cls, predecessor: type[Any]) -> Annotation:
        """The successor of an operation class: its family, and the revision after its own.

        `annotation=Annotation.after(ListItems)` on `ListItemsV2`, with
        `route = Route(...).retired()` on `ListItems`, changes an operation without
        breaking the flows that use it (`connector-dsl diff` reports it as superseded).
        """
        route = getattr(predecessor, "route", None)
        own = route.annotation if isinstance(route, Route) else None
        family = own.family if own is not None and own.family else None
        if family is None:
            family = predecessor.operation_id() if hasattr(predecessor, "operation_id") else None
        if not isinstance(family, str):
            msg = f"Annotation.after({predecessor!r}): give an operation class"
            raise AuthoringError([Diagnostic("route-argument", msg, caller_place(2))])
        revision = own.revision if own is not None and own.revision is not None else 1
        return cls(family=family, revision=revision + 1)


@dataclass(frozen=True, slots=True)
class Simulate:
    """`x-ms-operation-context`: the operation the designer calls to simulate a trigger."""

    operation: type[Any]
    parameters: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reply:
    """A further response of an operation (an error, another success), for `Route.responses`.

    `schema` is the type of its body (a model class, `list[Item]`, `str`, ...),
    written like the success response's; None for a response without a body.
    `headers` are its response headers by name, each given by its type (`str`,
    `int`, `Annotated[str, Ui(description=...)]`); `raw` sets or drops other keys
    of the response object (`examples`, `x-ms-summary`, ...).
    """

    description: str
    schema: Any = None
    headers: Mapping[str, Any] = field(default_factory=dict, kw_only=True)
    raw: Raw | None = field(default=None, kw_only=True)


@dataclass(frozen=True, slots=True, kw_only=True)
class Route:
    """Where an operation lives and how the designer shows it.

    The class docstring of the operation is its description, unless `description`
    is given here.
    """

    method: HttpMethod
    path: str
    summary: str
    description: str | None = None
    operation_id: str | None = None
    visibility: Visibility | None = None
    tags: Sequence[str] = ()
    deprecated: bool | None = None
    """`deprecated`: True or False writes the key as given; None leaves it out."""
    status: int = 200
    """The success status code; 201 for webhook registration."""
    response_description: str = "OK"
    response_headers: Mapping[str, Any] = field(default_factory=dict)
    """The success response's headers by name, each given by its type (`str`, `int`,
    `Annotated[str, Ui(description=...)]`), as `Reply.headers`."""
    response_schema: Any = None
    """The success response's body type when it is not the class's type argument: a
    webhook's registration reply (a webhook class's type is its notification payload)."""
    response_raw: Raw | None = None
    """Keys of the success response object set or dropped (`examples`, `x-ms-summary`)."""
    responses: Mapping[str, Reply | Exact] = field(default_factory=dict)
    """Further responses by status (`"404"`, `"default"`): `Reply(description, Model)`.

    `Exact(data)` writes one response object as given; under the success
    `status` it replaces the success response the class would make.
    """
    consumes: Sequence[str] | None = None
    """The operation's own `consumes`; `()` writes an explicit empty list, None leaves it
    out (or writes `multipart/form-data` when the operation has `FormData()` fields)."""
    produces: Sequence[str] | None = None
    """The operation's own `produces`; `()` writes an explicit empty list, None leaves it out."""
    trigger_hint: str | None = None
    annotation: Annotation | None = None
    simulate: Simulate | None = None
    chunk_transfer: bool | None = None
    next_link: str | None = None
    """`x-ms-pageable`: the response property holding the next page's URL."""
    dynamic_response: DynamicSchema[Any] | None = None
    body_name: str = "body"
    """The name of the body parameter that several `Body()` fields make together."""
    body_summary: str | None = None
    """Its `x-ms-summary`."""
    body_description: str | None = None
    no_generic_test: bool | None = None
    safe: bool | None = None
    extensions: Sequence[Extension] = ()
    raw: Raw | None = None
    """Exact JSON for keys of the operation object (see `connector_dsl.authoring.raw`)."""
    place: Place = field(default_factory=lambda: caller_place(3), compare=False, repr=False)

    def __post_init__(self) -> None:
        problems = literal_problems(self)
        if not isinstance(self.path, str) or not self.path.startswith("/"):
            problems.append(f"path {self.path!r} must start with '/'")
        if not isinstance(self.summary, str) or not self.summary.strip():
            problems.append("summary must be a non-empty string")
        for name in ("tags", "consumes", "produces"):
            if isinstance(getattr(self, name), str):
                problems.append(
                    f"{name} takes a tuple of strings: write {name}=({getattr(self, name)!r},)"
                )
        if not 100 <= self.status <= 599:
            problems.append(f"status {self.status} is not an HTTP status code")
        for code, reply in dict(self.responses).items():
            if not isinstance(code, str) or (
                code != "default" and not (code.isdigit() and 100 <= int(code) <= 599)
            ):
                problems.append(f"responses: {code!r} is not an HTTP status code or 'default'")
            elif not isinstance(reply, Reply | Exact):
                problems.append(f"responses[{code!r}] must be Reply(...) or Exact(...)")
            elif isinstance(reply, Reply) and code == str(self.status):
                problems.append(
                    f"responses[{code!r}] is the success status: give its description "
                    "as response_description, its type as the class's type argument"
                )
        if problems:
            raise AuthoringError(
                [
                    Diagnostic("route-argument", f"Route(...): {p}", with_python(self.place))
                    for p in problems
                ]
            )

    def retired(self) -> Route:
        """This route, deprecated and internal: kept for existing flows, hidden from new ones."""
        return dataclasses.replace(self, deprecated=True, visibility="internal")

    @property
    def template_names(self) -> list[str]:
        """The `{name}`s of the path template, in order."""
        return _TEMPLATE.findall(self.path)
