# ruff: noqa: E501
"""Root, paths, operations, parameters and responses."""

from __future__ import annotations

from typing import Any

from tests.validate.cases import Case, check, params
from tests.validate.connectors import CREATE, PROJECT_PARAM, op

P = "/projects/{projectId}/tasks"


def create(d: dict[str, Any]) -> dict[str, Any]:
    return op(d, P, "post")


def add_path(d: dict[str, Any], path: str, item: dict[str, Any]) -> None:
    d["paths"][path] = item


def simple_op(op_id: str, **extra: Any) -> dict[str, Any]:
    return {"operationId": op_id, "responses": {"200": {"description": "OK"}}, **extra}


CASES = [
    Case("SpecificationVersionIncorrect", "/swagger", lambda d: d.update(swagger="3.0")),
    Case("HostNameNotValid", "/host", lambda d: d.update(host="https://api.contoso.com/v1")),
    Case("HostNameNotValid", "/host", lambda d: d.update(host="api.contoso.com\n")),
    Case("BasePathNotValid", "/basePath", lambda d: d.update(basePath="v1")),
    Case("SchemesArrayEmpty", "/schemes", lambda d: d.update(schemes=[])),
    Case("SchemeNotSupported", "/schemes/0", lambda d: d.update(schemes=["wss"])),
    Case("SchemeNotValid", "/schemes/0", lambda d: d.update(schemes=["ftp"])),
    Case("MimeTypeNotValid", "/consumes/0", lambda d: d.update(consumes=["json"])),
    Case("MimeTypeNotSupported", "/produces/0", lambda d: d.update(produces=["text/html"])),
    Case("ConsumesMissing", CREATE, lambda d: d.update(consumes=["application/xml"])),
    Case(
        "MimeTypeNotCompatibleWithRequestContentSchemaType",
        CREATE,
        lambda d: create(d)["parameters"].__setitem__(
            1, {"name": "f", "in": "formData", "type": "string"}
        ),
    ),
    Case(
        "StringBinaryNotSupportedForFormUrlEncoded",
        CREATE,
        lambda d: create(d).update(
            consumes=["application/x-www-form-urlencoded"],
            parameters=[create(d)["parameters"][0], {"name": "f", "in": "formData", "type": "file"}],
        ),
    ),
    Case("OperationPathMustStartWithSlash", "/paths/a", lambda d: add_path(d, "a", {})),
    Case("OperationPathContainsUnsupportedCharacters", "/paths/~1a*", lambda d: add_path(d, "/a*", {})),
    Case("OperationPathMayNotContainQueryOrFragment", "/paths/~1a?b", lambda d: add_path(d, "/a?b", {})),
    Case("OperationPathTemplateNotValid", "/paths/~1a~1{b", lambda d: add_path(d, "/a/{b", {})),
    Case("OperationPathVariablesContainDefaults", "/paths/~1a~1{b=1}", lambda d: add_path(d, "/a/{b=1}", {})),
    Case("PathRedefined", "/paths/~1PROJECTS", lambda d: add_path(d, "/PROJECTS", {})),
    Case(
        "DuplicateOperationPath",
        "/paths/~1hooks~1{other}/delete",
        lambda d: add_path(d, "/hooks/{other}", {"delete": simple_op("Other")}),
    ),
    Case(
        "PartialDuplicateOperationPath",
        "/paths/~1hooks~1search/delete",
        lambda d: add_path(d, "/hooks/search", {"delete": simple_op("Other")}),
    ),
    Case("PathItemRefNotSuppored", "/paths/~1x/$ref", lambda d: add_path(d, "/x", {"$ref": "#/x"})),
    Case("OperationIdRequired", CREATE, lambda d: create(d).pop("operationId")),
    Case("OperationIdNotUnique", CREATE + "/operationId", lambda d: create(d).update(operationId="ListProjects")),
    Case("OperationIdSanitized", CREATE + "/operationId", lambda d: create(d).update(operationId="Create_Task")),
    Case("OperationIdTooLong", CREATE + "/operationId", lambda d: create(d).update(operationId="A" * 200)),
    Case(
        "TotalOperationsCountExceedsMaxAllowed",
        "/paths",
        lambda d: [add_path(d, f"/x{i}", {"get": simple_op(f"X{i}")}) for i in range(260)],
    ),
    Case(
        "OperationMustHaveResponse",
        CREATE + "/responses",
        lambda d: create(d).update(responses={}),
    ),
    Case(
        "OperationShouldHaveSuccessfulResponse",
        CREATE + "/responses",
        lambda d: create(d).update(responses={"400": {"description": "Bad"}}),
    ),
    Case(
        "ResponseMustBeDefaultOrHttpStatusCode",
        CREATE + "/responses/ok",
        lambda d: create(d)["responses"].update(ok={"description": "x"}),
    ),
    Case(
        "DefaultResponseHasSchema",
        CREATE + "/responses/default/schema",
        lambda d: create(d)["responses"].update(default={"description": "x", "schema": {}}),
    ),
    Case(
        "OperationHasManyResponsesWithSchema",
        CREATE + "/responses",
        lambda d: create(d)["responses"].update({"200": {"description": "x", "schema": {}}}),
    ),
    Case(
        "SchemaDefinitionSetIncorrectly",
        CREATE + "/responses",
        lambda d: create(d)["responses"]["201"].pop("schema"),
    ),
    Case(
        "ResponseHeadersAreNotUnique",
        CREATE + "/responses/201/headers/x-a",
        lambda d: create(d)["responses"]["201"].update(
            headers={"X-A": {"type": "string"}, "x-a": {"type": "string"}}
        ),
    ),
    Case(
        "ResponseExampleMustBeProducedByOperation",
        CREATE + "/responses/201/examples/text~1csv",
        lambda d: create(d)["responses"]["201"].update(examples={"text/csv": "a"}),
    ),
    Case(
        "BodyOrFormDataParameterInFetchOperationNotAllowed",
        "/paths/~1projects/get/parameters/0",
        lambda d: op(d, "/projects", "get").update(
            parameters=[{"name": "b", "in": "body", "schema": {"type": "object"}}]
        ),
    ),
    Case(
        "ConnectionIdParameterNotAllowed",
        "/paths/~1projects/get/parameters/0",
        lambda d: op(d, "/projects", "get").update(
            parameters=[{"name": "connectionId", "in": "query", "type": "string"}]
        ),
    ),
    Case(
        "OperationParametersAreNotUnique",
        CREATE + "/parameters/2",
        lambda d: create(d)["parameters"].append(create(d)["parameters"][0]),
    ),
    Case(
        "OperationParametersContainDuplicateParameter",
        CREATE + "/parameters/2",
        lambda d: create(d)["parameters"].append(
            {"name": "projectId", "in": "path", "required": True, "type": "integer"}
        ),
    ),
    Case(
        "OperationParametersContainMultipleBodyParameters",
        CREATE + "/parameters/2",
        lambda d: create(d)["parameters"].append(
            {"name": "other", "in": "body", "schema": {"type": "object"}}
        ),
    ),
    Case(
        "PathParametersContainDuplicateParameter",
        "/paths/~1projects/parameters/1",
        lambda d: d["paths"]["/projects"].update(
            parameters=[{"name": "q", "in": "query", "type": "string"}] * 1
            + [{"name": "q", "in": "query", "type": "integer"}]
        ),
    ),
    Case(
        "PathParametersContainMultipleBodyParameters",
        "/paths/~1projects/parameters/1",
        lambda d: d["paths"]["/projects"].update(
            parameters=[
                {"name": "a", "in": "body", "schema": {}},
                {"name": "b", "in": "body", "schema": {}},
            ]
        ),
    ),
    Case(
        "ParameterListContainsFormDataAndBody",
        CREATE,
        lambda d: create(d)["parameters"].append({"name": "f", "in": "formData", "type": "string"}),
    ),
    Case("OperationMissingPathParameter", CREATE, lambda d: create(d)["parameters"].pop(0)),
    Case(
        "PathParameterNotDefinedInTemplate",
        "/paths/~1projects/get/parameters/0",
        lambda d: op(d, "/projects", "get").update(
            parameters=[{"name": "x", "in": "path", "required": True, "type": "string"}]
        ),
    ),
    Case("PathParameterMustBeRequired", PROJECT_PARAM, lambda d: create(d)["parameters"][0].pop("required")),
    Case("PathParameterMissingEncoding", PROJECT_PARAM, lambda d: create(d)["parameters"][0].pop("x-ms-url-encoding")),
    Case(
        "QueryParameterEncodingNotSupported",
        PROJECT_PARAM + "/x-ms-url-encoding",
        lambda d: create(d)["parameters"][0].update({"in": "query"}),
    ),
    Case("FileParameterMustBeInFormData", PROJECT_PARAM, lambda d: create(d)["parameters"][0].update(type="file")),
    Case(
        "InvalidFormDataParameterName",
        "/paths/~1projects/get/parameters/0/name",
        lambda d: op(d, "/projects", "get").update(
            consumes=["multipart/form-data"],
            parameters=[{"name": "ñame", "in": "formData", "type": "string"}],
        ),
    ),
    Case("BodyParameterSchemaRequired", CREATE + "/parameters/1", lambda d: create(d)["parameters"][1].pop("schema")),
    Case("BodyParameterPropertyNotValid", CREATE + "/parameters/1/type", lambda d: create(d)["parameters"][1].update(type="object")),
    Case("NonBodyParameterSchemaNotValid", PROJECT_PARAM + "/schema", lambda d: create(d)["parameters"][0].update(schema={})),
    Case(
        "AllowEmptyValueOnlyValidForQueryFormData",
        PROJECT_PARAM + "/allowEmptyValue",
        lambda d: create(d)["parameters"][0].update(allowEmptyValue=True),
    ),
    Case(
        "CollectionFormatValueNotSupported",
        PROJECT_PARAM + "/collectionFormat",
        lambda d: create(d)["parameters"][0].update(collectionFormat="commas"),
    ),
    Case("TagRedefined", "/tags/1", lambda d: d.update(tags=[{"name": "a"}, {"name": "a"}])),
]  # fmt: skip


@params(CASES)
def test_rule_fires(case: Case) -> None:
    check(case)
