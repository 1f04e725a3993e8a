"""The connection's credentials and how the connector's security scheme sends them."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from connector_dsl.errors import Diagnostic
from connector_dsl.harness.findings import finding

if TYPE_CHECKING:
    from connector_dsl.harness.request import OutboundRequest
    from connector_dsl.harness.source import ConnectorSource, OperationInfo


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the user signs in with; never printed (`repr` hides it)."""

    token: str | None = field(default=None, repr=False)
    api_key: str | None = field(default=None, repr=False)
    username: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    connection: Mapping[str, str] = field(default_factory=dict[str, str], repr=False)
    """Other connection parameters (`@connectionParameters('name')`)."""

    def secrets(self) -> list[str]:
        """Every secret value, to scrub from output."""
        found = [self.token, self.api_key, self.password]
        if self.username and self.password:
            raw = f"{self.username}:{self.password}".encode()
            found.append(base64.b64encode(raw).decode())
        return [s for s in found if s]

    def problems(self) -> list[Diagnostic]:
        """An error for each credential holding a control character (never its value)."""
        found: list[Diagnostic] = []
        for name, value in (
            ("token", self.token),
            ("API key", self.api_key),
            ("username", self.username),
            ("password", self.password),
        ):
            bad = next((c for c in value or "" if c < " " or c == "\x7f"), None)
            if bad is not None:
                msg = (
                    f"the {name} holds a control character (U+{ord(bad):04X}); nothing was "
                    "sent: remove it (a file saved with Windows line endings ends in '\\r')"
                )
                found.append(finding("harness-input", msg))
        return found

    def parameters(self) -> dict[str, str]:
        """Connection parameters, with `api_key`, `username`, `password`, `token` filled in."""
        found = dict(self.connection)
        for name, value in (
            ("api_key", self.api_key),
            ("username", self.username),
            ("password", self.password),
            ("token", self.token),
        ):
            if value is not None:
                found.setdefault(name, value)
        return found


def apply_auth(
    request: OutboundRequest,
    source: ConnectorSource,
    info: OperationInfo,
    credentials: Credentials,
) -> list[Diagnostic]:
    """Add the credentials the way the connector's security definitions say."""
    schemes = source.document.security_definitions or {}
    notes: list[Diagnostic] = []
    if info.operation.security == []:
        return notes
    for name, scheme in schemes.items():
        if scheme.type == "oauth2" and credentials.token:
            request.set_header("Authorization", f"Bearer {credentials.token}")
        elif scheme.type == "apiKey" and credentials.api_key and scheme.name:
            if scheme.in_ == "query":
                request.set_query(scheme.name, credentials.api_key)
            else:
                request.set_header(scheme.name, credentials.api_key)
        elif scheme.type == "basic" and credentials.username is not None:
            raw = f"{credentials.username}:{credentials.password or ''}".encode()
            request.set_header("Authorization", "Basic " + base64.b64encode(raw).decode())
        else:
            msg = (
                f"security definition {name!r} ({scheme.type}) has no credential given; "
                "the request is sent without it"
            )
            notes.append(finding("harness-input", msg, severity="info"))
    if not schemes and credentials.token:
        msg = "the connector declares no security definitions; the token was not sent"
        notes.append(finding("harness-input", msg, severity="info"))
    return notes
