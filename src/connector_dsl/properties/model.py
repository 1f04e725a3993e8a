"""The typed model of `apiProperties.json`."""

from typing import Any, cast

from connector_dsl.document.base import LENIENT, JsonValue, Node
from connector_dsl.properties.parameters import ConnectionParameter, ConnectionParameterSets
from connector_dsl.properties.template_keys import OPERATION_NAME


class PolicyTemplateInstance(Node):
    """One policy applied by the gateway; `parameters` holds the `x-ms-apimTemplate*` keys."""

    template_id: str
    title: str | None = None
    type: str | None = None
    parameters: dict[str, JsonValue] | None = None

    @property
    def operation_names(self) -> list[str] | None:
        """The operationIds it applies to; None means every operation."""
        names: object = (self.parameters or {}).get(OPERATION_NAME)
        if not isinstance(names, list):
            return None
        found = [name for name in cast("list[object]", names) if isinstance(name, str)]
        return found if len(found) == len(cast("list[object]", names)) else None


class ConnectorProperties(Node):
    """The `properties` object: everything an author writes in `apiProperties.json`."""

    connection_parameters: dict[str, ConnectionParameter] | None = None
    connection_parameter_sets: ConnectionParameterSets | None = None
    icon_brand_color: str | None = None
    capabilities: list[str] | None = None
    policy_template_instances: list[PolicyTemplateInstance] | None = None
    publisher: str | None = None
    stack_owner: str | None = None
    script_operations: list[str] | None = None


class ApiProperties(Node):
    """A connector's `apiProperties.json`: `{"properties": {...}}`."""

    properties: ConnectorProperties


def read_api_properties(data: Any) -> ApiProperties:
    """Read `apiProperties.json` data leniently: nothing is lost, ill-fitting values kept."""
    return ApiProperties.model_validate(data, context={LENIENT: True})
