"""Connectors whose policies or script are wrong, one mistake each."""

from __future__ import annotations

from typing import Annotated

from connector_dsl import Action, ApiKey, Connector, ConnectorInfo, Path, Route
from connector_dsl.properties import ConnectionField, DynamicHostUrl, RouteRequestToEndpoint

INFO = ConnectorInfo(title="Broken", description="Broken on purpose.", host="example.com")


class GetThing(Action[None]):
    route = Route(method="GET", path="/things/{thing_id}", summary="Get a thing")
    thing_id: Annotated[str, Path(summary="Thing")]


class Other(Action[None]):
    route = Route(method="GET", path="/other", summary="Other")


class PolicyOnMissingOperation(Connector):
    info = INFO
    operations = (GetThing,)
    policies = (RouteRequestToEndpoint(new_path="/v2/things", operations=(Other,)),)


class PolicyWithUnknownPathParameter(Connector):
    info = INFO
    operations = (GetThing,)
    policies = (RouteRequestToEndpoint(new_path="/v2/things/{nope}", operations=(GetThing,)),)


class PolicyWithUnknownConnectionParameter(Connector):
    info = INFO
    security = ApiKey(parameter="X-Key")
    operations = (GetThing,)
    policies = (DynamicHostUrl(url_template="https://@connectionParameters('instance')/api"),)


class PolicyWithKnownConnectionParameter(Connector):
    info = INFO
    security = ApiKey(parameter="X-Key")
    connection_fields = (
        ConnectionField(name="instance", display_name="Instance", description="Your host."),
    )
    operations = (GetThing,)
    policies = (
        DynamicHostUrl(url_template="https://@connectionParameters('instance')/api"),
        RouteRequestToEndpoint(new_path="/v2/things/{thing_id}", operations=(GetThing,)),
    )


class ScriptOnMissingOperation(Connector):
    info = INFO
    operations = (GetThing,)
    script = "missing.csx"
    script_operations = (Other,)


class ScriptWithoutFile(Connector):
    info = INFO
    operations = (GetThing,)
    script_operations = (GetThing,)
