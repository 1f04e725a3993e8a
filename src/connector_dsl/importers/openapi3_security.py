"""`securitySchemes` to `securityDefinitions`, and OAuth settings for `apiProperties.json`.

Swagger 2.0 has one flow per OAuth scheme, so a scheme with several flows keeps
its name for the first of authorizationCode, implicit, password, clientCredentials,
and the others become `<name>-<flow>`. Scopes are never dropped.

Empty or missing OAuth URLs (Autodesk's Issues and Account Admin specs have them)
are filled from another flow of the same spec that has one, since an API has one
identity provider; when no flow has one, a placeholder under `example.invalid`
(a reserved name that never resolves) keeps the document valid, with a warning
that says to set the real URL. Relative URLs are resolved against the server.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from connector_dsl.importers.openapi3_context import Context, Json, Where, extensions

_FLOWS = {
    "authorizationCode": "accessCode",
    "implicit": "implicit",
    "password": "password",
    "clientCredentials": "application",
}
_NEEDS = {
    "accessCode": ("authorizationUrl", "tokenUrl"),
    "implicit": ("authorizationUrl",),
    "password": ("tokenUrl",),
    "application": ("tokenUrl",),
}
PLACEHOLDERS = {
    "authorizationUrl": "https://example.invalid/oauth2/authorize",
    "tokenUrl": "https://example.invalid/oauth2/token",
}
BRAND_COLOR = "#007ee5"
"""Power Platform's default colour for a custom connector (apiProperties requires one)."""


def _schemes(ctx: Context) -> Json:
    components = ctx.data.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    return schemes if isinstance(schemes, dict) else {}


def _known_urls(ctx: Context, base_url: str) -> dict[str, str]:
    """The first non-empty authorization and token URL of any flow in the spec."""
    found: dict[str, str] = {}
    for scheme in _schemes(ctx).values():
        flows = scheme.get("flows") if isinstance(scheme, dict) else None
        for flow in (flows if isinstance(flows, dict) else {}).values():
            for key in PLACEHOLDERS:
                value = flow.get(key) if isinstance(flow, dict) else None
                if isinstance(value, str) and value.strip():
                    found.setdefault(key, urljoin(base_url, value.strip()))
    return found


def convert_security(ctx: Context, base_url: str) -> tuple[dict[str, Json], dict[str, Json]]:
    """The security definitions, and the OAuth flows with their refresh URLs, by name."""
    known = _known_urls(ctx, base_url)
    definitions: dict[str, Json] = {}
    oauth: dict[str, Json] = {}
    for name, node in _schemes(ctx).items():
        where: Where = ("components", "securitySchemes", name)
        scheme, tokens = ctx.resolve(node["$ref"], where) if "$ref" in node else (node, where)
        if scheme.get("type") == "oauth2":
            for flow_name, definition, refresh in _oauth(
                name, scheme, known, base_url, ctx, tokens
            ):
                definitions[flow_name] = definition
                oauth[flow_name] = {**definition, "refreshUrl": refresh}
        else:
            converted = _other(scheme, ctx, tokens)
            if converted is not None:
                definitions[name] = converted
    return definitions, oauth


def _oauth(
    name: str, scheme: Json, known: dict[str, str], base_url: str, ctx: Context, where: Where
) -> list[tuple[str, Json, str | None]]:
    flows: Json = scheme.get("flows") or {}
    if not isinstance(flows, dict):
        msg = "`flows` is not an object and was ignored: write {flowName: {urls, scopes}}"
        ctx.warn("openapi3-value-ignored", msg, (*where, "flows"))
        flows = {}
    result: list[tuple[str, Json, str | None]] = []
    for flow in (f for f in _FLOWS if isinstance(flows.get(f), dict)):
        spec: Json = flows[flow]
        kind = _FLOWS[flow]
        here = (*where, "flows", flow)
        definition: Json = {"type": "oauth2", "flow": kind}
        for key in _NEEDS[kind]:
            definition[key] = _url(spec.get(key), key, known, base_url, ctx, (*here, key))
        definition["scopes"] = dict(spec.get("scopes") or {})
        if isinstance(scheme.get("description"), str):
            definition["description"] = scheme["description"]
        definition.update(extensions(scheme))
        refresh = spec.get("refreshUrl")
        refresh = urljoin(base_url, refresh) if isinstance(refresh, str) and refresh else None
        result.append((name if not result else f"{name}-{flow}", definition, refresh))
    if len(result) > 1:
        msg = (
            f"OAuth flows after the first became separate definitions {[r[0] for r in result[1:]]}"
        )
        ctx.warn("openapi3-oauth-flows-split", msg, (*where, "flows"))
    return result


