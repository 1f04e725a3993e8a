"""One Postman request as one Swagger operation."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from connector_dsl.document import Method, Operation, Parameter, Reference
from connector_dsl.importers.postman_auth import Auth
from connector_dsl.importers.postman_body import read_body, read_responses
from connector_dsl.importers.postman_names import identifier, summary_of
from connector_dsl.importers.postman_params import (
    field_parameters,
    header_parameters,
    path_parameters,
    read_headers,
)
from connector_dsl.importers.postman_reader import Reporter, Tokens
from connector_dsl.importers.postman_url import RequestUrl, path_template
from connector_dsl.importers.postman_variables import Variables


@dataclass(frozen=True, slots=True)
class Built:
    """An operation with the method and path template it belongs at."""

    method: Method
    path: str
    path_names: list[str]
    operation: Operation


@dataclass(frozen=True, slots=True)
class Source:
    """A request as found in the collection: its name, its object, its saved examples."""

    name: str
    request: dict[str, Any]
    at: Tokens
    """Pointer of the request object."""
    examples: object
    examples_at: Tokens


def build_operation(
    reporter: Reporter,
    variables: Variables,
    source: Source,
    url: RequestUrl,
    path: str,
    auth: Auth | None,
) -> Built:
    """The operation for `source`, whose URL is `url` and whose full path is `path`."""
    request, at = source.request, source.at
    method = cast("Method", reporter.text(request.get("method", "GET"), (*at, "method")).lower())
    template = path_template(path)
    if template.cleaned:
        reporter.warn(
            "postman-path-cleaned",
            f"stray braces were removed from the path `{path}`",
            (*at, "url"),
        )
    headers = read_headers(reporter, request.get("header"), (*at, "header"))
    auth_header = auth.header if auth else None
    header_params, content_type, accept = header_parameters(
        reporter, headers, auth_header, (*at, "header")
    )
    body = read_body(reporter, variables, request.get("body"), (*at, "body"), content_type)
    parameters: list[Parameter | Reference] = [
        *path_parameters(template.names, url.variables),
        *field_parameters(reporter, url.query, "query", (*at, "url", "query")),
        *header_params,
        *body.parameters,
    ]
    responses, produces = read_responses(reporter, variables, source.examples, source.examples_at)
    operation = Operation(responses=dict(responses))
    _describe(reporter, operation, source, method, template.path)
    if parameters:
        operation.parameters = parameters
    if body.parameters and body.consumes:
        operation.consumes = [body.consumes]
    if accept or produces:
        operation.produces = [cast("str", accept or produces)]
    return Built(method=method, path=template.path, path_names=template.names, operation=operation)


def _describe(
    reporter: Reporter, operation: Operation, source: Source, method: str, path: str
) -> None:
    summary, cut = summary_of(source.name)
    if summary:
        operation.summary = summary
    if cut:
        reporter.warn(
            "postman-summary-truncated",
            f"the request name was cut to {len(summary)} characters for the summary",
            (*source.at[:-1], "name"),
        )
    description = reporter.description(
        source.request.get("description"), (*source.at, "description")
    )
    if description:
        operation.description = description
    operation.operation_id = identifier(source.name, method, path)
