"""`apiProperties.json` as connector class attributes, exact by construction.

Each piece (how users sign in, further connection fields, policies, brand colour,
capabilities, publisher, stack owner, script operations) is written in its typed
authoring form, made as objects (never as source text) and built with the
compiler's own `build_api_properties`; every key of
`properties` that the typed forms do not reproduce exactly is written in
`Connector.properties_raw`. One security declaration serves both files: the one
that reproduces the connection parameters is chosen, preferring one that also
reproduces the swagger's `securityDefinitions` and `security`.

Client secrets (`oAuthSettings.clientSecret` values) are never written into
generated code: `without_secrets` removes them, and the importer warns.
"""

from __future__ import annotations

import ast
import copy
import dataclasses
import re
import typing
from dataclasses import dataclass
from typing import Any

import connector_dsl.authoring as authoring
import connector_dsl.properties as props_module
from connector_dsl.codegen.calls import Call, Ref, node
from connector_dsl.codegen.literals import literal
from connector_dsl.codegen.plan import DROP
from connector_dsl.dump import to_data
from connector_dsl.errors import AuthoringError
from connector_dsl.properties.build import build_api_properties
from connector_dsl.properties.fields import check_parameter_name
from connector_dsl.properties.parameters import RedirectMode
from connector_dsl.properties.policies import PolicyTemplate
from connector_dsl.properties.template_keys import (
    OPERATION_NAME,
    PARAMETER_PREFIX,
    POLICY_SECTION,
)

PROPERTY_IMPORTS = (
    "AzureAD",
    "AzureADCertificate",
    "ConnectionField",
    "ConvertArrayToObject",
    "ConvertObjectToArray",
    "DocuSign",
    "DynamicHostUrl",
    "DynamicSubdomain",
    "EncodePropertyValue",
    "Facebook",
    "MoveProperties",
    "NamedOAuth",
    "OAuth2Generic",
    "PollingTriggerPolicy",
    "RouteRequestToEndpoint",
    "SetConnectionStatusToUnauthenticated",
    "SetHeader",
    "SetProperty",
    "SetQueryParameter",
    "SetValueFromUrl",
    "StringReplace",
    "StringToArray",
    "UpdateNextLink",
)
"""Names the generated module may import from `connector_dsl.properties`."""

_TEMPLATES: dict[str, type[PolicyTemplate]] = {
    cls.template_id: cls
    for cls in (getattr(props_module, name) for name in PROPERTY_IMPORTS)
    if isinstance(cls, type) and issubclass(cls, PolicyTemplate)
}
_SECTIONS = {"Request": "request", "Response": "response", "Failure": "failure"}
_NOT_ARGUMENTS = frozenset({"operations", "title", "run_on"})


def secret_pointers(data: Any) -> list[str]:
    """JSON pointers of the client secret values in `apiProperties.json` data."""
    found: list[str] = []

    def walk(value: Any, pointer: str) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                here = f"{pointer}/{str(key).replace('~', '~0').replace('/', '~1')}"
                if key == "oAuthSettings" and isinstance(item, dict):
                    secret = item.get("clientSecret")
                    if isinstance(secret, str) and secret:
                        found.append(f"{here}/clientSecret")
                walk(item, here)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, f"{pointer}/{index}")

    walk(data, "")
    return found


def without_secrets(data: Any) -> Any:
    """A copy of `apiProperties.json` data without client secret values."""
    clean = copy.deepcopy(data)
    for pointer in secret_pointers(clean):
        node: Any = clean
        parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
        for part in parts[:-1]:
            node = node[int(part)] if isinstance(node, list) else node[part]
        del node[parts[-1]]
    return clean


@dataclass
class PropertiesPlan:
    """The input `properties` object and which of its keys are written raw."""

    data: dict[str, Any]
    typed: bool = True
    """Typed declarations at all (else every key is raw: the last resort)."""


@dataclass
class PropertiesCode:
    """What the connector class says about its `apiProperties.json`."""

    security: Call | None
    """The `security = ...` declaration (None: none)."""
    lines: list[str]
    imports: set[str]


class _Stand:
    """An operation class stand-in while the generator makes policies."""

    def __init__(self, operation_id: str) -> None:
        self._id = operation_id

    def operation_id(self) -> str:
        return self._id


def property_classes() -> dict[str, Any]:
    """The classes the generated declarations call, by name."""

    names: dict[str, Any] = {name: getattr(props_module, name) for name in PROPERTY_IMPORTS}
    names.update({name: getattr(authoring, name) for name in ("ApiKey", "Basic", "OAuth2")})
    return names


