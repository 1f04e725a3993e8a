"""$refs and security requirements."""

from __future__ import annotations

from typing import Any

from tests.validate.cases import Case, check, params
from tests.validate.connectors import CREATE, op


def body_ref(d: dict[str, Any], ref: str) -> None:
    op(d, "/projects/{projectId}/tasks", "post")["parameters"][1]["schema"] = {"$ref": ref}


CASES = [
    Case(
        "JsonPointerNotValid", CREATE + "/parameters/1/schema/$ref", lambda d: body_ref(d, "Task")
    ),
    Case(
        "SchemaReferenceNotFound",
        CREATE + "/parameters/1/schema/$ref",
        lambda d: body_ref(d, "#/definitions/Nope"),
    ),
    Case(
        "SchemaReferenceNotValid",
        CREATE + "/parameters/1/schema/$ref",
        lambda d: body_ref(d, "#/parameters/Task"),
    ),
    Case(
        "ParameterReferenceNotFound",
        CREATE + "/parameters/2/$ref",
        lambda d: op(d, "/projects/{projectId}/tasks", "post")["parameters"].append(
            {"$ref": "#/parameters/nope"}
        ),
    ),
    Case(
        "ParameterReferenceNotValid",
        CREATE + "/parameters/2/$ref",
        lambda d: op(d, "/projects/{projectId}/tasks", "post")["parameters"].append(
            {"$ref": "#/definitions/Task"}
        ),
    ),
    Case(
        "ResponseReferenceNotFound",
        CREATE + "/responses/400/$ref",
        lambda d: op(d, "/projects/{projectId}/tasks", "post")["responses"].update(
            {"400": {"$ref": "#/responses/nope"}}
        ),
    ),
    Case(
        "ResponseReferenceNotValid",
        CREATE + "/responses/400/$ref",
        lambda d: op(d, "/projects/{projectId}/tasks", "post")["responses"].update(
            {"400": {"$ref": "#/definitions/Task"}}
        ),
    ),
    Case(
        "AdditionalPropertyNotAllowedAdjacentToRef",
        CREATE + "/parameters/1/schema",
        lambda d: op(d, "/projects/{projectId}/tasks", "post")["parameters"][1]["schema"].update(
            type="object"
        ),
    ),
    Case(
        "ParameterRefLoopNotAllowed",
        "/parameters/a/$ref",
        lambda d: d.update(parameters={"a": {"$ref": "#/parameters/a"}}),
    ),
    Case(
        "ResponseRefLoopNotAllowed",
        "/responses/a/$ref",
        lambda d: d.update(responses={"a": {"$ref": "#/responses/a"}}),
    ),
    Case(
        "SchemaRefLoopNotAllowed",
        "/definitions/A/$ref",
        lambda d: d["definitions"].update(
            A={"$ref": "#/definitions/B"}, B={"$ref": "#/definitions/A"}
        ),
    ),
    Case(
        "RequiredLoopInSchemaNotAllowed",
        "/definitions/A",
        lambda d: d["definitions"].update(
            A={
                "type": "object",
                "required": ["b"],
                "properties": {"b": {"$ref": "#/definitions/B"}},
            },
            B={
                "type": "object",
                "required": ["a"],
                "properties": {"a": {"$ref": "#/definitions/A"}},
            },
        ),
    ),
    Case(
        "SecurityRequirementMustBeDefined",
        "/security/0/nope",
        lambda d: d.update(security=[{"nope": []}]),
    ),
    Case(
        "SecurityRequirementMustHaveEmptyValue",
        "/security/0/api_key",
        lambda d: d.update(security=[{"api_key": ["x"]}]),
    ),
    Case(
        "SecurityRequirementMustHaveValue",
        "/security/0/api_key",
        lambda d: d.update(security=[{"api_key": None}]),
    ),
    Case(
        "OAuthSecurityRequirementValueMustBeScopeName",
        "/security/0/oauth/0",
        lambda d: (
            d["securityDefinitions"].update(
                oauth={
                    "type": "oauth2",
                    "flow": "accessCode",
                    "authorizationUrl": "https://a",
                    "tokenUrl": "https://t",
                    "scopes": {"read": "r"},
                }
            ),
            d.update(security=[{"oauth": ["write"]}]),
        ),
    ),
    Case(
        "SecuritySchemePropertyNotValid",
        "/securityDefinitions/api_key/tokenUrl",
        lambda d: d["securityDefinitions"]["api_key"].update(tokenUrl="https://t"),
    ),
    Case(
        "SecuritySchemePropertyRequired",
        "/securityDefinitions/api_key",
        lambda d: d["securityDefinitions"]["api_key"].pop("name"),
    ),
]


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)
