"""Postman auth blocks (`oauth2`, `apikey`, `basic`, `bearer`) as security definitions.

Power Platform has no bearer scheme: a bearer token becomes an `apiKey` named
`Authorization` in the header, which the user fills with `Bearer <token>`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from connector_dsl.document import SecurityScheme
from connector_dsl.importers.postman_reader import Reporter, Tokens

Flow = Literal["accessCode", "implicit", "password", "application"]
_FLOWS: dict[str, Flow] = {
    "authorization_code": "accessCode",
    "authorization_code_with_pkce": "accessCode",
    "implicit": "implicit",
    "password_credentials": "password",
    "client_credentials": "application",
}


@dataclass(frozen=True, slots=True)
class Auth:
    """What a request's auth means: no auth at all, or one security definition."""

    name: str | None
    """The `securityDefinitions` key (Power Platform's usual names); None for `noauth`."""
    scheme: SecurityScheme | None
    header: str | None = None
    """The header that carries the credential; never a user input."""


NO_AUTH = Auth(name=None, scheme=None)


def read_auth(
    reporter: Reporter, value: object, at: Tokens, absolute: Callable[[str], str]
) -> Auth | None:
    """The auth of a collection, folder or request; None when it inherits or is unknown.

    `absolute` turns a URL that may start with `{{baseUrl}}` into an absolute URL.
    """
    if value is None:
        return None
    block = reporter.mapping(value, at)
    kind = reporter.text(block.get("type"), (*at, "type"))
    settings = _settings(reporter, block.get(kind), (*at, kind))
    if kind in ("", "inherit"):
        return None
    if kind == "noauth":
        return NO_AUTH
    if kind == "oauth2":
        return _oauth2(reporter, settings, at, absolute)
    if kind == "apikey":
        name = settings.get("key") or "api_key"
        if settings.get("in") == "query":
            scheme = SecurityScheme(type="apiKey", name=name, in_="query")
            return Auth(name="api_key", scheme=scheme)
        scheme = SecurityScheme(type="apiKey", name=name, in_="header")
        return Auth(name="api_key", scheme=scheme, header=name)
    if kind == "basic":
        return Auth(name="basic_auth", scheme=SecurityScheme(type="basic"), header="Authorization")
    if kind == "bearer":
        reporter.warn(
            "postman-auth-bearer",
            "Power Platform has no bearer scheme: the token is an API key in the "
            "`Authorization` header, to be entered as `Bearer <token>`",
            at,
        )
        scheme = SecurityScheme(type="apiKey", name="Authorization", in_="header")
        return Auth(name="api_key", scheme=scheme, header="Authorization")
    reporter.warn(
        "postman-auth-unsupported",
        f"auth type `{kind}` has no Power Platform equivalent and was left out; "
        "add a policy or a connection parameter by hand",
        at,
    )
    return None


def _settings(reporter: Reporter, value: object, at: Tokens) -> dict[str, str]:
    """Auth settings: a key/value list (v2.1) or a plain object (v2.0)."""
    if isinstance(value, dict):
        items: dict[str, Any] = reporter.mapping(value, at)
        return {
            k: reporter.text(v, (*at, k))
            for k, v in items.items()
            if isinstance(v, str | int | float | bool)
        }
    settings: dict[str, str] = {}
    for index, entry in enumerate(reporter.sequence(value, at)):
        item = reporter.mapping(entry, (*at, index))
        raw = item.get("value")
        if isinstance(raw, str | int | float | bool):
            key = reporter.text(item.get("key"), (*at, index, "key"))
            settings[key] = reporter.text(raw, (*at, index, "value"))
    return settings


def _oauth2(
    reporter: Reporter, settings: dict[str, str], at: Tokens, absolute: Callable[[str], str]
) -> Auth:
    flow = _FLOWS.get(settings.get("grant_type", "authorization_code"), "accessCode")
    scopes = {scope: scope for scope in re.split(r"[\s,]+", settings.get("scope", "")) if scope}
    scheme = SecurityScheme(type="oauth2", flow=flow, scopes=scopes)
    if flow in ("accessCode", "implicit"):
        scheme.authorization_url = _url(reporter, settings, "authUrl", at, absolute)
    if flow != "implicit":
        scheme.token_url = _url(reporter, settings, "accessTokenUrl", at, absolute)
    return Auth(name="oauth2_auth", scheme=scheme, header="Authorization")


def _url(
    reporter: Reporter,
    settings: dict[str, str],
    key: str,
    at: Tokens,
    absolute: Callable[[str], str],
) -> str:
    value = settings.get(key, "").strip()
    if not value:
        reporter.warn(
            "postman-auth-unsupported",
            f"the oauth2 auth has no `{key}`; a placeholder URL was written, replace it",
            at,
        )
        return absolute("/" + ("oauth2/authorize" if key == "authUrl" else "oauth2/token"))
    return absolute(value)