def _url(value: Any, key: str, known: dict[str, str], base: str, ctx: Context, where: Where) -> str:
    if isinstance(value, str) and value.strip():
        return urljoin(base, value.strip())
    if key in known:
        msg = f"empty {key} filled with {known[key]!r} from another flow of this spec"
        ctx.warn("openapi3-oauth-url-filled", msg, where)
        return known[key]
    msg = f"empty {key}: used the placeholder {PLACEHOLDERS[key]!r}; set the real URL"
    ctx.warn("openapi3-oauth-url-missing", msg, where)
    return PLACEHOLDERS[key]


def _other(scheme: Json, ctx: Context, where: Where) -> Json | None:
    kind = scheme.get("type")
    common: Json = {k: scheme[k] for k in ("description",) if isinstance(scheme.get(k), str)}
    common.update(extensions(scheme))
    if kind == "apiKey" and scheme.get("in") in ("header", "query"):
        return {"type": "apiKey", "name": scheme.get("name", ""), "in": scheme["in"], **common}
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
        return {"type": "basic", **common}
    if kind == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        msg = (
            "HTTP bearer became an API key in the Authorization header; "
            "users enter 'Bearer <token>' as the key"
        )
        ctx.warn("openapi3-bearer-as-api-key", msg, where)
        return {"type": "apiKey", "name": "Authorization", "in": "header", **common}
    what = (
        f"{kind} in {scheme.get('in')}"
        if kind == "apiKey"
        else f"{kind} {scheme.get('scheme', '')}"
    )
    msg = f"security scheme ({what.strip()}) dropped: Swagger 2.0 cannot express it"
    ctx.warn("openapi3-security-dropped", msg, where)
    return None


def convert_requirements(requirements: Any, definitions: dict[str, Json]) -> list[Json] | None:
    """Security requirements naming only kept schemes; non-OAuth schemes list no scopes."""
    if not isinstance(requirements, list):
        return None
    result: list[Json] = []
    for requirement in requirements:
        if not isinstance(requirement, dict):
            continue
        kept = {
            name: list(scopes or []) if definitions[name]["type"] == "oauth2" else []
            for name, scopes in requirement.items()
            if name in definitions
        }
        if kept or not requirement:
            result.append(kept)
    return result


def api_properties(oauth: dict[str, Json]) -> dict[str, Any] | None:
    """A minimal `apiProperties.json` with the OAuth setting of the first user-delegated flow."""
    if not oauth:
        return None
    order = ("accessCode", "implicit", "password", "application")
    name = min(oauth, key=lambda n: order.index(oauth[n]["flow"]))
    flow = oauth[name]
    token_url = flow.get("tokenUrl") or flow.get("authorizationUrl")
    custom = {
        "authorizationUrl": {"value": flow.get("authorizationUrl") or token_url},
        "tokenUrl": {"value": token_url},
        "refreshUrl": {"value": flow.get("refreshUrl") or token_url},
    }
    setting = {
        "identityProvider": "oauth2",
        "scopes": list(flow.get("scopes") or {}),
        "redirectMode": "Global",
        "customParameters": custom,
    }
    token = {"type": "oauthSetting", "oAuthSettings": setting}
    return {"properties": {"iconBrandColor": BRAND_COLOR, "connectionParameters": {"token": token}}}
