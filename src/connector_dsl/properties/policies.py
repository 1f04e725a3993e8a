"""Policy templates: small gateway rules applied to requests and responses.

Each class is one of the 16 template ids; its fields are the template's
parameters, named as Microsoft names them (`url_template` is written as
`x-ms-apimTemplateParameter.urlTemplate`). A parameter with a documented
default is always written, as the portal does; one without is written when given.
"""

from __future__ import annotations

import dataclasses
from abc import ABC
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeAlias, cast

from connector_dsl import properties
from connector_dsl.document.base import JsonValue
from connector_dsl.errors import AuthoringError, Diagnostic
from connector_dsl.properties.template_keys import OPERATION_NAME, PARAMETER_PREFIX, POLICY_SECTION

if TYPE_CHECKING:
    from connector_dsl.properties.model import PolicyTemplateInstance

OperationRef: TypeAlias = str | type[Any]
"""An operation: its class (from `connector_dsl.authoring`) or its operationId."""
OperationIdOf: TypeAlias = Callable[[object], str]
RunOn: TypeAlias = Literal["request", "response"]
ExistsAction: TypeAlias = Literal["override", "skip", "append"]
RouteMethod: TypeAlias = Literal[
    "GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "@Request.OriginalHTTPMethod"
]

_SECTIONS = {"request": "Request", "response": "Response", "failure": "Failure"}
_NOT_PARAMETERS = frozenset({"operations", "title", "run_on"})


def default_operation_id(operation: object) -> str:
    """The operationId of an operation class: its `operation_id()` or `operation_id`."""
    if isinstance(operation, str):
        return operation
    found: object = getattr(operation, "operation_id", None)
    if callable(found):
        found = found()
    if isinstance(found, str):
        return found
    name = getattr(operation, "__name__", repr(operation))
    msg = f"{name} has no operation_id; give the operationId as a string"
    raise AuthoringError([Diagnostic("policy-operation-id", msg)])


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _wire(value: object) -> JsonValue:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        return dict(cast("Mapping[str, object]", value))
    return value


@dataclass(frozen=True, slots=True, kw_only=True)
class PolicyTemplate(ABC):
    """Base of the policy templates: which operations, and the instance title."""

    template_id: ClassVar[str]
    default_title: ClassVar[str]
    instance_type: ClassVar[str | None] = None

    operations: Sequence[OperationRef] = ()
    """The operations it applies to; empty means every operation."""
    title: str | None = None
    """The instance title; `default_title` when not given."""

    def template_parameters(self) -> dict[str, JsonValue]:
        """The template's own parameters, by their short names (`urlTemplate`)."""
        found: dict[str, JsonValue] = {}
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            if field.name not in _NOT_PARAMETERS and value is not None:
                found[_camel(field.name)] = _wire(value)
        return found

    def to_instance(
        self, operation_id_of: OperationIdOf = default_operation_id
    ) -> PolicyTemplateInstance:
        """The `policyTemplateInstances` entry, with exactly the keys Microsoft writes."""
        parameters = {PARAMETER_PREFIX + k: v for k, v in self.template_parameters().items()}
        run_on: str | None = getattr(self, "run_on", None)
        if run_on is not None:
            parameters[POLICY_SECTION] = _SECTIONS[run_on]
        if self.operations:
            parameters[OPERATION_NAME] = [
                op if isinstance(op, str) else operation_id_of(op) for op in self.operations
            ]
        instance = properties.PolicyTemplateInstance(
            template_id=self.template_id,
            title=self.title or self.default_title,
            parameters=parameters,
        )
        if self.instance_type is not None:
            instance.type = self.instance_type
        return instance


@dataclass(frozen=True, slots=True, kw_only=True)
class SetHeader(PolicyTemplate):
    """Set an HTTP header on the request, the response, or a failed response."""

    template_id: ClassVar[str] = "setheader"
    default_title: ClassVar[str] = "Set HTTP header"

    name: str
    value: str
    exists_action: ExistsAction = "override"
    run_on: Literal["request", "response", "failure"] = "request"


@dataclass(frozen=True, slots=True, kw_only=True)
class SetQueryParameter(PolicyTemplate):
    """Set a query string parameter of the request."""

    template_id: ClassVar[str] = "setqueryparameter"
    default_title: ClassVar[str] = "Set query string parameter"

    name: str
    value: str
    exists_action: ExistsAction = "override"


@dataclass(frozen=True, slots=True, kw_only=True)
class DynamicHostUrl(PolicyTemplate):
    """Send the request to a host built from connection parameters (no gateway URLs)."""

    template_id: ClassVar[str] = "dynamichosturl"
    default_title: ClassVar[str] = "Set host URL"

    url_template: str
    """E.g. `https://@connectionParameters('instance').example.com`."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DynamicSubdomain(PolicyTemplate):
    """Undocumented: send the request to a subdomain built from connection parameters."""

    template_id: ClassVar[str] = "dynamicsubdomain"
    default_title: ClassVar[str] = "Set subdomain"

    url_template: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RouteRequestToEndpoint(PolicyTemplate):
    """Send the request to another path (and method) of the backend."""

    template_id: ClassVar[str] = "routerequesttoendpoint"
    default_title: ClassVar[str] = "Route request"

    new_path: str
    http_method: RouteMethod | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SetValueFromUrl(PolicyTemplate):
    """Set a header or query parameter from a value fetched from another URL of the host."""

    template_id: ClassVar[str] = "setvaluefromurl"
    default_title: ClassVar[str] = "Set header/query parameter value from URL"

    parameter_template: str
    """`@headers('name')` or `@queryParameters('name')`."""
    parameter_value_url: str
    """A relative URL on the same host."""
    parameter_value_path_template: str
    http_method: Literal["GET", "POST", "PUT"] = "GET"
    run_on: RunOn = "request"


@dataclass(frozen=True, slots=True, kw_only=True)
class SetConnectionStatusToUnauthenticated(PolicyTemplate):
    """Mark the connection unauthenticated when the backend answers `status_code`."""

    template_id: ClassVar[str] = "setconnectionstatustounauthenticated"
    default_title: ClassVar[str] = "Set connection status to unauthenticated"

    status_code: int


@dataclass(frozen=True, slots=True, kw_only=True)
class UpdateNextLink(PolicyTemplate):
    """Rewrite a response's next-page link so that paging (`x-ms-pageable`) works."""

    template_id: ClassVar[str] = "updatenextlink"
    default_title: ClassVar[str] = "Update next link"

    next_link_property_name: str
    next_link_parent_property_path: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PollingTriggerPolicy(PolicyTemplate):
    """Turn an operation into a polling trigger: query values and where items are."""

    template_id: ClassVar[str] = "pollingtrigger"
    default_title: ClassVar[str] = "Polling trigger"
    instance_type: ClassVar[str | None] = "PollingTrigger"

    trigger_config: Mapping[str, str]
    """Query parameter name -> expression, e.g. `{"$filter": "x gt @{triggerBody()...}"}`."""
    trigger_data_path: str = "@triggerBody().value"
    next_link: str | None = None
    """The response property holding the next page (`@odata.nextLink` when not given)."""

    def template_parameters(self) -> dict[str, JsonValue]:
        """`triggerConfig` (with the next link, if any) and `triggerDataPath`."""
        config: dict[str, JsonValue] = dict(self.trigger_config)
        if self.next_link is not None:
            config["x-ms-triggerConfig-nextLink"] = self.next_link
        return {"triggerConfig": config, "triggerDataPath": self.trigger_data_path}
