"""apiProperties.json: connection parameters, OAuth settings, policy templates, brand colour."""

from __future__ import annotations

import re

from connector_dsl.validate.context import Context
from connector_dsl.validate.jsonview import JsonObj, Ptr, arr, items_of, obj, text
from connector_dsl.validate.profiles import E, W
from connector_dsl.validate.registry import check, declare

_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}\Z")
_PARAM_NAME = re.compile(r"^[0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?\Z")
PARAM_TYPES = ("string", "securestring", "int", "bool", "oauthsetting", "gatewaysetting")
PROVIDERS = ("oauth2", "oauth2generic", "aad", "aadcertificate", "facebook")
REDIRECT_MODES = ("Global", "Direct", "GlobalPerConnector")
TOP_KEYS = frozenset(
    {
        "iconBrandColor", "capabilities", "publisher", "stackOwner", "connectionParameters",
        "connectionParameterSets", "policyTemplateInstances", "scriptOperations", "script",
    }
)  # fmt: skip
TEMPLATES: dict[str, tuple[str, ...]] = {
    "setheader": ("name", "value"),
    "setqueryparameter": ("name", "value"),
    "dynamichosturl": ("urlTemplate",),
    "routerequesttoendpoint": ("newPath",),
    "setproperty": (
        "newPropertyParentPathTemplate", "newPropertySubPathTemplate", "propertyValuePathTemplate",
    ),
    "convertarraytoobject": ("propertyParentPath", "keyWithinCollectionPath", "newPropertyPath"),
    "convertobjecttoarray": ("propertyParentPath", "newPropertyPath"),
    "stringtoarray": (
        "propertyParentPath", "delimiterList", "childPropertyName", "newPropertyPath",
    ),
    "setvaluefromurl": ("parameterTemplate", "parameterValueUrl", "parameterValuePathTemplate"),
    "setconnectionstatustounauthenticated": ("statusCode",),
    "stringreplace": ("propertyParentPath", "sourceString", "replacementString", "newPropertyPath"),
    "encodepropertyvalue": ("propertyParentPath", "newPropertyPath"),
    "updatenextlink": ("nextLinkPropertyName",),
    "pollingtrigger": ("triggerConfig", "triggerDataPath"),
    "dynamicsubdomain": ("urlTemplate",),
    "moveproperties": ("srcParentPath", "dstParentPath"),
}  # fmt: skip
PARAMETER_PREFIX = "x-ms-apimTemplateParameter."
OPERATIONS_KEY = "x-ms-apimTemplate-operationName"
SECTION_KEY = "x-ms-apimTemplate-policySection"

SHAPE = declare("cdsl-props-shape", "apiProperties", E, E, "not {properties: {...}}")
UNKNOWN = declare("cdsl-props-unknown-key", "apiProperties", W, W, "unknown top-level key")
COLOUR = declare("cdsl-props-brand-color", "apiProperties", E, E, "iconBrandColor not #rrggbb")
DEFAULT_COLOUR = declare(
    "cdsl-props-default-brand-color", "apiProperties", None, E, "#007ee5 or #ffffff"
)
PUBLISHER = declare("cdsl-props-publisher-missing", "apiProperties", None, W, "no publisher")
PARAM = declare("cdsl-props-connection-parameter", "apiProperties", E, E, "bad parameter")
OAUTH = declare("cdsl-props-oauth", "apiProperties", E, E, "bad oAuthSettings")
PROVIDER = declare("cdsl-props-identity-provider", "apiProperties", W, W, "unlisted provider")
CONSTRAINT = declare("cdsl-props-constraint-type", "apiProperties", W, W, "non-string flag")
POLICY = declare("cdsl-props-policy-template", "apiProperties", E, E, "bad policy instance")
POLICY_UNKNOWN = declare("cdsl-props-policy-unknown", "apiProperties", W, W, "unknown template")
POLICY_OPERATION = declare(
    "cdsl-props-unknown-operation", "apiProperties", W, W, "operationId not in the swagger"
)


def _report(ctx: Context, rule: str, at: Ptr, message: str) -> None:
    ctx.report(rule, ("properties", *at), message, document="properties")


@check(SHAPE, UNKNOWN, COLOUR, DEFAULT_COLOUR, PUBLISHER)
def top_level(ctx: Context) -> None:
    """The document is {properties: {...}} with a brand colour and known keys."""
    document = ctx.api_properties
    if document is None:
        return
    props = obj(document.get("properties"))
    if props is None:
        ctx.report(SHAPE, (), "Put everything under a 'properties' object.", document="properties")
        return
    for key in props:
        if key not in TOP_KEYS:
            _report(ctx, UNKNOWN, (key,), f"{key!r} is not an apiProperties key.")
    colour = props.get("iconBrandColor")
    if not (isinstance(colour, str) and _COLOUR.match(colour)):
        _report(ctx, COLOUR, ("iconBrandColor",), "Set iconBrandColor to a #rrggbb colour.")
    elif colour.lower() in ("#007ee5", "#ffffff"):
        _report(ctx, DEFAULT_COLOUR, ("iconBrandColor",), "Choose your own brand colour.")
    if not text(props.get("publisher")):
        _report(ctx, PUBLISHER, (), "Name the publisher.")


