"""`servers` to `host`, `basePath` and `schemes`; other servers folded into paths."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from connector_dsl.importers.openapi3_context import Context, Where

_VARIABLE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True)
class Base:
    """Where an API lives: scheme, host (with port) and base path."""

    scheme: str | None
    host: str | None
    path: str

    @property
    def url(self) -> str:
        """The base URL, for resolving relative URLs such as OAuth token URLs."""
        if self.host is None:
            return self.path
        return f"{self.scheme or 'https'}://{self.host}{self.path}"


def server_url(server: Any, ctx: Context, where: Where) -> str:
    """A server's URL with each `{variable}` replaced by its default."""
    if not isinstance(server, dict):
        return "/"
    variables: dict[str, Any] = server.get("variables") or {}

    def substitute(match: re.Match[str]) -> str:
        variable = variables.get(match.group(1))
        if isinstance(variable, dict) and "default" in variable:
            return str(variable["default"])
        msg = f"server variable {match.group(1)!r} has no default; it was removed from the URL"
        ctx.warn("openapi3-server-variable", msg, (*where, "url"))
        return ""

    return _VARIABLE.sub(substitute, str(server.get("url", "/")))


def parse_base(url: str) -> Base:
    """The scheme, host and path of a server URL (relative URLs have no host)."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") or "/"
    if not parts.netloc:
        return Base(None, None, path if path.startswith("/") else "/" + path)
    return Base(parts.scheme or None, parts.netloc, path)


def global_base(ctx: Context) -> tuple[Base, list[str]]:
    """The base of the first top-level server, and the schemes of those that share it."""
    servers = ctx.data.get("servers")
    if not isinstance(servers, list) or not servers:
        return Base(None, None, "/"), []
    bases = [parse_base(server_url(s, ctx, ("servers", i))) for i, s in enumerate(servers)]
    first = bases[0]
    schemes: list[str] = []
    for i, base in enumerate(bases):
        if (base.host, base.path) == (first.host, first.path):
            if base.scheme and base.scheme not in schemes:
                schemes.append(base.scheme)
        else:
            msg = f"server {base.url!r} dropped: Swagger 2.0 has one host and base path"
            ctx.warn("openapi3-server-dropped", msg, ("servers", i))
    return first, schemes


def fold_path(path: str, servers: Any, base: Base, ctx: Context, where: Where) -> str:
    """`path` under the base, when `servers` (of a path or operation) differ from it."""
    if not isinstance(servers, list) or not servers:
        return path
    here = parse_base(server_url(servers[0], ctx, (*where, 0)))
    if here.host is None and base.host is not None:
        here = Base(base.scheme, base.host, here.path)
    if (here.host, here.path) == (base.host, base.path):
        return path
    prefix = base.path.rstrip("/")
    if here.host == base.host and (here.path + "/").startswith(prefix + "/"):
        return here.path[len(prefix) :].rstrip("/") + path
    msg = (
        f"server {here.url!r} is not under {base.url!r}; "
        "the operation is kept at the global base, which may be the wrong host"
    )
    ctx.warn("openapi3-server-not-folded", msg, where)
    return path