def _refs(classes: dict[str, str]) -> dict[str, Ref]:
    """Each operationId's class name, standing for the class while making policies."""
    return {operation_id: Ref(name, _Stand(operation_id)) for operation_id, name in classes.items()}


def _call(name: str, args: dict[str, Any]) -> Call:
    return Call.of(name, args)


def _ui(parameter: dict[str, Any]) -> dict[str, Any]:
    ui = parameter.get("uiDefinition")
    return ui if isinstance(ui, dict) else {}


def _labels(ui: dict[str, Any], args: dict[str, Any]) -> None:
    for key, arg in (
        ("displayName", "display_name"),
        ("description", "description"),
        ("tooltip", "tooltip"),
    ):
        if isinstance(ui.get(key), str):
            args[arg] = ui[key]


def _str_dict(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and all(isinstance(v, str) for v in value.values()):
        return {str(k): v for k, v in value.items()}
    return None


def _custom_values(custom: Any) -> dict[str, str] | None:
    if not isinstance(custom, dict):
        return None
    found: dict[str, Any] = {}
    for key, item in custom.items():
        if (
            not isinstance(item, dict)
            or set(item) != {"value"}
            or not isinstance(item["value"], str)
        ):
            return None
        found[str(key)] = item["value"]
    return found


_PROVIDER_KEYS: dict[str, dict[str, str]] = {
    "oauth2": {
        "authorizationUrl": "authorization_url",
        "tokenUrl": "token_url",
        "refreshUrl": "refresh_url",
    },
    "oauth2generic": {
        "authorizationUrlTemplate": "authorization_url_template",
        "authorizationUrlQueryStringTemplate": "authorization_url_query_string_template",
        "tokenUrlTemplate": "token_url_template",
        "tokenUrlQueryStringTemplate": "token_url_query_string_template",
        "tokenBodyTemplate": "token_body_template",
        "refreshUrlTemplate": "refresh_url_template",
        "refreshUrlQueryStringTemplate": "refresh_url_query_string_template",
        "refreshBodyTemplate": "refresh_body_template",
        "scopeListDelimiter": "scope_list_delimiter",
    },
    "aad": {"loginUri": "login_uri", "tenantId": "tenant_id", "resourceUri": "resource_uri"},
    "aadcertificate": {
        "loginUri": "login_uri",
        "loginUriAAD": "login_uri_aad",
        "resourceUri": "resource_uri",
    },
    "DocuSign": {"LoginUri": "login_uri"},
    "facebook": {},
}
_CLASSES = {
    "oauth2": "OAuth2",
    "oauth2generic": "OAuth2Generic",
    "aad": "AzureAD",
    "aadcertificate": "AzureADCertificate",
    "DocuSign": "DocuSign",
    "facebook": "Facebook",
}


def _scheme(swagger: dict[str, Any], kind: str) -> tuple[str, dict[str, Any]] | None:
    definitions = swagger.get("securityDefinitions")
    if not isinstance(definitions, dict):
        return None
    found = [
        (n, s) for n, s in definitions.items() if isinstance(s, dict) and s.get("type") == kind
    ]
    return found[0] if len(found) == 1 else None


def _oauth(name: str, parameter: dict[str, Any], swagger: dict[str, Any]) -> Call | None:
    settings = parameter.get("oAuthSettings")
    if not isinstance(settings, dict) or not isinstance(settings.get("identityProvider"), str):
        return None
    provider = settings["identityProvider"]
    cls = _CLASSES.get(provider, "NamedOAuth")
    args: dict[str, Any] = {}
    if cls == "NamedOAuth":
        args["provider"] = provider
    scheme = _scheme(swagger, "oauth2")
    swagger_scopes: dict[str, str] | None = None
    if scheme is not None:
        scheme_name, definition = scheme
        args["name"] = scheme_name
        if definition.get("flow") in ("implicit", "password", "application"):
            args["flow"] = definition["flow"]
        swagger_scopes = _str_dict(definition.get("scopes"))
        for key, arg in (("authorizationUrl", "authorization_url"), ("tokenUrl", "token_url")):
            if cls in ("NamedOAuth", "OAuth2Generic") and isinstance(definition.get(key), str):
                args[arg] = definition[key]
    if name != "token":
        if not _parameter_name(name):
            return None  # the class checks its parameter name: the raw form keeps it
        args["parameter"] = name
    if isinstance(settings.get("clientId"), str):
        args["client_id"] = settings["clientId"]
    scopes = settings.get("scopes")
    if isinstance(scopes, list) and all(isinstance(s, str) for s in scopes):
        if swagger_scopes is not None and list(swagger_scopes) == scopes:
            args["scopes"] = swagger_scopes
        elif scopes:
            args["scopes"] = tuple(scopes)
    if "redirectMode" in settings:
        if settings["redirectMode"] not in typing.get_args(RedirectMode):
            return None  # the settings model takes only its modes: the raw form keeps it
        args["redirect_mode"] = settings["redirectMode"]
    if isinstance(settings.get("redirectUrl"), str):
        args["redirect_url"] = settings["redirectUrl"]
    custom = _custom_values(settings.get("customParameters")) or {}
    own = _PROVIDER_KEYS.get(provider, {})
    for key, arg in own.items():
        if key in custom:
            args[arg] = custom.pop(key)
    if any("secret" in key.lower() for key in custom):
        return None  # the typed class refuses to write a secret: the raw form keeps it
    if custom:
        args["custom_parameters"] = custom
    properties = settings.get("properties")
    if isinstance(properties, dict):
        if isinstance(properties.get("IsOnbehalfofLoginSupported"), bool):
            args["on_behalf_of_login"] = properties["IsOnbehalfofLoginSupported"]
        resource = properties.get("AzureActiveDirectoryResourceId")
        if isinstance(resource, str) and cls in ("AzureAD", "AzureADCertificate"):
            args["resource_id"] = resource
    _labels(_ui(parameter), args)
    return _call(cls, args)


def _api_key(name: str, parameter: dict[str, Any], swagger: dict[str, Any]) -> Call | None:
    scheme = _scheme(swagger, "apiKey")
    if scheme is None or not isinstance(scheme[1].get("name"), str):
        return None
    if not _parameter_name(name):
        return None  # ApiKey checks its connection parameter name: the raw form keeps it
    scheme_name, definition = scheme
    args = {"parameter": definition["name"]}
    if definition.get("in") == "query":
        args["location"] = "query"
    args["name"] = scheme_name
    args["connection_parameter"] = name
    _labels(_ui(parameter), args)
    return _call("ApiKey", args)


def _basic(parameters: dict[str, Any], swagger: dict[str, Any]) -> Call | None:
    scheme = _scheme(swagger, "basic")
    if scheme is None or "username" not in parameters or "password" not in parameters:
        return None
    args = {"name": scheme[0]}
    for key in ("username", "password"):
        ui = _ui(parameters[key])
        if isinstance(ui.get("displayName"), str):
            args[f"{key}_label"] = ui["displayName"]
        if isinstance(ui.get("description"), str):
            args[f"{key}_description"] = ui["description"]
    return _call("Basic", args)


def _security_candidates(parameters: dict[str, Any], swagger: dict[str, Any]) -> list[Call]:
    found: list[Call | None] = []
    for name, parameter in parameters.items():
        if not isinstance(parameter, dict):
            continue
        if parameter.get("type") == "oauthSetting":
            found.append(_oauth(name, parameter, swagger))
        elif parameter.get("type") == "securestring":
            found.append(_api_key(name, parameter, swagger))
    found.append(_basic(parameters, swagger))
    return [call for call in found if call is not None]


def _field(name: str, parameter: Any) -> Call | None:
    if not isinstance(parameter, dict):
        return None
    ui = _ui(parameter)
    if not isinstance(ui.get("displayName"), str) or not isinstance(ui.get("description"), str):
        return None
    args: dict[str, Any] = {"name": name}
    _labels(ui, args)
    kind = parameter.get("type")
    if kind in ("securestring", "int", "bool"):
        args["type"] = kind
    elif kind != "string":
        return None
    constraints = ui.get("constraints")
    constraints = constraints if isinstance(constraints, dict) else {}
    if constraints.get("required") == "false":
        args["required"] = False
    if constraints.get("hidden") == "true":
        args["hidden"] = True
    if isinstance(parameter.get("defaultValue"), str):
        args["default"] = parameter["defaultValue"]
    allowed = constraints.get("allowedValues")
    if isinstance(allowed, list) and allowed:
        choices = {
            item.get("value"): item.get("text") for item in allowed if isinstance(item, dict)
        }
        if all(isinstance(k, str) and isinstance(v, str) for k, v in choices.items()):
            args["choices"] = choices
    if isinstance(constraints.get("tabIndex"), int) and not isinstance(
        constraints["tabIndex"], bool
    ):
        args["tab_index"] = constraints["tabIndex"]
    if isinstance(constraints.get("clearText"), bool):
        args["clear_text"] = constraints["clearText"]
    dependencies = constraints.get("dependencies")
    if isinstance(dependencies, dict) and dependencies:
        depends: dict[str, tuple[str, ...]] = {}
        for other, dependency in dependencies.items():
            values = dependency.get("values") if isinstance(dependency, dict) else None
            if isinstance(values, list) and all(isinstance(v, str) for v in values):
                depends[str(other)] = tuple(values)
        args["depends_on"] = depends
    return _call("ConnectionField", args)


def _policy(instance: Any, classes: dict[str, Ref]) -> Call | None:
    """The typed policy template of one instance; '' when there is none."""
    if not isinstance(instance, dict) or not isinstance(instance.get("parameters"), dict):
        return None
    cls = _TEMPLATES.get(instance.get("templateId", ""))
    if cls is None:
        return None
    hints = typing.get_type_hints(cls)
    fields = {f.name: f for f in dataclasses.fields(cls)}
    args: dict[str, Any] = {}
    parameters: dict[str, Any] = dict(instance["parameters"])
    names = parameters.pop(OPERATION_NAME, None)
    if names is not None:
        if not isinstance(names, list) or not names:
            return None
        if not all(isinstance(n, str) and n in classes for n in names):
            return None
        args["operations"] = tuple(classes[n] for n in names)
    title = instance.get("title")
    if isinstance(title, str) and title != cls.default_title:
        args["title"] = title
    section = parameters.pop(POLICY_SECTION, None)
    if section is not None:
        if section not in _SECTIONS or "run_on" not in fields:
            return None
        args["run_on"] = _SECTIONS[section]
    if cls is props_module.PollingTriggerPolicy:
        config = parameters.pop(PARAMETER_PREFIX + "triggerConfig", None)
        config = dict(config) if isinstance(config, dict) else {}
        next_link = config.pop("x-ms-triggerConfig-nextLink", None)
        if isinstance(next_link, str):
            args["next_link"] = next_link
        args["trigger_config"] = config
    for key, value in parameters.items():
        short = key.removeprefix(PARAMETER_PREFIX)
        snake = "".join(f"_{ch.lower()}" if ch.isupper() else ch for ch in short)
        if not key.startswith(PARAMETER_PREFIX) or snake not in fields or snake in _NOT_ARGUMENTS:
            return None
        hint = hints.get(snake)
        if hint is bool:
            if value not in ("true", "false"):
                return None
            args[snake] = value == "true"
            continue
        literal_values = _literal_strings(hint)
        if hint is int and not (isinstance(value, int) and not isinstance(value, bool)):
            return None
        if hint is not int and not isinstance(value, str):
            return None
        if literal_values and value not in literal_values:
            return None
        args[snake] = value
    return _call(cls.__name__, args)


def _literal_strings(hint: Any) -> list[str]:
    """The strings a `Literal[...]` (possibly inside a union) allows."""
    found: list[str] = []
    for argument in typing.get_args(hint):
        if isinstance(argument, str):
            found.append(argument)
        else:
            found.extend(_literal_strings(argument))
    return found


def _used_imports(calls: list[Call]) -> set[str]:
    words: set[str] = set()
    for call in calls:
        words |= call.names()
    return {name for name in PROPERTY_IMPORTS if name in words}


def _key_diff(original: dict[str, Any], built: dict[str, Any]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for key in list(original) + [k for k in built if k not in original]:
        if key not in original:
            changes[key] = DROP
        elif built.get(key, DROP) != original[key]:
            changes[key] = original[key]
    return changes


def _security_data(security: Any) -> tuple[Any, Any]:
    if security is None:
        return {}, None
    definitions = {k: to_data(v) for k, v in security.security_definitions().items()}
    return definitions, security.requirement()


def complete(call: Call, classes: dict[str, Any]) -> bool:
    """Whether `call` gives every argument its class requires (fields without a default)."""
    given = {key for key, _ in call.args}
    return all(
        item.name in given
        for item in dataclasses.fields(classes[call.func])
        if item.init
        and item.default is dataclasses.MISSING
        and item.default_factory is dataclasses.MISSING
    )


def _parameter_name(name: str) -> bool:
    """Whether `ConnectionField` takes `name` (its own check says so)."""
    try:
        check_parameter_name(name, "ConnectionField")
    except AuthoringError:
        return False
    return True


def _choose_security(
    data: dict[str, Any], swagger: dict[str, Any], fallback: Call | None, classes: dict[str, Any]
) -> tuple[Call | None, Any, list[Call]]:
    """The security declaration, its object, and the connection fields beside it."""
    parameters = data.get("connectionParameters")
    parameters = parameters if isinstance(parameters, dict) else {}
    want_swagger = (swagger.get("securityDefinitions", {}), swagger.get("security"))
    best: tuple[tuple[bool, bool], Call | None, Any, list[Call]] | None = None
    candidates = [c for c in _security_candidates(parameters, swagger) if complete(c, classes)]
    for call in [*candidates, None, fallback]:
        security = call.make(classes) if call is not None else None
        made = (
            {k: to_data(v) for k, v in security.connection_parameters().items()} if security else {}
        )
        have_swagger = _security_data(security)
        fields: list[Call] = []
        props_ok = all(parameters.get(k) == v for k, v in made.items())
        for name, parameter in parameters.items():
            if not props_ok or name in made:
                continue
            field_call = _field(str(name), parameter) if _parameter_name(str(name)) else None
            built = field_call.make(classes) if field_call is not None else None
            if built is None or to_data(built.to_parameter()) != parameter:
                props_ok = False
            elif field_call is not None:
                fields.append(field_call)
        swagger_ok = have_swagger[0] == want_swagger[0] and (have_swagger[1] == want_swagger[1])
        score = (props_ok, swagger_ok)
        if best is None or score > best[0]:
            best = (score, call, security, fields if props_ok else [])
    if best is None or not best[0][0]:
        return fallback, fallback.make(classes) if fallback is not None else None, []
    return best[1], best[2], best[3]


_CONNECTION_REF = re.compile(r"@connectionParameters\(\s*'([^']+)'")
_TEMPLATE_REF = re.compile(r"\{([A-Za-z0-9_$.\-\[\]]+)\}")


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list | tuple):
        return [s for item in value for s in _strings(item)]
    return []


def _connection_names(data: dict[str, Any]) -> set[str]:
    """Connection parameter names the built `properties` has, whether typed or raw."""
    names: set[str] = set()
    parameters = data.get("connectionParameters")
    if isinstance(parameters, dict):
        names.update(str(name) for name in parameters)
    sets = data.get("connectionParameterSets")
    values = sets.get("values") if isinstance(sets, dict) else None
    for entry in values if isinstance(values, list) else []:
        found = entry.get("parameters") if isinstance(entry, dict) else None
        if isinstance(found, dict):
            names.update(str(name) for name in found)
    return names


def _input_names(swagger: dict[str, Any]) -> dict[str, set[str]]:
    """The non-body parameter names of each operation, by operationId."""
    shared = swagger.get("parameters")
    shared = shared if isinstance(shared, dict) else {}
    found: dict[str, set[str]] = {}
    paths = swagger.get("paths")
    for item in paths.values() if isinstance(paths, dict) else []:
        for operation in item.values() if isinstance(item, dict) else []:
            if not isinstance(operation, dict) or not isinstance(operation.get("operationId"), str):
                continue
            names = found.setdefault(operation["operationId"], set())
            params = operation.get("parameters")
            for param in params if isinstance(params, list) else []:
                if isinstance(param, dict) and isinstance(param.get("$ref"), str):
                    param = shared.get(param["$ref"].removeprefix("#/parameters/"))
                if isinstance(param, dict) and param.get("in") not in ("body", None):
                    names.add(str(param.get("name")))
    return found


def _policies_pass(policies: list[Any], data: dict[str, Any], swagger: dict[str, Any]) -> bool:
    """Whether typed `policies` pass the compiler's `check_package` policy rules.

    Every `@connectionParameters('x')` names a connection parameter of `data`, and
    every `{name}` of a policy scoped to operations is a parameter of each of them.
    """
    connection = _connection_names(data)
    inputs = _input_names(swagger)
    for policy in policies:
        texts = _strings(policy.template_parameters())
        if any(set(_CONNECTION_REF.findall(text)) - connection for text in texts):
            return False
        for operation in policy.operations:
            names = inputs.get(operation.operation_id(), set())
            for text in texts:
                if "@" not in text and set(_TEMPLATE_REF.findall(text)) - names:
                    return False
    return True


def _line(attribute: str, value: Any) -> str:
    """`    attribute = value` in the connector class."""
    return f"    {attribute} = {ast.unparse(node(value))}"


def properties_code(
    plan: PropertiesPlan,
    swagger: dict[str, Any],
    classes: dict[str, str],
    fallback_security: Call | None,
    *,
    with_security: bool,
) -> PropertiesCode:
    """The connector class lines for `plan.data`, with raw parts where typed ones differ.

    `classes` maps operationIds to generated class names; `fallback_security` is the
    declaration made from the swagger alone.
    """
    data = plan.data
    if not plan.typed:
        raw = dict(data)
        dropped = [key for key in _typed_keys(None) if key not in data]
        raw_lines = [_raw_line(raw, dropped)] if raw or dropped else []
        return PropertiesCode(fallback_security, raw_lines, set())
    makers = property_classes()
    refs = _refs(classes)
    sets = "connectionParameterSets" in data
    security_call: Call | None = fallback_security
    security: Any = None
    fields: list[Call] = []
    if with_security and not sets:
        security_call, security, fields = _choose_security(data, swagger, fallback_security, makers)
    elif with_security and fallback_security is not None:
        security = fallback_security.make(makers)
    lines: dict[str, list[str]] = {}
    calls: list[Call] = []
    if fields:
        lines["connectionParameters"] = [_line("connection_fields", tuple(fields))]
        calls.extend(fields)
    policies = data.get("policyTemplateInstances")
    policy_calls = [_policy(item, refs) for item in policies] if isinstance(policies, list) else []
    policy_objects: list[Any] = []
    typed_policies = [c for c in policy_calls if c is not None and complete(c, makers)]
    if typed_policies and len(typed_policies) == len(policy_calls):
        policy_objects = [call.make(makers) for call in typed_policies]
    if policy_objects and not _policies_pass(policy_objects, data, swagger):
        policy_objects = []
    if policy_objects:
        lines["policyTemplateInstances"] = [_line("policies", tuple(typed_policies))]
        calls.extend(typed_policies)
    color = data.get("iconBrandColor")
    if isinstance(color, str):
        lines["iconBrandColor"] = [_line("brand_color", color)]
    capabilities = data.get("capabilities")
    typed_capabilities: list[str] = []
    if (
        isinstance(capabilities, list)
        and capabilities
        and all(isinstance(c, str) for c in capabilities)
    ):
        typed_capabilities = [str(c) for c in capabilities]
        lines["capabilities"] = [_line("capabilities", tuple(typed_capabilities))]
    for key, attribute in (("publisher", "publisher"), ("stackOwner", "stack_owner")):
        if isinstance(data.get(key), str):
            lines[key] = [_line(attribute, data[key])]
    script = data.get("scriptOperations")
    script_ids: list[str] = []
    if (
        isinstance(script, list)
        and script
        and all(isinstance(s, str) and s in classes for s in script)
    ):
        script_ids = [str(s) for s in script]
        lines["scriptOperations"] = [
            _line("script", "script.csx"),
            _line("script_operations", tuple(refs[s] for s in script_ids)),
        ]
    built = to_data(
        build_api_properties(
            security if not sets else None,
            extra_parameters=[call.make(makers) for call in fields],
            policies=policy_objects,
            brand_color=color if isinstance(color, str) else None,
            capabilities=typed_capabilities,
            publisher=data.get("publisher") if "publisher" in lines else None,
            stack_owner=data.get("stackOwner") if "stackOwner" in lines else None,
            script_operations=script_ids,
        )
    ).get("properties", {})
    raw = _key_diff(data, built)
    out: list[str] = []
    for key, key_lines in lines.items():
        if key not in raw:
            out.extend(key_lines)
    kept = {k: v for k, v in raw.items() if v is not DROP}
    dropped = [k for k, v in raw.items() if v is DROP]
    if kept or dropped:
        out.append(_raw_line(kept, dropped))
    used_calls = [*calls, *([security_call] if security_call is not None else [])]
    used = _used_imports(used_calls)
    return PropertiesCode(security_call, out, used)


def _typed_keys(_: None) -> tuple[str, ...]:
    """Keys the typed build always writes (dropped raw when the input lacks them)."""
    return ("connectionParameters", "iconBrandColor", "capabilities")


def _raw_line(kept: dict[str, Any], dropped: list[str]) -> str:
    parts = []
    if kept:
        parts.append(f"keys={literal(kept)}")
    if dropped:
        parts.append(f"drop={literal(tuple(dropped))}")
    return f"    properties_raw = RawProperties({', '.join(parts)})"