def _properties(ctx: Context) -> JsonObj:
    return obj((ctx.api_properties or {}).get("properties")) or {}


@check(PARAM, OAUTH, PROVIDER, CONSTRAINT)
def connection_parameters(ctx: Context) -> None:
    """Each connection parameter (also inside parameter sets) has a known shape."""
    props = _properties(ctx)
    maps: list[tuple[Ptr, object]] = [
        (("connectionParameters",), props.get("connectionParameters"))
    ]
    sets = obj(props.get("connectionParameterSets")) or {}
    for position, raw in enumerate(arr(sets.get("values")) or []):
        value = obj(raw) or {}
        at: Ptr = ("connectionParameterSets", "values", position)
        if not text(value.get("name")):
            _report(ctx, PARAM, at, "Name each connection parameter set.")
        maps.append(((*at, "parameters"), value.get("parameters")))
    for at, mapping in maps:
        if mapping is not None and obj(mapping) is None:
            _report(ctx, PARAM, at, "Connection parameters must be an object.")
        for name, raw in items_of(mapping):
            _parameter(ctx, (*at, name), name, obj(raw))


def _parameter(ctx: Context, at: Ptr, name: str, param: JsonObj | None) -> None:
    if not _PARAM_NAME.match(name):
        _report(ctx, PARAM, at, f"{name!r}: use letters, digits and _ (optionally prefix:name).")
    if param is None:
        _report(ctx, PARAM, at, "A connection parameter is an object.")
        return
    kind = text(param.get("type"))
    if kind is None or kind.lower() not in PARAM_TYPES:
        _report(ctx, PARAM, (*at, "type"), f"Type {kind!r}: use one of {', '.join(PARAM_TYPES)}.")
    if kind is not None and kind.lower() == "oauthsetting" and at[0] == "connectionParameters":
        _oauth(ctx, (*at, "oAuthSettings"), obj(param.get("oAuthSettings")))
    constraints = obj((obj(param.get("uiDefinition")) or {}).get("constraints")) or {}
    for flag in ("required", "hidden"):
        if flag in constraints and constraints[flag] not in ("true", "false"):
            where = (*at, "uiDefinition", "constraints", flag)
            _report(ctx, CONSTRAINT, where, f'{flag} is the string "true" or "false".')


def _oauth(ctx: Context, at: Ptr, settings: JsonObj | None) -> None:
    if settings is None:
        _report(ctx, OAUTH, at, "An oauthSetting parameter needs oAuthSettings.")
        return
    provider = text(settings.get("identityProvider"))
    if provider is None:
        _report(ctx, OAUTH, at, "Set oAuthSettings.identityProvider.")
    elif provider not in PROVIDERS:
        _report(ctx, PROVIDER, (*at, "identityProvider"), f"{provider!r} is not a listed provider.")
    mode = settings.get("redirectMode")
    if mode is not None and mode not in REDIRECT_MODES:
        _report(ctx, OAUTH, (*at, "redirectMode"), f"redirectMode {mode!r} is not known.")
    custom = {key.lower() for key in obj(settings.get("customParameters")) or {}}
    if provider in ("aad", "aadcertificate") and "resourceuri" not in custom:
        _report(ctx, OAUTH, (*at, "customParameters"), "AAD settings need resourceUri.")


@check(POLICY, POLICY_UNKNOWN, POLICY_OPERATION)
def policies(ctx: Context) -> None:
    """Policy template instances name a template, pass its parameters, and real operations."""
    props = _properties(ctx)
    known = set(ctx.index.by_id)
    for position, raw in enumerate(arr(props.get("policyTemplateInstances")) or []):
        at: Ptr = ("policyTemplateInstances", position)
        instance = obj(raw)
        template = text((instance or {}).get("templateId"))
        if instance is None or template is None:
            _report(ctx, POLICY, at, "Each policy instance needs a templateId.")
            continue
        parameters = obj(instance.get("parameters")) or {}
        needed = TEMPLATES.get(template.lower())
        if needed is None:
            _report(ctx, POLICY_UNKNOWN, (*at, "templateId"), f"{template!r} is not known.")
        for name in needed or ():
            if PARAMETER_PREFIX + name not in parameters:
                where = (*at, "parameters")
                _report(ctx, POLICY, where, f"{template} needs {PARAMETER_PREFIX}{name}.")
        section = parameters.get(SECTION_KEY)
        if section is not None and section not in ("Request", "Response", "Failure"):
            where = (*at, "parameters", SECTION_KEY)
            _report(ctx, POLICY, where, f"Section {section!r}: Request or Response.")
        names = parameters.get(OPERATIONS_KEY)
        for index, op_id in enumerate(arr(names) or []):
            if not isinstance(op_id, str) or op_id not in known:
                where = (*at, "parameters", OPERATIONS_KEY, index)
                _report(ctx, POLICY_OPERATION, where, f"No operation has id {op_id!r}.")
    for index, op_id in enumerate(arr(props.get("scriptOperations")) or []):
        if not isinstance(op_id, str) or op_id not in known:
            at = ("properties", "scriptOperations", index)
            message = f"No operation has id {op_id!r}."
            ctx.report(POLICY_OPERATION, at, message, document="properties", lenient=True)
