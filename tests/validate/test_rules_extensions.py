"""Extension names, keyword types and values, internal fields."""

from __future__ import annotations

from typing import Any

from tests.validate.cases import Case, check, params
from tests.validate.connectors import CREATE, PROJECT_PARAM, op


def param(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = op(d, "/projects/{projectId}/tasks", "post")["parameters"][0]
    return node


def title(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = d["definitions"]["Task"]["properties"]["title"]
    return node


def internal_query(d: dict[str, Any], **extra: Any) -> None:
    op(d, "/projects/{projectId}/tasks", "post")["parameters"].append(
        {"name": "v", "in": "query", "type": "string", "x-ms-visibility": "internal", **extra}
    )


CASES = [
    Case(
        "cdsl-extension-misspelt",
        PROJECT_PARAM + "/x-ms-visibilty",
        lambda d: param(d).update({"x-ms-visibilty": "advanced"}),
    ),
    Case(
        "cdsl-extension-misspelt",
        "/definitions/Task/properties/title/x-ms-summmary",
        lambda d: title(d).update({"x-ms-summmary": "T"}),
    ),
    Case(
        "ExtensionNameNotValid",
        PROJECT_PARAM + "/x-ms-made-up-thing",
        lambda d: param(d).update({"x-ms-made-up-thing": 1}),
    ),
    Case(
        "JsonValueNotInEnum",
        PROJECT_PARAM + "/x-ms-visibility",
        lambda d: param(d).update({"x-ms-visibility": "hidden"}),
    ),
    Case(
        "JsonValueNotInEnum",
        CREATE + "/x-ms-trigger",
        lambda d: op(d, "/projects/{projectId}/tasks", "post").update({"x-ms-trigger": "many"}),
    ),
    Case("JsonValueNotInEnum", PROJECT_PARAM + "/in", lambda d: param(d).update({"in": "cookie"})),
    Case(
        "JsonValueNotInEnum",
        "/definitions/Task/properties/title/type",
        lambda d: title(d).update(type="text"),
    ),
    Case(
        "cdsl-visibility-empty",
        PROJECT_PARAM + "/x-ms-visibility",
        lambda d: param(d).update({"x-ms-visibility": ""}),
    ),
    Case(
        "JsonTypeIncorrect", PROJECT_PARAM + "/required", lambda d: param(d).update(required="true")
    ),
    Case(
        "JsonTypeIncorrect",
        "/definitions/Task/required",
        lambda d: d["definitions"]["Task"].update(required="title"),
    ),
    Case(
        "AdditionalPropertyNotAllowed",
        CREATE + "/summmary",
        lambda d: op(d, "/projects/{projectId}/tasks", "post").update(summmary="x"),
    ),
    Case(
        "cdsl-internal-required-without-default",
        CREATE + "/parameters/2",
        lambda d: internal_query(d, required=True),
    ),
    Case(
        "cdsl-internal-required-without-default",
        "/paths/~1projects~1{projectId}~1tasks/post/parameters/1/schema/properties/kind",
        lambda d: op(d, "/projects/{projectId}/tasks", "post")["parameters"][1].update(
            schema={
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string", "x-ms-visibility": "internal"}},
            }
        ),
    ),
    Case(
        "InternalPropertyWithDefaultOptional",
        CREATE + "/parameters/2",
        lambda d: internal_query(d, default="a"),
    ),
]


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)
