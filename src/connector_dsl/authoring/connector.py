"""`Connector`: the class an author writes to list a connector's operations."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, get_args

from pydantic import BaseModel

from connector_dsl.authoring.extension import Extension
from connector_dsl.authoring.operations import Operation
from connector_dsl.authoring.places import caller_place, with_python
from connector_dsl.authoring.raw import RawDocument, RawProperties
from connector_dsl.authoring.security import ConnectionField, ParameterSet, SecurityDeclaration
from connector_dsl.document.extensions import ApiStatus
from connector_dsl.errors import AuthoringError, Diagnostic, Place

if TYPE_CHECKING:  # loaded when used: building a swagger document needs neither
    from connector_dsl.properties.policies import PolicyTemplate


@dataclass(frozen=True, slots=True, kw_only=True)
class ConnectorInfo:
    """Title, host and publishing metadata of a connector."""

    title: str
    version: str = "1.0"
    description: str | None = None
    host: str
    base_path: str = "/"
    schemes: Sequence[str] = ("https",)
    consumes: Sequence[str] = ("application/json",)
    produces: Sequence[str] = ("application/json",)
    contact_name: str | None = None
    contact_url: str | None = None
    contact_email: str | None = None
    website: str | None = None
    """Goes to `x-ms-connector-metadata` as `Website`."""
    privacy_policy: str | None = None
    categories: Sequence[str] = ()
    status: ApiStatus | None = None
    """`info.x-ms-api-annotation.status`: `Preview` or `Production`; None leaves it out."""
    place: Place = field(default_factory=lambda: caller_place(3), compare=False, repr=False)

    def __post_init__(self) -> None:
        place = self.place
        problems = [
            Diagnostic(
                "info-argument",
                f"ConnectorInfo({name}=...) takes a tuple of strings: "
                f"write {name}=({getattr(self, name)!r},)",
                place,
            )
            for name in ("schemes", "consumes", "produces", "categories")
            if isinstance(getattr(self, name), str)
        ]
        host = host_problem(self.host)
        if host is not None:
            problems.append(Diagnostic("info-host", host, place))
        if not isinstance(self.base_path, str) or not self.base_path.startswith("/"):
            fixed = "/" + str(self.base_path).lstrip("/")
            problems.append(
                Diagnostic(
                    "info-base-path",
                    f"ConnectorInfo(base_path={self.base_path!r}) must start with '/': "
                    f"write base_path={fixed!r}",
                    place,
                )
            )
        if self.status is not None and self.status not in get_args(ApiStatus):
            problems.append(
                Diagnostic(
                    "info-argument",
                    f"ConnectorInfo(status={self.status!r}) must be one of "
                    f"{', '.join(map(repr, get_args(ApiStatus)))} (or None)",
                    place,
                )
            )
        if problems:
            place = with_python(place)
            raise AuthoringError([replace(problem, place=place) for problem in problems])


def host_problem(host: object) -> str | None:
    """What is wrong with a `host` (a scheme, a path, a bad port), with the fix; None if fine."""
    if not isinstance(host, str):
        return f"ConnectorInfo(host={host!r}) must be a string such as 'api.example.com'"
    scheme, _, rest = host.rpartition("://")
    name, slash, path = rest.partition("/")
    fixes = [f"host={name!r}"]
    if slash and path.strip("/"):
        fixes.append(f"base_path={'/' + path.rstrip('/')!r}")
    if scheme and scheme != "https":
        fixes.append(f"schemes=({scheme!r},)")
    if scheme or slash:
        parts = [part for part, present in (("a scheme", scheme), ("a path", slash)) if present]
        what = " and ".join(parts)
        return (
            f"ConnectorInfo(host={host!r}) has {what}; the host is the name (and port) only: "
            f"write {', '.join(fixes)}"
        )
    bare, colon, port = name.rpartition(":")
    if colon and not (port.isascii() and port.isdigit() and 1 <= int(port) <= 65535):
        return (
            f"ConnectorInfo(host={host!r}) has the port {port!r}, which is not a number from 1 "
            f"to 65535: write host={bare!r}, or host={bare + ':443'!r} with the real port"
        )
    return None


@dataclass(frozen=True, slots=True)
class TagInfo:
    """A tag with its description."""

    name: str
    description: str | None = None


class Connector:
    """A connector: subclass it and set `info`, `security` and `operations`.

    A declaration only: `connector_dsl.build(C)` checks the whole connector and
    returns its swagger document (every problem at once, in one `AuthoringError`);
    `connector_dsl.dumps(C)`, `api_properties(C)` and `package_files(C)` give its files.
    """

    info: ClassVar[ConnectorInfo]
    security: ClassVar[SecurityDeclaration | None] = None
    operations: ClassVar[Sequence[type[Operation[Any]]]] = ()
    test_connection: ClassVar[type[Operation[Any]] | None] = None
    tags: ClassVar[Sequence[TagInfo]] = ()
    extensions: ClassVar[Sequence[Extension]] = ()
    models: ClassVar[Sequence[type[BaseModel] | type[Enum]]] = ()
    """Model (and `Enum`) classes whose definitions are written even if no operation uses them."""
    raw: ClassVar[RawDocument | None] = None
    """Exact JSON for top-level keys and path items (see `connector_dsl.authoring.raw`)."""

    # apiProperties.json and the rest of the package
    connection_fields: ClassVar[Sequence[ConnectionField]] = ()
    """Further connection parameters the user fills in (beside the sign-in)."""
    parameter_sets: ClassVar[Sequence[ParameterSet]] = ()
    """Several ways to sign in; then `security` is None."""
    policies: ClassVar[Sequence[PolicyTemplate]] = ()
    brand_color: ClassVar[str | None] = None
    """`iconBrandColor`, `#rrggbb`; certified connectors choose their own."""
    capabilities: ClassVar[Sequence[str]] = ()
    """`actions`, `triggers` (apiProperties `capabilities`)."""
    publisher: ClassVar[str | None] = None
    stack_owner: ClassVar[str | None] = None
    icon: ClassVar[str | None] = None
    """Path of the icon (PNG), relative to the connector's module."""
    script: ClassVar[str | None] = None
    """Path of `script.csx` custom code, relative to the connector's module."""
    script_operations: ClassVar[Sequence[type[Operation[Any]]]] = ()
    """The operations the script handles."""
    prerequisites: ClassVar[Sequence[str]] = ()
    """What a user needs before connecting (for `readme.md`)."""
    known_limits: ClassVar[Sequence[str]] = ()
    getting_started: ClassVar[str | None] = None
    properties_raw: ClassVar[RawProperties | None] = None
    """Exact JSON for keys of apiProperties' `properties` (see `connector_dsl.authoring.raw`)."""

    @classmethod
    def icon_path(cls) -> Path | None:
        """The icon file, resolved beside the connector's module."""
        return cls._beside(cls.icon)

    @classmethod
    def script_path(cls) -> Path | None:
        """The `script.csx` file, resolved beside the connector's module."""
        return cls._beside(cls.script)

    @classmethod
    def _beside(cls, name: str | None) -> Path | None:
        if name is None:
            return None
        module = sys.modules.get(cls.__module__)
        file = getattr(module, "__file__", None)
        base = Path(file).parent if file else Path.cwd()
        return base / name
