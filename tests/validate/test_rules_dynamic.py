"""Dynamic values, lists, schemas, properties and trees."""

from __future__ import annotations

from typing import Any

from tests.validate.cases import Case, check, params
from tests.validate.connectors import PROJECT_PARAM

DV = PROJECT_PARAM + "/x-ms-dynamic-values"


def param(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"][0]
    return node


def dv(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = param(d)["x-ms-dynamic-values"]
    return node


def list_needs(d: dict[str, Any], name: str, **extra: Any) -> None:
    d["paths"]["/projects"]["get"]["parameters"] = [
        {"name": name, "in": "query", "required": True, "type": "string", **extra}
    ]


def body_schema(d: dict[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"][1]
    node["schema"] = {"type": "object", "properties": {}}
    return node


CASES = [
    Case("OperationIdNotFound", DV + "/operationId", lambda d: dv(d).update(operationId="Nope")),
    Case("OneOfPropertiesRequired", DV, lambda d: dv(d).pop("operationId")),
    Case(
        "OperationParameterNameNotFound",
        DV + "/parameters/nope",
        lambda d: dv(d).update(parameters={"nope": "x"}),
    ),
    Case("OperationMissingRequiredProperty", DV + "/parameters", lambda d: list_needs(d, "team")),
    Case(
        "OperationParameterStaticTypeMismatch",
        DV + "/parameters/top",
        lambda d: (list_needs(d, "top", type="integer"), dv(d).update(parameters={"top": "ten"})),
    ),
    Case(
        "OperationParameterTypeMismatch",
        DV + "/parameters/top",
        lambda d: (
            list_needs(d, "top", type="integer"),
            dv(d).update(parameters={"top": {"parameter": "projectId"}}),
        ),
    ),
    Case(
        "OperationParameterRequiredMismatch",
        DV + "/parameters/top",
        lambda d: (
            list_needs(d, "top"),
            d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"].append(
                {"name": "q", "in": "query", "type": "string"}
            ),
            dv(d).update(parameters={"top": {"parameter": "q"}}),
        ),
    ),
    Case(
        "SourcePropertyInternal",
        DV + "/parameters/top",
        lambda d: (
            list_needs(d, "top"),
            d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"].append(
                {
                    "name": "q",
                    "in": "query",
                    "required": True,
                    "type": "string",
                    "default": "a",
                    "x-ms-visibility": "internal",
                }
            ),
            dv(d).update(parameters={"top": {"parameter": "q"}}),
        ),
    ),
    Case(
        "cdsl-dynamic-source-not-found",
        DV + "/parameters/top",
        lambda d: (list_needs(d, "top"), dv(d).update(parameters={"top": {"parameter": "ghost"}})),
    ),
    Case(
        "InvokedOperationShouldProduceArray",
        DV + "/value-collection",
        lambda d: d["definitions"]["ProjectPage"]["properties"].update(
            results={"type": "object", "properties": {"a": {}}}
        ),
    ),
    Case(
        "InvokedOperationShouldProduceProperty",
        DV + "/value-path",
        lambda d: dv(d).update({"value-path": "ident"}),
    ),
    Case(
        "InvokedOperationShouldProduceProperty",
        DV + "/value-collection",
        lambda d: dv(d).update({"value-collection": "items"}),
    ),
    Case(
        "DynamicExtensionDefinitionNotAllowedInParameter",
        "/paths/~1projects~1{projectId}~1tasks/post/parameters/1/x-ms-dynamic-schema",
        lambda d: body_schema(d).update(
            {"x-ms-dynamic-schema": {"operationId": "ListProjects", "value-path": "results"}}
        ),
    ),
    Case(
        "DynamicListExtensionRequiredForNonParameterReferences",
        DV + "/parameters/top",
        lambda d: (
            list_needs(d, "top"),
            dv(d).update(parameters={"top": {"parameter": "body/title"}}),
        ),
    ),
    Case(
        "DynamicListExtensionRequiredForAmbiguousReferences",
        DV + "/parameters/top",
        lambda d: (
            list_needs(d, "top"),
            d["definitions"]["Task"]["properties"].update(projectId={"type": "string"}),
            dv(d).update(parameters={"top": {"parameter": "projectId"}}),
        ),
    ),
    Case(
        "OperationParameterNameIsAmbiguous",
        DV + "/parameters/top",
        lambda d: (
            d["paths"]["/projects"]["get"].update(
                parameters=[
                    {"name": "top", "in": "query", "type": "string"},
                    {
                        "name": "b",
                        "in": "body",
                        "schema": {"type": "object", "properties": {"top": {"type": "string"}}},
                    },
                ]
            ),
            dv(d).update(parameters={"top": "x"}),
        ),
    ),
    Case(
        "DynamicPropertiesExtensionRequiredForPropertiesValuePath",
        "/definitions/Task/x-ms-dynamic-schema/value-path",
        lambda d: d["definitions"]["Task"].update(
            {
                "x-ms-dynamic-schema": {
                    "operationId": "ListProjects",
                    "value-path": "results/properties",
                }
            }
        ),
    ),
    Case(
        "DynamicPropertiesItemValuePathMismatch",
        "/definitions/Task/x-ms-dynamic-properties/itemValuePath",
        lambda d: d["definitions"]["Task"].update(
            {
                "x-ms-dynamic-schema": {
                    "operationId": "ListProjects",
                    "value-path": "results/properties",
                },
                "x-ms-dynamic-properties": {
                    "operationId": "ListProjects",
                    "itemValuePath": "other",
                },
            }
        ),
    ),
    Case(
        "SelectedItemValuePathNotAllowedInThisPosition",
        PROJECT_PARAM + "/x-ms-dynamic-tree/open/parameters/p",
        lambda d: param(d).update(
            {
                "x-ms-dynamic-tree": {
                    "open": {
                        "operationId": "ListProjects",
                        "parameters": {"p": {"selectedItemValuePath": "id"}},
                    }
                }
            }
        ),
    ),
    Case(
        "OperationIdNotFound",
        "/x-ms-capabilities/testConnection/operationId",
        lambda d: d.update({"x-ms-capabilities": {"testConnection": {"operationId": "Nope"}}}),
    ),
]
CASES = [
    c for c in CASES if c.rule != "DynamicPropertiesExtensionRequiredForNonParameterReferences"
]


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)


def test_nested_reference_in_dynamic_schema() -> None:
    def mutate(d: dict[str, Any]) -> None:
        list_needs(d, "p")
        body = d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"][1]
        body["schema"] = {
            "type": "object",
            "x-ms-dynamic-schema": {
                "operationId": "ListProjects",
                "parameters": {"p": {"parameter": "body/a"}},
            },
        }

    pointer = (
        "/paths/~1projects~1{projectId}~1tasks/post/parameters/1/schema/x-ms-dynamic-schema"
        "/parameters/p"
    )
    check(Case("DynamicPropertiesExtensionRequiredForNonParameterReferences", pointer, mutate))


def test_ambiguous_reference_in_dynamic_schema() -> None:
    def mutate(d: dict[str, Any]) -> None:
        list_needs(d, "p")
        d["definitions"]["Task"]["properties"].update(projectId={"type": "string"})
        body = d["paths"]["/projects/{projectId}/tasks"]["post"]["parameters"][1]
        body["schema"] = {
            "$ref": "#/definitions/Task",
            "x-ms-dynamic-schema": {
                "operationId": "ListProjects",
                "parameters": {"p": {"parameter": "projectId"}},
            },
        }

    pointer = (
        "/paths/~1projects~1{projectId}~1tasks/post/parameters/1/schema/x-ms-dynamic-schema"
        "/parameters/p"
    )
    check(Case("DynamicPropertiesExtensionRequiredForAmbiguousReferences", pointer, mutate))
